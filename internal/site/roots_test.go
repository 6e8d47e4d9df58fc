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
