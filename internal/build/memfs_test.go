package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// TestSnapshotEqualsWrittenSite checks that the in-memory snapshot the dev
// server serves holds exactly the files a build writes, byte for byte, and
// behaves as a file system.
func TestSnapshotEqualsWrittenSite(t *testing.T) {
	root, err := os.OpenRoot("testdata/sites/programme")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if compiled == nil {
		t.Fatal(problems.Err())
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Write(dest, root.FS(), compiled); err != nil {
		t.Fatal(err)
	}
	snap := compiled.FS(root.FS())
	var names []string
	for _, name := range listFiles(t, dest) {
		if name == Marker {
			continue
		}
		names = append(names, name)
		want, _ := os.ReadFile(filepath.Join(dest, name))
		got, err := fs.ReadFile(snap, name)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: snapshot differs from the written file (%v)", name, err)
		}
	}
	if err := fstest.TestFS(snap, names...); err != nil {
		t.Error(err)
	}
}
