package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestStaticPhotoNotReadAgain: a save of a post (an Update, as tandem
// serve runs it) neither reads the photo of content/static/ again nor
// makes its derivatives; the compiled site still lists them; a save of
// the photo reads it once.
func TestStaticPhotoNotReadAgain(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	photoSite(t, site, "")
	root, err := folder.Open(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	counted := &countingFS{FS: root.FS(), opens: map[string]int{}}
	c := NewCompiler(counted, Options{Now: goldenNow})
	if compiled, problems := c.Compile(); compiled == nil {
		t.Fatal(problems.Err())
	}
	if n := counted.opens[staticPhoto]; n != 1 {
		t.Errorf("the first compile opened the static photo %d times, want 1", n)
	}
	for _, save := range []struct {
		path  string
		opens int
	}{{photoPost + "/index.md", 0}, {staticPhoto, 1}} {
		counted.opens = map[string]int{}
		compiled, problems := c.Update([]string{save.path})
		if compiled == nil {
			t.Fatal(problems.Err())
		}
		if n := counted.opens[staticPhoto]; n != save.opens {
			t.Errorf("a save of %s opened the static photo %d times, want %d", save.path, n, save.opens)
		}
		if !slices.ContainsFunc(compiled.Static, func(cp render.Copy) bool { return cp.Path == "img/halle-480w.jpg" && cp.Derived }) {
			t.Errorf("after a save of %s the static photo's derivative is not listed", save.path)
		}
	}
}

// TestPhotoCopyClash: a file named as a smaller copy of a photo beside
// it (halle-480w.jpg beside halle.jpg, in content/static/ or a bundle)
// is refused, and the error says that tandem makes such copies itself.
func TestPhotoCopyClash(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"content/static/img/halle-480w.jpg", photoPost + "/werkstor-960w.jpg"} {
		site := t.TempDir()
		photoSite(t, site, "")
		writeFiles(t, site, map[string]string{name: "made by hand"})
		root, err := folder.Open(site)
		if err != nil {
			t.Fatal(err)
		}
		_, problems := NewCompiler(root.FS(), Options{Now: goldenNow, Preview: true}).Compile()
		root.Close()
		var got []string
		for _, p := range problems {
			if p.Code == "duplicate-output" {
				got = append(got, p.Path+": "+p.Msg+" ("+p.Hint+")")
			}
		}
		if len(got) != 1 || !strings.Contains(got[0], "tandem makes a photo's smaller copies itself") || !strings.Contains(got[0], "pixels wide") {
			t.Errorf("%s: the clash is reported as %q, want one error saying tandem makes the copies", name, got)
		}
	}
}
