package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

const heldLinkProgramme = `title: Links
base_url: https://intranet.example.com/mentoring/
rounds:
  - {id: r1, title: Runde 1, start: 2024-01-01, end: 2024-12-31}
people:
  ada: {name: Ada, role: reviewer}
reviewers: [ada]
`

// heldLinkSite is a site with a draft at the address
// posts/zzgeheimzz/ (a bundle with an image) and a published post
// whose body is body.
func heldLinkSite(t *testing.T, body string) fstest.MapFS {
	t.Helper()
	return fstest.MapFS{
		"content/programme.yaml":                       {Data: []byte(heldLinkProgramme)},
		"content/posts/2024-02-01-zzgeheimzz/index.md": {Data: []byte("---\ntitle: Geheimer Plan\ndate: 2024-02-01\nround: r1\n---\nNoch nicht fertig.\n")},
		"content/posts/2024-02-01-zzgeheimzz/bild.png": {Data: []byte("PNG")},
		"content/posts/2024-03-01-offen.md": {Data: []byte(approvedPost(t, "content/posts/2024-03-01-offen.md",
			"title: Offen\ndate: 2024-03-01\nround: r1\n", body))},
	}
}

// TestLinkToHeldBackPostIsAnError is the attack of issue 15: a published
// post links to a post that is held back. Written out, the link is dead
// and gives away the held-back post's address (its title). A production
// build must fail at the link, naming both posts, and write nothing; the
// slug must not reach the output in any spelling of the link.
func TestLinkToHeldBackPostIsAnError(t *testing.T) {
	t.Parallel()
	links := map[string]string{
		"relative":            "Siehe [den Plan](../zzgeheimzz/).",
		"from the root":       "Siehe [den Plan](/mentoring/posts/zzgeheimzz/).",
		"full address":        "Siehe <https://intranet.example.com/mentoring/posts/zzgeheimzz/>.",
		"reference":           "Siehe [den Plan][p].\n\n[p]: ../zzgeheimzz/",
		"image of its bundle": "![Bild](../zzgeheimzz/bild.png)",
		"escaped dots":        "Siehe [den Plan](%2e%2e/zzgeheimzz/).",
		"no trailing slash":   "Siehe [den Plan](../zzgeheimzz).",
		"through another":     "Siehe [den Plan](../offen/../zzgeheimzz/index.html).",
		"named entities":      "Siehe [den Plan](&period;&period;/zzgeheimzz/).",
		"numeric entities":    "Siehe [den Plan](..&#47;zzgeheimzz/) und [hier](&#46;&#46;/zzgeheimzz/).",
		"escaped letters":     "Siehe [den Plan](../zz%67eheimzz/).",
		// as a server on a file system that ignores case and trailing dots
		// and spaces reads it, or one that merges slashes, or a browser
		// resolving a scheme without a host against the page
		"upper case":            "Siehe [den Plan](../ZZGEHEIMZZ/).",
		"upper case folder":     "Siehe [den Plan](/mentoring/POSTS/zzgeheimzz/).",
		"trailing dot":          "Siehe [den Plan](../zzgeheimzz./).",
		"trailing space":        "Siehe [den Plan](<../zzgeheimzz />).",
		"folder with a dot":     "Siehe [den Plan](/mentoring/posts./zzgeheimzz/).",
		"double slash":          "Siehe [den Plan](..//zzgeheimzz/).",
		"backslashes":           "Siehe [den Plan][p].\n\n[p]: ..\\zzgeheimzz\\",
		"scheme without a host": "Siehe [den Plan](https:../zzgeheimzz/).",
		"host with a final dot": "Siehe <https://intranet.example.com./mentoring/posts/zzgeheimzz/>.",
	}
	for name, body := range links {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			site := heldLinkSite(t, "Erster Absatz.\n\n"+body+"\n")
			dest := filepath.Join(t.TempDir(), "public")
			built, problems, err := Build(dest, site, Options{Now: leakNow})
			if err != nil {
				t.Fatal(err)
			}
			if built != nil {
				t.Errorf("the build succeeded")
				walkOutput(t, dest, "zzgeheimzz")
			}
			var found bool
			for _, p := range problems {
				if p.Code == "link-to-unpublished" && p.Pos.Path == "content/posts/2024-03-01-offen.md" && p.Pos.Line > 1 &&
					strings.Contains(p.Msg, `"Offen"`) && strings.Contains(p.Msg, `"Geheimer Plan"`) && strings.Contains(p.Msg, "content/posts/2024-02-01-zzgeheimzz/index.md") {
					found = true
				}
			}
			if !found {
				t.Errorf("no error at the link naming both posts: %v", problems.Err())
			}
		})
	}
	t.Run("preview", func(t *testing.T) {
		t.Parallel()
		if c, problems := NewCompiler(heldLinkSite(t, links["relative"]), Options{Preview: true, Now: leakNow}).Compile(); c == nil {
			t.Errorf("a preview shows every post: the link works there: %v", problems.Err())
		}
	})
	t.Run("own folder", func(t *testing.T) {
		t.Parallel()
		if c, problems := NewCompiler(heldLinkSite(t, "[Datei](zzgeheimzz/)"), Options{Now: leakNow}).Compile(); c == nil {
			t.Errorf("a link inside the post's own folder is not a link to another post: %v", problems.Err())
		}
	})
}

// walkOutput reports every output file whose name or text has marker.
func walkOutput(t *testing.T, dest, marker string) {
	t.Helper()
	_ = filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if strings.Contains(p, marker) || strings.Contains(string(data), marker) {
			t.Errorf("%s holds %q", p, marker)
		}
		return err
	})
}
