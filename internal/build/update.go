package build

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// Update brings dest, which holds prev's output, up to date with next,
// writing only the files whose bytes changed and removing the ones that
// are gone. touched are the source paths that changed, so copied files
// (bundle images, static files, theme assets) are copied again only when
// their source changed. Every file is replaced atomically (temporary file
// and rename), so a reader sees the old or the new file, never half of
// one. It returns the output paths that changed, sorted. dest is a real
// path, as for Write. It takes dest's lock as Write does, and returns a
// *BusyError at once while another build holds it. When it fails, dest
// may hold some changes and lack others: Write the site again.
func Update(dest string, site fs.FS, prev, next *Compiled, touched []string) ([]string, error) {
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
	written, gone := outputChanges(prev.Result.Outputs, next.Result.Outputs)
	var changed []string
	for _, o := range written {
		if err := replaceFile(root, o.Path, o.Data); err != nil {
			return changed, err
		}
		changed = append(changed, o.Path)
	}
	copied, err := updateCopies(root, site, prev, next, touched)
	changed = append(changed, copied...)
	if err != nil {
		return changed, err
	}
	for _, p := range gone {
		if err := removeFile(root, p); err != nil {
			return changed, err
		}
		changed = append(changed, p)
	}
	sortStrings(changed)
	return changed, nil
}

// outputChanges compares two lists of outputs, each sorted by path, in
// one walk: written are the outputs of next that prev lacks or that hold
// other bytes, gone the paths of prev that next lacks.
func outputChanges(prev, next []render.Output) (written []render.Output, gone []string) {
	i := 0
	for _, o := range next {
		for i < len(prev) && prev[i].Path < o.Path {
			gone = append(gone, prev[i].Path)
			i++
		}
		if i < len(prev) && prev[i].Path == o.Path {
			if !sameBytes(prev[i].Data, o.Data) {
				written = append(written, o)
			}
			i++
			continue
		}
		written = append(written, o)
	}
	for ; i < len(prev); i++ {
		gone = append(gone, prev[i].Path)
	}
	return written, gone
}

// sameBytes is true for the very same slice (a page taken from the render
// cache) or equal contents.
func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0] || bytes.Equal(a, b)
}

func updateCopies(root *os.Root, site fs.FS, prev, next *Compiled, touched []string) ([]string, error) {
	var changed []string
	old := map[string]render.Copy{}
	for _, c := range finalCopies(prev) {
		old[c.Path] = c
	}
	dirty := func(c render.Copy) bool {
		for _, t := range touched {
			if c.From == nil && (t == c.Name || strings.HasPrefix(c.Name, t+"/")) {
				return true
			}
			if c.From != nil && strings.HasPrefix(t, "themes/") {
				return true
			}
		}
		return false
	}
	for _, c := range finalCopies(next) {
		was, ok := old[c.Path]
		delete(old, c.Path)
		if ok && was.Name == c.Name && was.Sum == c.Sum && (was.From == nil) == (c.From == nil) && !dirty(c) {
			continue
		}
		data, err := readCopy(site, c)
		if err != nil {
			return changed, err
		}
		if err := replaceFile(root, c.Path, data); err != nil {
			return changed, err
		}
		changed = append(changed, c.Path)
	}
	for p := range old {
		if err := removeFile(root, p); err != nil {
			return changed, err
		}
		changed = append(changed, p)
	}
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

func sortStrings(s []string) { slices.Sort(s) }
