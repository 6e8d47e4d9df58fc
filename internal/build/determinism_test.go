package build

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestBuildsAreReproducible builds the golden sites and a generated site
// of 300 posts (30 of them bundles), in production and preview, with
// GOMAXPROCS 1, 2 and 8, and expects trees byte-identical to a build with
// the default. It changes GOMAXPROCS for the whole process, so it does
// not run in parallel with other tests.
func TestBuildsAreReproducible(t *testing.T) {
	generated := t.TempDir()
	generateSite(t, generated, 300, "r")
	sites := []string{"testdata/sites/programme", "testdata/sites/english", generated}
	for _, dir := range sites {
		for _, preview := range []bool{false, true} {
			opts := Options{Now: goldenNow, Preview: preview}
			name := fmt.Sprintf("%s/preview=%v", filepath.Base(dir), preview)
			if dir == generated {
				name = fmt.Sprintf("generated/preview=%v", preview)
			}
			t.Run(name, func(t *testing.T) {
				want := buildSite(t, dir, opts)
				for _, procs := range []int{1, 2, 8} {
					prev := runtime.GOMAXPROCS(procs)
					got := buildSite(t, dir, opts)
					runtime.GOMAXPROCS(prev)
					t.Run(fmt.Sprint("GOMAXPROCS=", procs), func(t *testing.T) { compareTrees(t, want, got) })
				}
			})
		}
	}
}

// TestBuildDoesNotDependOnSourcePath builds the same generated site from
// two folders at different depths: the outputs are byte-identical.
func TestBuildDoesNotDependOnSourcePath(t *testing.T) {
	t.Parallel()
	first := t.TempDir()
	generateSite(t, first, 120, "p")
	second := filepath.Join(t.TempDir(), "ein", "anderer", "Ordner mit Leerzeichen")
	if err := os.CopyFS(second, os.DirFS(first)); err != nil {
		t.Fatal(err)
	}
	for _, preview := range []bool{false, true} {
		opts := Options{Now: goldenNow, Preview: preview}
		compareTrees(t, buildSite(t, first, opts), buildSite(t, second, opts))
	}
}
