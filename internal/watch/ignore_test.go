package watch

import (
	"strings"
	"testing"
)

// TestIgnored checks the built-in rules and the caller's rules on paths.
func TestIgnored(t *testing.T) {
	t.Parallel()
	drafts := func(rel string) bool { return strings.HasPrefix(rel, "content/drafts") }
	tests := []struct {
		rel  string
		want bool
	}{
		{".", false},
		{"content/post.md", false},
		{"content/posts/2026/index.md", false},
		{"themes/plain/style.css", false},
		{"content/.hidden.md", true},
		{"content/.git/config", true},
		{".cache/x", true},
		{"content/.post.md.swp", true},
		{"content/post.md.swp", true},
		{"content/post.md.swo", true},
		{"content/post.md.swx", true},
		{"content/post.md~", true},
		{"content/4913", true},
		{"content/5036", true},
		{"content/4914", false},
		{"content/04913", false},
		{"content/2026", false},
		{"content/post.md___jb_tmp___", true},
		{"content/post.md___jb_old___", true},
		{"content/post.md.vsctmp", true},
		{"content/post.md.kate-swp", true},
		{"content/#post.md#", true},
		{"content/#", false},
		{"content/#tag.md", false},
		{"content/.#post.md", true},
		{"content/.goutputstream-Q1W2E3", true},
		{"content/swap.md", false},
		{"content/drafts/x.md", true},
		{"content/draftsman.md", true},
		{"content/published/x.md", false},
	}
	for _, tc := range tests {
		t.Run(tc.rel, func(t *testing.T) {
			t.Parallel()
			if got := ignored(tc.rel, []func(string) bool{drafts}); got != tc.want {
				t.Errorf("ignored(%q) = %v, want %v", tc.rel, got, tc.want)
			}
		})
	}
}

// TestIgnoredNotReported checks ignored files, ignored folders and paths
// outside the watched ones never reach a batch, while a real file does.
func TestIgnoredNotReported(t *testing.T) {
	t.Parallel()
	skipDrafts := Ignore(func(rel string) bool { return rel == "content/drafts" })
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": "", "public/": ""}, skipDrafts)
		for _, rel := range []string{
			"content/.post.md.swp", "content/post.md~", "content/4913", "content/#post.md#",
			"content/.git/HEAD", "content/.obsidian/workspace.json", "content/drafts/wip.md",
			"content/drafts/deep/wip.md", "public/index.html", "README.md",
		} {
			h.write(rel, "x")
		}
		h.remove("content/4913")
		expectSettled(t, h.settle())

		h.write("content/real.md", "x")
		h.write("content/drafts/other.md", "x")
		expectSettled(t, h.settle(), "changed content/real.md")
	})
}
