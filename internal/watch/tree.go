package watch

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
)

// watchList is the part of *fsnotify.Watcher the tree drives.
type watchList interface {
	Add(name string) error
	Remove(name string) error
}

// tree knows which folders below the root are watched and which files the
// caller has been told about, so that a folder's disappearance can be
// reported file by file.
type tree struct {
	root   string // absolute OS path of the root
	fsys   fs.FS  // the root, for listing and stat
	scopes []string
	rules  []func(string) bool
	depth  int // how many folders deep below the root a folder is watched
	watch  watchList
	dirs   map[string]bool // watched folders, relative to the root
	known  map[string]bool // files the caller knows exist
}

// within reports whether the slash path p is dir or lies below it.
func within(p, dir string) bool {
	return dir == "." || p == dir || strings.HasPrefix(p, dir+"/")
}

// join appends a name to a slash path relative to the root.
func join(rel, name string) string {
	if rel == "." {
		return name
	}
	return rel + "/" + name
}

// abs turns a root-relative slash path into an OS path.
func (t *tree) abs(rel string) string { return filepath.Join(t.root, filepath.FromSlash(rel)) }

// rel turns an OS path from fsnotify into a root-relative slash path.
func (t *tree) rel(name string) (string, bool) {
	r, err := filepath.Rel(t.root, name)
	if err != nil || !filepath.IsLocal(r) && r != "." {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// inScope reports whether rel is one of the watched paths or below one.
func (t *tree) inScope(rel string) bool {
	for _, s := range t.scopes {
		if within(rel, s) {
			return true
		}
	}
	return false
}

// relevant reports whether rel matters at all: in scope, or a folder on
// the way to a watched path that does not exist yet, and not ignored.
func (t *tree) relevant(rel string) bool {
	if ignored(rel, t.rules) {
		return false
	}
	for _, s := range t.scopes {
		if within(rel, s) || within(s, rel) {
			return true
		}
	}
	return false
}

// attach watches the folder rel and, recursively, every relevant folder
// below it, calling found for every file in scope it lists. The watch is
// set up before the listing, so nothing created meanwhile is missed. A
// folder more than t.depth levels deep is left out, and so is a symbolic
// link: the listing reports it as what it is, and a folder that became a
// link between listing and watching is given up again (the kernel's
// watch follows links).
func (t *tree) attach(rel string, found func(string)) error {
	if strings.Count(rel, "/") > t.depth {
		return nil
	}
	if err := t.watch.Add(t.abs(rel)); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil // gone again already; its removal is on its way
		}
		return fmt.Errorf("watch: watching %s: %w", rel, err)
	}
	if info, err := fs.Lstat(t.fsys, rel); rel != "." && (err != nil || !info.IsDir()) {
		_ = t.watch.Remove(t.abs(rel))
		return nil
	}
	t.dirs[rel] = true
	entries, err := fs.ReadDir(t.fsys, rel)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("watch: listing %s: %w", rel, err)
	}
	var errs []error
	for _, e := range entries {
		child := join(rel, e.Name())
		switch {
		case !t.relevant(child):
		case e.IsDir():
			errs = append(errs, t.attach(child, found))
		case t.inScope(child):
			found(child)
		}
	}
	return errors.Join(errs...)
}

// detach stops watching the folder rel and everything below it, calling
// gone for every known file that was inside.
func (t *tree) detach(rel string, gone func(string)) {
	for d := range t.dirs {
		if within(d, rel) {
			// The folder was deleted or moved: the kernel (or fsnotify)
			// may have dropped the watch already, so an error here only
			// says there is nothing left to remove.
			_ = t.watch.Remove(t.abs(d))
			delete(t.dirs, d)
		}
	}
	for f := range t.known {
		if within(f, rel) {
			gone(f)
		}
	}
}

// settle decides what became of rel once a burst is over, updating the
// known files: a file that exists has Changed; one that is gone has been
// Removed if the caller knew it, and is not worth reporting otherwise
// (a temporary file that came and went). Folders are never reported.
func (t *tree) settle(rel string) (Op, bool) {
	info, err := fs.Lstat(t.fsys, rel)
	switch {
	case err == nil && info.IsDir():
		return 0, false
	case err == nil:
		t.known[rel] = true
		return Changed, true
	case t.known[rel]:
		delete(t.known, rel)
		return Removed, true
	}
	return 0, false
}
