package imagecache

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
	"github.com/tandem-mentoring/tandem/internal/publish"
)

// small are settings with narrow widths, so the tests scale quickly.
func small() images.Settings {
	s := images.Defaults()
	s.Widths = []int{40, 80}
	return s
}

// photoSite is a site with n phone photos of 160 × 120 pixels, each
// distinct, and the names of all their derivatives.
func photoSite(t *testing.T, n int) (fstest.MapFS, []string) {
	t.Helper()
	site := fstest.MapFS{}
	var names []string
	for i := range n {
		data := imagestest.PhoneJPEG(t, 160+8*i, 120, 1)
		src := "content/posts/p" + string(rune('a'+i)) + "/foto.jpg"
		site[src] = &fstest.MapFile{Data: data}
		sum := sha256.Sum256(data)
		for _, w := range []int{40, 80, 0} {
			names = append(names, images.DerivedName(sum, w, src))
		}
	}
	return site, names
}

// TestStoreServesEveryWidthToManyReaders: readers on many goroutines ask
// for every derivative of a few photos at once; each gets a JPEG of the
// width it asked for (0: the photo's own width), the same bytes as every
// other reader of that name. go test -race (.ci/run) checks the sharing.
func TestStoreServesEveryWidthToManyReaders(t *testing.T) {
	site, names := photoSite(t, 4)
	st := New(site, small(), nil)
	got := make([][][]byte, 8)
	var wg sync.WaitGroup
	for r := range got {
		got[r] = make([][]byte, len(names))
		wg.Go(func() {
			for i := range names {
				name := names[(i+r)%len(names)]
				data, err := st.ReadFile(name)
				if err != nil {
					t.Errorf("reader %d: %s: %v", r, name, err)
				}
				got[r][(i+r)%len(names)] = data
			}
		})
	}
	wg.Wait()
	for i, name := range names {
		_, width, _, _ := images.ParseDerivedName(name)
		info, err := images.Inspect(got[0][i], images.DefaultMaxPixels)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if width != 0 && info.Width != width {
			t.Errorf("%s is %d px wide", name, info.Width)
		}
		for r := range got {
			if !bytes.Equal(got[r][i], got[0][i]) {
				t.Errorf("reader %d got other bytes for %s", r, name)
			}
		}
	}
}

// TestStoreRefusesChangedOriginal: an original whose bytes no longer
// hash to the sum in the name (swapped after the approval was checked)
// is not scaled: the error is publish's changed-since-load error.
func TestStoreRefusesChangedOriginal(t *testing.T) {
	site, names := photoSite(t, 1)
	site["content/posts/pa/foto.jpg"] = &fstest.MapFile{Data: imagestest.PhoneJPEG(t, 200, 100, 1)}
	_, err := New(site, small(), nil).ReadFile(names[0])
	if want := publish.ChangedSinceLoad("content/posts/pa/foto.jpg"); err == nil || err.Error() != want.Error() {
		t.Errorf("ReadFile of a swapped original: %v, want %v", err, want)
	}
}

// TestStoreUnknownNames: a name DerivedName did not make, or a width
// nobody can make from a missing file, does not exist.
func TestStoreUnknownNames(t *testing.T) {
	site, names := photoSite(t, 1)
	st := New(site, small(), nil)
	for _, name := range []string{"foto.jpg", "zz/40/foto.jpg"} {
		if _, err := st.Open(name); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Open(%q) = %v, want fs.ErrNotExist", name, err)
		}
	}
	delete(site, "content/posts/pa/foto.jpg")
	if _, err := st.Open(names[0]); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a derivative of a missing photo = %v, want fs.ErrNotExist", err)
	}
}

// TestCacheFolderKeepsSealedDerivatives: a second store over the same
// cache folder serves the derivatives without the original (no image
// work); a cache file changed on disk (not sealed with the key) is not
// served, the derivative is made again from the original instead.
func TestCacheFolderKeepsSealedDerivatives(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(t.TempDir(), "key")
	site, names := photoSite(t, 1)
	d := NewDir(dir, keyFile)
	first, err := New(site, small(), d).ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	files, _ := filepath.Glob(filepath.Join(dir, Folder, "*"))
	if len(files) != 2 {
		t.Fatalf("the cache folder holds %d files, want one per width images.Plan lists (40 and 80 px)", len(files))
	}
	d = NewDir(dir, keyFile)
	defer d.Close()
	if again, err := New(fstest.MapFS{}, small(), d).ReadFile(names[0]); err != nil || !bytes.Equal(again, first) {
		t.Errorf("from the cache without the original: %v, same bytes %v", err, bytes.Equal(again, first))
	}
	for _, f := range files {
		if err := os.WriteFile(f, []byte("not a derivative"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := New(fstest.MapFS{}, small(), d).ReadFile(names[0]); err == nil {
		t.Error("an unsealed cache file was served")
	}
	if again, err := New(site, small(), d).ReadFile(names[0]); err != nil || !bytes.Equal(again, first) {
		t.Errorf("made again after the cache file changed: %v, same bytes %v", err, bytes.Equal(again, first))
	}
}
