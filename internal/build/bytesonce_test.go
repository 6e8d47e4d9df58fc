package build

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/folder"
)

// evilBytes is what an attacker swaps into an approved bundle file.
const evilBytes = "EVIL-SWAPPED-BYTES-7f3a"

// swapOnSecondRead serves a file's real bytes the first time it is
// opened (load hashes them) and the attacker's every time after (when
// the writer copies it), as a file swapped mid-build would.
type swapOnSecondRead struct {
	fs.FS
	name  string
	mu    sync.Mutex
	opens int
}

func (s *swapOnSecondRead) Open(name string) (fs.File, error) {
	if name != s.name {
		return s.FS.Open(name)
	}
	s.mu.Lock()
	s.opens++
	first := s.opens == 1
	s.mu.Unlock()
	if first {
		return s.FS.Open(name)
	}
	info, err := fs.Stat(s.FS, name)
	if err != nil {
		return nil, err
	}
	return &swappedFile{Reader: strings.NewReader(evilBytes), info: info}, nil
}

type swappedFile struct {
	*strings.Reader
	info fs.FileInfo
}

func (f *swappedFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *swappedFile) Close() error               { return nil }

// assertNowhere fails when marker is in any file below dir.
func assertNowhere(t *testing.T, dir, marker string) {
	t.Helper()
	for _, name := range listFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err == nil && bytes.Contains(data, []byte(marker)) {
			t.Errorf("%s holds the swapped bytes", name)
		}
	}
}

// TestSwappedBundleFileIsNeverPublished: an approved bundle image whose
// bytes change between load (which hashes them for the approval) and
// write never reaches the output, in a one-shot build and in compile and
// write; the build fails at the file and the previous output stays.
func TestSwappedBundleFileIsNeverPublished(t *testing.T) {
	t.Parallel()
	const image = "content/posts/r1/2024-01-03-eintrag-0/bild.png"
	for _, oneShot := range []bool{false, true} {
		t.Run(map[bool]string{false: "compile+write", true: "build"}[oneShot], func(t *testing.T) {
			t.Parallel()
			site, parent := t.TempDir(), t.TempDir()
			generateSite(t, site, 30, "alt")
			dest := filepath.Join(parent, "public")
			if err := buildInto(t, site, dest, nil, nil); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, parent)
			root, err := folder.Open(site)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			swapped := &swapOnSecondRead{FS: root.FS(), name: image}
			if oneShot {
				_, problems, err2 := Build(dest, swapped, Options{Now: goldenNow})
				err = err2
				if err == nil {
					err = problems.Err()
				}
			} else {
				c, problems := NewCompiler(swapped, Options{Now: goldenNow}).Compile()
				if c == nil {
					t.Fatal(problems.Err())
				}
				_, err = writeSite(dest, swapped, c)
			}
			if err == nil || !strings.Contains(err.Error(), image+": this file changed while tandem was building") {
				t.Errorf("the build ended with %v; want an error at %s", err, image)
			}
			if after := snapshot(t, parent); after != before {
				t.Errorf("the output changed:\n%s", firstDiff(before, after))
			}
			assertNowhere(t, parent, evilBytes)
			assertNoStaging(t, parent)
		})
	}
}

// TestBundleFileSwappedForALinkIsNeverPublished: an approved bundle
// image replaced, after load, by a symbolic link to the site's .env is
// neither written by Write nor served by the dev server's snapshot (which
// reads copied files when asked for them, long after the build).
func TestBundleFileSwappedForALinkIsNeverPublished(t *testing.T) {
	t.Parallel()
	const image = "content/posts/r1/2024-01-03-eintrag-0/bild.png"
	site, parent := t.TempDir(), t.TempDir()
	generateSite(t, site, 30, "alt")
	writeFiles(t, site, map[string]string{".env": "SECRET=" + evilBytes + "\n"})
	root, err := folder.Open(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c, problems := NewCompiler(root.FS(), Options{Now: goldenNow, Preview: true}).Compile()
	if c == nil {
		t.Fatal(problems.Err())
	}
	snap := c.FS(root.FS())
	served := "posts/eintrag-0/bild.png"
	if _, err := fs.ReadFile(snap, served); err != nil {
		t.Fatalf("the snapshot does not serve the image before the swap: %v", err)
	}
	if err := os.Remove(filepath.Join(site, image)); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(site, ".env"), filepath.Join(site, image)); err != nil {
		t.Fatal(err)
	}
	if f, err := snap.Open(served); err == nil {
		data, _ := io.ReadAll(f)
		f.Close()
		t.Errorf("the dev server serves %q for the image that became a link", data)
	}
	dest := filepath.Join(parent, "public")
	if _, err := writeSite(dest, root.FS(), c); err == nil {
		t.Error("Write copied a bundle file that became a link")
	}
	assertNowhere(t, parent, evilBytes)
	if err := os.Remove(filepath.Join(site, image)); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, site, map[string]string{image: evilBytes})
	if f, err := snap.Open(served); err == nil {
		data, _ := io.ReadAll(f)
		f.Close()
		t.Errorf("the dev server serves %q for an image whose bytes changed", data)
	}
}
