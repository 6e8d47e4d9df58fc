package site

import "testing"

func TestGeneratedRoot(t *testing.T) {
	tests := []struct{ name, want string }{
		{"posts/x/index.html", PostsRoot},
		{"posts", PostsRoot},
		{"POSTS/x/photo.jpg", PostsRoot},
		{"posts. /x", PostsRoot},
		{"Index.HTML", IndexPage},
		{"index.html/x", IndexPage},
		{"rounds/r1/feed.xml", RoundsRoot},
		{"review/index.html", ReviewRoot},
		{"sitemap.xml", SitemapFile},
		{"404.html", NotFoundPage},
		{"feed.xml", FeedFile},
		{"files/posts/x/index.html", ""},
		{"postsx/index.html", ""},
		{"assets/style.css", ""},
		{"robots.txt", ""},
		{"img/index.html", ""},
	}
	for _, tt := range tests {
		if got := GeneratedRoot(tt.name); got != tt.want {
			t.Errorf("GeneratedRoot(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestFoldPath: paths a case-insensitive, normalization-insensitive file
// system reads as one file fold to the same name, and others do not.
func TestFoldPath(t *testing.T) {
	same := [][2]string{
		{"posts/x/INDEX.HTML", "posts/x/index.html"},
		{"posts/x/index.html.", "posts/x/index.html"},
		{"posts/x/index.html .", "posts/x/index.html"},
		{"Posts/X/Foto.png", "posts/x/foto.png"},
		{"posts/x/caf\u00e9.png", "posts/x/cafe\u0301.png"},
		{"posts/x/po\u017ft.png", "posts/x/POST.png"},
		{"posts/x/\u212a.png", "posts/x/k.png"},
	}
	for _, s := range same {
		if FoldPath(s[0]) != FoldPath(s[1]) {
			t.Errorf("FoldPath(%q) = %q, FoldPath(%q) = %q, want the same", s[0], FoldPath(s[0]), s[1], FoldPath(s[1]))
		}
	}
	for _, d := range [][2]string{{"posts/x/index.html", "posts/x/index.htm"}, {"posts/x/a.png", "posts/y/a.png"}} {
		if FoldPath(d[0]) == FoldPath(d[1]) {
			t.Errorf("FoldPath(%q) = FoldPath(%q), want different", d[0], d[1])
		}
	}
}
