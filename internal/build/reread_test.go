package build

import (
	"io/fs"
	"os"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// TestReadBodyAfterOutline checks that Outline lets every post's body go
// and that ReadBody gives each back as Load read it, for files and
// bundles alike, reading the post's text file and nothing else (a
// bundle's photos are not read again, their hashes are load's), and
// nothing once the text changed: a body read twice is used only when it
// is the one the gate's digest covered.
func TestReadBodyAfterOutline(t *testing.T) {
	site := fstest.MapFS{}
	src := os.DirFS("testdata/sites/programme")
	err := fs.WalkDir(src, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, name)
		site[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	loaded, _ := content.Load(site)
	want := map[string]string{}
	for _, p := range loaded {
		want[p.Path] = string(p.Body)
	}
	o, problems := NewCompiler(site, Options{Now: goldenNow, Preview: true}).Outline()
	if o == nil {
		t.Fatalf("the site does not outline: %v", problems)
	}
	bundles := 0
	for _, p := range o.Site.Posts {
		if p.Body != nil {
			t.Errorf("%s keeps its body after Outline", p.Path)
		}
		if _, ok := o.Bodies[p.Path]; !ok {
			t.Errorf("%s has no body facts", p.Path)
		}
		opened := &openLog{FS: site}
		body, ok := ReadBody(opened, p.Post)
		if !ok || string(body) != want[p.Path] {
			t.Errorf("%s: ReadBody gives %q, %t; Load read %q", p.Path, body, ok, want[p.Path])
		}
		if len(opened.names) != 1 || opened.names[0] != p.Path {
			t.Errorf("%s: ReadBody opens %q, want the post's text only", p.Path, opened.names)
		}
		if p.Bundle != "" && len(p.Files) > 0 {
			bundles++
		}
		old := site[p.Path]
		site[p.Path] = &fstest.MapFile{Data: append(append([]byte(nil), old.Data...), " "...)}
		if _, ok := ReadBody(site, p.Post); ok {
			t.Errorf("%s: ReadBody gives the body after it changed", p.Path)
		}
		delete(site, p.Path)
		if _, ok := ReadBody(site, p.Post); ok {
			t.Errorf("%s: ReadBody gives the body of a removed post", p.Path)
		}
		site[p.Path] = old
	}
	if bundles == 0 {
		t.Error("the test site has no bundle post with files")
	}
}

// openLog is a file system that records the names opened in it.
type openLog struct {
	fs.FS
	names []string
}

func (o *openLog) Open(name string) (fs.File, error) {
	o.names = append(o.names, name)
	return o.FS.Open(name)
}
