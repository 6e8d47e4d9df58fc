package build

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the want/ folders of the golden sites")

// goldenNow is the fixed "now" of every golden build.
var goldenNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// TestGoldenSites builds every site in testdata/sites into a temporary
// folder and compares the whole output tree with want/ (production) and
// want-preview/ (preview). Run with -update to rewrite them.
func TestGoldenSites(t *testing.T) {
	sites, err := os.ReadDir("testdata/sites")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sites {
		for _, preview := range []bool{false, true} {
			want := "want"
			if preview {
				want = "want-preview"
			}
			t.Run(s.Name()+"/"+want, func(t *testing.T) {
				t.Parallel()
				dir := filepath.Join("testdata/sites", s.Name())
				got := buildOnce(t, dir, Options{Preview: preview, Now: goldenNow})
				wantDir := filepath.Join(dir, want)
				if !*update {
					// serve compiles, then writes: the same tree.
					compareTrees(t, wantDir, buildSite(t, dir, Options{Preview: preview, Now: goldenNow}))
				}
				if *update {
					if err := os.RemoveAll(wantDir); err != nil {
						t.Fatal(err)
					}
					if err := os.CopyFS(wantDir, os.DirFS(got)); err != nil {
						t.Fatal(err)
					}
					return
				}
				compareTrees(t, wantDir, got)
			})
		}
	}
}

// buildOnce builds the site in dir into a temporary folder with Build,
// as tandem build does, and returns that folder.
func buildOnce(t *testing.T, dir string, opts Options) string {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	dest := filepath.Join(t.TempDir(), "public")
	built, problems, err := Build(dest, root.FS(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if built == nil {
		t.Fatalf("build failed:\n%v", problems.Err())
	}
	return dest
}

// buildSite compiles and writes the site in dir into a temporary folder
// and returns that folder.
func buildSite(t *testing.T, dir string, opts Options) string {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	compiled, problems := NewCompiler(root.FS(), opts).Compile()
	if compiled == nil {
		t.Fatalf("build failed:\n%v", problems.Err())
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := writeSite(dest, root.FS(), compiled); err != nil {
		t.Fatal(err)
	}
	return dest
}

// compareTrees fails for every file that differs, is missing or is extra.
func compareTrees(t *testing.T, want, got string) {
	t.Helper()
	wantFiles, gotFiles := listFiles(t, want), listFiles(t, got)
	for _, name := range wantFiles {
		if !slices.Contains(gotFiles, name) {
			t.Errorf("missing file %s", name)
		}
	}
	for _, name := range gotFiles {
		if !slices.Contains(wantFiles, name) {
			t.Errorf("unexpected file %s (run go test ./internal/build -update to accept)", name)
			continue
		}
		w, _ := os.ReadFile(filepath.Join(want, name))
		g, _ := os.ReadFile(filepath.Join(got, name))
		if !bytes.Equal(w, g) {
			t.Errorf("%s differs (run go test ./internal/build -update to accept):\n%s", name, firstDiff(string(w), string(g)))
		}
	}
}

func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// firstDiff shows the first differing line with its number.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return "(only line endings differ)"
}
