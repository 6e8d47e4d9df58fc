package build

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestOutlineAsCompile checks, on every test site, that Outline reports
// what Compile reports (leaving out what only rendering finds: Markdown
// that cannot be converted, templates that fail) and lists exactly the
// files Compile produces.
func TestOutlineAsCompile(t *testing.T) {
	var dirs []string
	for _, parent := range []string{"testdata/invalid", "testdata/sites"} {
		entries, err := os.ReadDir(parent)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			dirs = append(dirs, filepath.Join(parent, e.Name()))
		}
	}
	for _, dir := range dirs {
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			for _, preview := range []bool{false, true} {
				opts := Options{Now: goldenNow, Preview: preview}
				compiled, want := NewCompiler(root.FS(), opts).Compile()
				outlined, got := NewCompiler(root.FS(), opts).Outline()
				if g, w := withoutRenderOnly(got), withoutRenderOnly(want); g != w {
					t.Errorf("preview %t: Outline reports\n%s\nCompile reports\n%s", preview, g, w)
				}
				if (compiled == nil) != (outlined == nil) && !slices.ContainsFunc(want, renderOnly) {
					t.Errorf("preview %t: Compile gives %v, Outline %v", preview, compiled != nil, outlined != nil)
				}
				if compiled != nil && outlined != nil {
					compareFiles(t, compiled, outlined)
				} else if strings.HasPrefix(dir, "testdata/sites") {
					t.Errorf("preview %t: a test site does not compile", preview)
				}
			}
		})
	}
}

// withoutRenderOnly formats the problems that do not need rendering.
func withoutRenderOnly(l diag.List) string {
	var b strings.Builder
	for _, p := range l {
		if !renderOnly(p) {
			b.WriteString(p.Error() + "\n")
		}
	}
	return b.String()
}

// renderOnly reports a problem only rendering finds.
func renderOnly(p diag.Problem) bool { return p.Code == "markdown" || p.Code == "template" }

func compareFiles(t *testing.T, c *Compiled, o *Outlined) {
	t.Helper()
	var want, got []string
	for _, out := range c.Result.Outputs {
		// An outline lists the search index's vocabulary and postings
		// by their folders (see render.Outline).
		if !slices.ContainsFunc(o.Outline.Folders, func(dir string) bool { return strings.HasPrefix(out.Path, dir) }) {
			want = append(want, out.Path)
		}
	}
	for _, p := range o.Outline.Pages {
		got = append(got, p.Path)
	}
	got = append(got, o.Outline.Files...)
	slices.Sort(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline lists\n%s\nCompile writes\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(o.Outline.Copies) != len(c.Result.Copies) || len(o.Static) != len(c.Static) {
		t.Errorf("outline copies %d+%d files, Compile %d+%d", len(o.Outline.Copies), len(o.Static), len(c.Result.Copies), len(c.Static))
	}
}
