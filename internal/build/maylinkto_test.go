package build

import "testing"

// TestMayLinkTo holds the quick look at a body to the ways a link into a
// held-back post's folder can be written: only bodies it passes are
// parsed, so a false "no" would publish a broken link.
func TestMayLinkTo(t *testing.T) {
	t.Parallel()
	held := map[string]bool{"held-post": true, "h2": true}
	tests := []struct {
		body string
		want bool
	}{
		{"see [it](../held-post/)", true},
		{"see [it](/mentoring/posts/held-post/)", true},
		{"[it](posts/held-post)", true},
		{"ellipsis.../held-post", true},
		{"[img](../h2/bild.png)", true},
		{"../held-post", true},
		{"[it](../other-post/) and [that](posts/other/)", false},
		{"../held-post-2/ posts/held-postx", false},
		{"..//held-post", true},             // a server merges the slashes
		{"[it](../HELD-POST./)", true},      // or ignores case and trailing dots
		{"[it](/x/Posts./Held-Post)", true}, // in every name
		{"[it][p]\n\n[p]: ..\\held-post\\", true},
		{"[it](../held-post-x/) and ../helD-Posts", false},
		{"postsheld-post and ..held-post", false},
		{"a/b/c, 50% more, R&D", false},
		{"", false},
		{"/", false},
		{"[it](%2e%2e/held-post/)", true},
		{"[it](&period;&period;/held-post/)", true},
		{"[it](&#46;&#46;/held-post/)", true},
	}
	for _, tt := range tests {
		if got := mayLinkTo([]byte(tt.body), held); got != tt.want {
			t.Errorf("mayLinkTo(%q) = %v, want %v", tt.body, got, tt.want)
		}
	}
}
