package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// TestDamagedPhotoIsOneProblem: a JPEG of content/static/ cut short (its
// header reads, its picture does not decode) is one problem at the file,
// in the reader's language, however many copies of it the build makes,
// in a one-shot build and in compile and write (as tandem serve writes);
// nothing is written.
func TestDamagedPhotoIsOneProblem(t *testing.T) {
	t.Parallel()
	const damaged = "content/static/img/kaputt.jpg"
	site := t.TempDir()
	photoSite(t, site, "")
	whole := imagestest.PhoneJPEG(t, 1200, 800, 1)
	writeFiles(t, site, map[string]string{damaged: string(whole[:len(whole)/2])})
	root, err := folder.Open(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	dest := filepath.Join(t.TempDir(), "public")
	built, problems, err := Build(dest, root.FS(), Options{Now: goldenNow})
	if err != nil || built != nil {
		t.Fatalf("the build ended with %v (built: %v); want its problems", err, built != nil)
	}
	var errs diag.List
	for _, p := range problems {
		if p.Severity == diag.Error {
			errs = append(errs, p)
		}
	}
	assertDamaged(t, errs, damaged)
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Errorf("the failed build wrote %s (%v)", dest, err)
	}
	c, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if c == nil {
		t.Fatal(problems.Err())
	}
	_, err = writeSite(dest, root.FS(), c)
	p, ok := err.(diag.Problem)
	if !ok {
		t.Fatalf("writing ended with %v; want one problem", err)
	}
	assertDamaged(t, diag.List{p}, damaged)
}

// assertDamaged checks that errs is the one problem of the damaged photo
// at path, and that it reads in German too.
func assertDamaged(t *testing.T, errs diag.List, path string) {
	t.Helper()
	if len(errs) != 1 {
		t.Fatalf("%d errors, want 1: %v", len(errs), errs.Err())
	}
	p := errs[0]
	if p.Pos != (diag.Pos{Path: path}) || p.Code != "image-damaged" {
		t.Errorf("the problem is at %s with code %q; want %s, image-damaged", p.Pos, p.Code, path)
	}
	de := p.Say(messages.New().Printer("de"))
	if want := path + ": Dieses Foto ist beschädigt oder abgeschnitten"; len(de) < len(want) || de[:len(want)] != want {
		t.Errorf("in German: %q", de)
	}
}
