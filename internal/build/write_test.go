package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/publish"
)

// TestFailedBuildKeepsOutput checks that a build with errors leaves the
// previous output exactly as it was.
func TestFailedBuildKeepsOutput(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(site, "want"))
	os.RemoveAll(filepath.Join(site, "want-preview"))
	good := buildSite(t, site, Options{Now: goldenNow})
	dest := filepath.Join(t.TempDir(), "public")
	if err := os.CopyFS(dest, os.DirFS(good)); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(site, "content/posts/r1/2024-01-15-kennenlernen.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: [\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if compiled != nil || !problems.HasErrors() {
		t.Fatal("the broken site compiled")
	}
	compareTrees(t, good, dest)
}

// writeSite writes the compiled site c to dest as tandem serve does.
func writeSite(dest string, site fs.FS, c *Compiled) (publish.Stats, error) {
	return publish.Write(dest, site, c.Result.Outputs, c.Copies())
}

// snapshot lists every file below dir with its contents, for comparing a
// whole tree before and after.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	for _, name := range listFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + ": " + string(data) + "\n")
	}
	return b.String()
}

// assertNoStaging fails when a staging folder is left in parent.
func assertNoStaging(t *testing.T, parent string) {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(parent, ".*.staging-*"))
	if len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
}
