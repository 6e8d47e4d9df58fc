package folder

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestReadLimited reads small files whole, gives only the size of a file
// over the limit, refuses a folder and a symbolic link, and reads the same
// from a Folder's FS as from any other.
func TestReadLimited(t *testing.T) {
	files := map[string]string{"a.md": "Hallo\n", "leer.md": "", "sub/gross.md": strings.Repeat("x", 100)}
	dir := tree(t, files)
	if err := os.Symlink(filepath.Join(dir, "a.md"), filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	mapFS := fstest.MapFS{}
	for name, data := range files {
		mapFS[name] = &fstest.MapFile{Data: []byte(data)}
	}
	for _, fsys := range map[string]fs.FS{"folder": open(t, dir).FS(), "map": mapFS} {
		for name, want := range files {
			data, size, err := ReadLimited(fsys, name, 50)
			switch {
			case err != nil:
				t.Errorf("%s: %v", name, err)
			case len(want) > 50 && (data != nil || size != int64(len(want))):
				t.Errorf("%s: %q, size %d; want no data, size %d", name, data, size, len(want))
			case len(want) <= 50 && (string(data) != want || size != int64(len(want))):
				t.Errorf("%s: %q, size %d; want %q", name, data, size, want)
			}
		}
		if _, _, err := ReadLimited(fsys, "sub", 50); err == nil {
			t.Errorf("a folder is read without an error")
		}
	}
	if _, _, err := ReadLimited(open(t, dir).FS(), "link.md", 50); !errors.Is(err, ErrLink) {
		t.Errorf("a symbolic link: %v; want ErrLink", err)
	}
}
