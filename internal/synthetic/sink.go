package synthetic

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing/fstest"
)

// Sink receives generated files; name is a slash-separated path below
// the site root.
type Sink interface {
	WriteFile(name string, data []byte) error
}

// Dir writes files below a folder on disk, creating folders as needed.
type Dir struct {
	Root string
	// made remembers the folders already created.
	made map[string]bool
}

// NewDir returns a Dir writing below root.
func NewDir(root string) *Dir { return &Dir{Root: root, made: map[string]bool{}} }

// WriteFile writes data to name below the root.
func (d *Dir) WriteFile(name string, data []byte) error {
	full := filepath.Join(d.Root, filepath.FromSlash(name))
	if err := d.mkdir(filepath.Dir(full)); err != nil {
		return err
	}
	return os.WriteFile(full, data, 0o644)
}

func (d *Dir) mkdir(dir string) error {
	if d.made[dir] {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	d.made[dir] = true
	return nil
}

// Files collects generated files in memory, for tests.
type Files map[string][]byte

// WriteFile records data under name.
func (f Files) WriteFile(name string, data []byte) error {
	f[name] = data
	return nil
}

// FS returns the collected files as a file system.
func (f Files) FS() fs.FS {
	m := fstest.MapFS{}
	for name, data := range f {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}
