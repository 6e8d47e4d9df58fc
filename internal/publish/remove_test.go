package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestRemoveTree removes a tree of folders, files and symbolic links:
// everything below the folder goes, what a link points to stays.
func TestRemoveTree(t *testing.T) {
	t.Parallel()
	keep := t.TempDir()
	if err := os.WriteFile(filepath.Join(keep, "bleibt.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "alt")
	for i := range 50 {
		writeFiles(t, dir, map[string]string{
			fmt.Sprintf("posts/p-%d/index.html", i):       "<p>",
			fmt.Sprintf("tags/t-%d/page/2/index.html", i): "<p>",
		})
	}
	for _, name := range []string{"leer/tiefer", "posts/p-1/bilder"} {
		if err := os.MkdirAll(filepath.Join(dir, name), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(keep, filepath.Join(dir, "posts", "link-ordner")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(keep, "bleibt.txt"), filepath.Join(dir, "link-datei")); err != nil {
		t.Fatal(err)
	}
	if err := removeTree(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(dir); !os.IsNotExist(err) {
		t.Errorf("the folder is still there (%v)", err)
	}
	if data, err := os.ReadFile(filepath.Join(keep, "bleibt.txt")); err != nil || string(data) != "x" {
		t.Errorf("a file behind a link was touched: %q, %v", data, err)
	}
	if err := removeTree(dir); err != nil {
		t.Errorf("removing a folder that is gone: %v", err)
	}
}
