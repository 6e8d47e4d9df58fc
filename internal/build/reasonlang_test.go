package build

import (
	"strings"
	"testing"
)

// TestPreviewReasonInSiteLanguage: a preview shows why a post's approval
// does not count in the site's language, beside the theme's German
// banner, not in English.
func TestPreviewReasonInSiteLanguage(t *testing.T) {
	t.Parallel()
	front := "title: Gut\ndate: 2024-02-01\nround: r1\n"
	stale := strings.Replace(approvedPost(t, "content/posts/gut.md", front, "Text.\n"), "Text.\n", "Anderer Text.\n", 1)
	for lang, want := range map[string]string{
		"de": "Die Freigabe durch ada am 2024-02-02 ist veraltet: Der Text hat sich seitdem geändert",
		"en": "approval by ada on 2024-02-02 is stale: the text changed since",
	} {
		site := baseSite(t, map[string]string{"content/posts/gut.md": stale})
		prog := site["content/programme.yaml"]
		prog.Data = append([]byte("language: "+lang+"\n"), prog.Data...)
		c, problems := compileFS(t, lang, site, Options{Now: goldenNow, Preview: true})
		if c == nil {
			t.Fatalf("%s: the build failed:\n%v", lang, problems.Err())
		}
		found := false
		for _, o := range c.Result.Outputs {
			if o.Path == "posts/gut/index.html" {
				found = strings.Contains(string(o.Data), want)
			}
		}
		if !found {
			t.Errorf("%s: posts/gut/index.html lacks %q", lang, want)
		}
	}
}
