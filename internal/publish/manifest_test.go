package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestManifestLooksUpEveryPath writes manifests of sizes from none to a
// few thousand paths, some of them written quoted, and looks up every
// listed path and paths next to them that are not listed.
func TestManifestLooksUpEveryPath(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	for _, n := range []int{0, 1, 2, 3, 10, 999, 3000} {
		var paths []string
		for i := range n {
			paths = append(paths, fmt.Sprintf("posts/p-%d/index.html", i*2))
			if i%97 == 0 {
				paths = append(paths, fmt.Sprintf("odd\n%d", i*2), fmt.Sprintf("#tag-%d", i*2), fmt.Sprintf("\"q%d", i*2))
			}
		}
		if err := writeManifest(dest, paths); err != nil {
			t.Fatal(err)
		}
		m, found, err := readManifest(dest)
		if err != nil || !found {
			t.Fatalf("n=%d: %v %v", n, found, err)
		}
		for _, p := range paths {
			if !m.has(p) {
				t.Fatalf("n=%d: %q not found", n, p)
			}
		}
		for i := range n + 1 {
			for _, p := range []string{fmt.Sprintf("posts/p-%d/index.html", i*2+1), fmt.Sprintf("odd\n%d", i*2+1), "", "posts", "zzz"} {
				if m.has(p) {
					t.Fatalf("n=%d: %q found", n, p)
				}
			}
		}
		got := m.paths()
		slices.Sort(got)
		slices.Sort(paths)
		if !slices.Equal(got, paths) {
			t.Fatalf("n=%d: paths differ", n)
		}
	}
}

// TestManifestEditedByHand: lines out of order (a person edited the file)
// are still found; a file that is not a manifest is an error that says
// what to do.
func TestManifestEditedByHand(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	if err := os.WriteFile(ManifestFile(dest), []byte("# tandem manifest 1: edited\nz.html\na.html\n\nm/index.html\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, err := readManifest(dest)
	if err != nil || !m.has("a.html") || !m.has("m/index.html") || !m.has("z.html") || m.has("b.html") {
		t.Errorf("out of order: %v", err)
	}
	if err := os.WriteFile(ManifestFile(dest), []byte("index.html\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := readManifest(dest); err == nil {
		t.Error("a file without the header was taken as a manifest")
	}
}
