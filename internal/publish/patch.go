package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// Changes are what an update of an output folder writes and removes.
type Changes struct {
	// Outputs are generated files to write, new or with other bytes.
	Outputs []render.Output
	// Copies are files to copy again (see ReadCopy).
	Copies []render.Copy
	// Gone are the paths to remove; a path also written is kept.
	Gone []string
}

// Patch brings the output folder dest, which tandem wrote, up to date in
// place: it writes ch's outputs and copies (a copy without From comes
// from site) and removes the paths that are gone, with the folders they
// leave empty. Every file is replaced atomically (temporary file and
// rename), so a reader sees the old or the new file, never half of one.
// It returns the output paths that changed, sorted. dest is a real path,
// as for Write. It takes dest's lock as Write does, and returns a
// *BusyError at once while another build holds it. When it fails, dest
// may hold some changes and lack others: Write the site again.
func Patch(dest string, site fs.FS, ch Changes) ([]string, error) {
	if err := stillReal(dest); err != nil {
		return nil, err
	}
	unlock, _, err := lockOutput(dest)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		return nil, fmt.Errorf("%s was not written by tandem: %w", dest, err)
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	var changed []string
	written := map[string]bool{}
	for _, o := range ch.Outputs {
		if err := replaceFile(root, o.Path, o.Data); err != nil {
			return changed, err
		}
		changed = append(changed, o.Path)
		written[o.Path] = true
	}
	for _, c := range ch.Copies {
		data, err := ReadCopy(site, c)
		if err == nil {
			err = replaceFile(root, c.Path, data)
		}
		if err != nil {
			return changed, err
		}
		changed = append(changed, c.Path)
		written[c.Path] = true
	}
	for _, p := range ch.Gone {
		if written[p] {
			continue // it changed from page to copied file, or back
		}
		if err := removeFile(root, p); err != nil {
			return changed, err
		}
		changed = append(changed, p)
	}
	slices.Sort(changed)
	return changed, nil
}

// replaceFile writes name below root through a temporary file and a
// rename.
func replaceFile(root *os.Root, name string, data []byte) error {
	if dir := path.Dir(name); dir != "." {
		if err := root.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	tmp := path.Join(path.Dir(name), ".tandem-tmp-"+path.Base(name))
	if err := root.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := root.Rename(tmp, name); err != nil {
		_ = root.Remove(tmp)
		return err
	}
	return nil
}

// removeFile removes name and then any folders it leaves empty.
func removeFile(root *os.Root, name string) error {
	if err := root.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for dir := path.Dir(name); dir != "."; dir = path.Dir(dir) {
		if root.Remove(dir) != nil {
			break // not empty
		}
	}
	return nil
}
