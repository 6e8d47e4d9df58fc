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
// leave empty, keeping dest's manifest (ManifestFile) true. Every file is
// replaced atomically (temporary file and rename), so a reader sees the
// old or the new file, never half of one. It never replaces or removes a
// file tandem did not write: such a file where an output goes is an
// error, before anything is written. It returns the output paths that
// changed, sorted. dest is a real path, as for Write. It takes dest's
// lock as Write does, and returns a *BusyError at once while another
// build holds it. When it fails, dest may hold some changes and lack
// others: Write the site again.
func Patch(dest string, site fs.FS, ch Changes) ([]string, error) {
	if err := stillReal(dest); err != nil {
		return nil, err
	}
	unlock, _, err := lockOutput(dest)
	if err != nil {
		return nil, err
	}
	defer unlock()
	owned, err := ownedFiles(dest)
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	var paths []string
	for _, o := range ch.Outputs {
		paths = append(paths, o.Path)
	}
	for _, c := range ch.Copies {
		paths = append(paths, c.Path)
	}
	if err := checkFree(root, dest, paths, owned); err != nil {
		return nil, err
	}
	all := union(sortedKeys(owned), paths)
	if err := writeManifest(dest, all); err != nil { // lists the old files and the new while both may be there
		return nil, err
	}
	changed, err := apply(root, site, ch, owned)
	if err != nil {
		return changed, err
	}
	gone := map[string]bool{}
	for _, p := range changed {
		gone[p] = true
	}
	for _, p := range paths {
		delete(gone, p)
	}
	return changed, writeManifest(dest, slices.DeleteFunc(all, func(p string) bool { return gone[p] }))
}

// ownedFiles returns the files of dest that tandem wrote: its manifest's
// list, or every file of a folder an older tandem marked (Marker).
func ownedFiles(dest string) (map[string]bool, error) {
	listed, found, err := readManifest(dest)
	if err != nil || found {
		return listed, err
	}
	if !isRegular(filepath.Join(dest, Marker)) {
		return nil, fmt.Errorf("%s was not written by tandem: there is no %s beside it", dest, filepath.Base(ManifestFile(dest)))
	}
	files, err := listTree(dest)
	owned := map[string]bool{}
	for _, f := range files {
		owned[f] = true
	}
	return owned, err
}

// checkFree refuses to write paths into root (the folder dest) when one
// of them, not in owned, holds a file already: tandem did not write it.
func checkFree(root *os.Root, dest string, paths []string, owned map[string]bool) error {
	var foreign []string
	for _, p := range paths {
		if _, err := root.Lstat(p); err == nil && !owned[p] && !tandems(p) {
			foreign = append(foreign, p)
		}
	}
	if len(foreign) == 0 {
		return nil
	}
	slices.Sort(foreign)
	return foreignError(dest, foreign, owned)
}

// apply writes ch into root and removes its gone paths that tandem
// wrote (owned) and did not just write again (a page that became a
// copied file, or back). It returns the paths it changed, sorted.
func apply(root *os.Root, site fs.FS, ch Changes, owned map[string]bool) ([]string, error) {
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
		if written[p] || !owned[p] {
			continue
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
