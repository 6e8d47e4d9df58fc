package publish

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/diag"
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
// leave empty, keeping dest's manifest (ManifestFile) true; the manifest
// is rewritten only when paths come or go. Every file is replaced
// atomically (temporary file and rename), so a reader sees the old or
// the new file, never half of one. It never replaces or removes a file
// tandem did not write: such a file where an output goes is an error,
// before anything is written. It returns the output paths that changed,
// sorted. dest is a real path, as for Write. It takes dest's lock as
// Write does, and returns a *BusyError at once while another build holds
// it. When it fails, dest may hold some changes and lack others: Write
// the site again.
func Patch(dest string, site fs.FS, ch Changes) ([]string, error) {
	return patch(dest, site, ch, nil)
}

// PatchSame is Patch, but only while dest is still the folder was, the
// one the caller's last Write swapped in (Stats.Folder): it looks under
// dest's lock, so no other build can swap in a folder of its own between
// the look and the writes. When dest is another folder, or was is nil,
// it writes nothing and returns a *ReplacedError: Write the site again.
func PatchSame(dest string, was fs.FileInfo, site fs.FS, ch Changes) ([]string, error) {
	return patch(dest, site, ch, func() error {
		info, err := os.Stat(dest)
		if was == nil || err != nil || !os.SameFile(info, was) {
			return &ReplacedError{Dest: dest}
		}
		return nil
	})
}

// ReplacedError is PatchSame's error when dest is no longer the folder
// the caller wrote: another build replaced it.
type ReplacedError struct{ Dest string }

func (e *ReplacedError) Error() string { return e.Dest + " was written by another build" }

// patch is Patch; same, when not nil, runs once dest's lock is held and
// stops the patch with its error.
func patch(dest string, site fs.FS, ch Changes, same func() error) ([]string, error) {
	if err := stillReal(dest); err != nil {
		return nil, err
	}
	unlock, _, err := lockOutput(dest)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if same != nil {
		if err := same(); err != nil {
			return nil, err
		}
	}
	listed, err := ownedFiles(dest)
	if err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	var added, foreign []string
	for _, p := range ch.paths() {
		if listed.has(p) || tandems(p) {
			continue
		}
		added = append(added, p)
		if _, err := root.Lstat(p); err == nil {
			foreign = append(foreign, p)
		}
	}
	if len(foreign) > 0 {
		slices.Sort(foreign)
		return nil, foreignError(dest, foreign, listed)
	}
	all := listed.paths()
	if len(added) > 0 { // the old list and the new files: both may be there until the end
		all = union(all, added)
		if err := writeManifest(dest, all); err != nil {
			return nil, err
		}
	}
	changed, removed, err := apply(root, site, ch, listed)
	if err != nil || len(removed) == 0 {
		return changed, err
	}
	return changed, writeManifest(dest, slices.DeleteFunc(all, func(p string) bool { return removed[p] }))
}

// paths returns the paths ch writes.
func (ch Changes) paths() []string {
	var paths []string
	for _, o := range ch.Outputs {
		paths = append(paths, o.Path)
	}
	for _, c := range ch.Copies {
		paths = append(paths, c.Path)
	}
	return paths
}

// ownedFiles returns the manifest of dest; for a folder an older tandem
// marked (Marker) and without one, it first writes one listing every
// file in it.
func ownedFiles(dest string) (manifest, error) {
	listed, found, err := readManifest(dest)
	if err != nil || found {
		return listed, err
	}
	if !isRegular(filepath.Join(dest, Marker)) {
		return manifest{}, diag.Fail(diag.T("%s was not written by tandem: there is no %s beside it", dest, filepath.Base(ManifestFile(dest))))
	}
	files, err := listTree(dest)
	if err == nil {
		err = writeManifest(dest, files)
	}
	if err != nil {
		return manifest{}, err
	}
	listed, _, err = readManifest(dest)
	return listed, err
}

// apply writes ch into root and removes its gone paths that tandem
// wrote (listed) and did not just write again (a page that became a
// copied file, or back). It returns the paths it changed, sorted, and
// those it removed.
func apply(root *os.Root, site fs.FS, ch Changes, listed manifest) (changed []string, removed map[string]bool, err error) {
	written := map[string]bool{}
	for _, o := range ch.Outputs {
		if err := replaceFile(root, o.Path, o.Data); err != nil {
			return changed, removed, err
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
			return changed, removed, err
		}
		changed = append(changed, c.Path)
		written[c.Path] = true
	}
	removed = map[string]bool{}
	for _, p := range ch.Gone {
		if written[p] || !listed.has(p) {
			continue
		}
		if err := removeFile(root, p); err != nil {
			return changed, removed, err
		}
		changed = append(changed, p)
		removed[p] = true
	}
	slices.Sort(changed)
	return changed, removed, nil
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
