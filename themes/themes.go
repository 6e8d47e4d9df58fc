package themes

import (
	"embed"
	"errors"
	"io/fs"
	"path"
	"slices"
)

//go:embed all:default
var embedded embed.FS

// Default returns the embedded default theme.
func Default() fs.FS {
	sub, err := fs.Sub(embedded, "default")
	if err != nil {
		panic(err) // cannot happen: the folder is embedded at compile time
	}
	return sub
}

// Open returns the theme called name for the site: the site's
// themes/NAME folder layered over the default theme. A site without that
// folder gets the default theme; a theme other than "default" that does
// not exist is an error. A symbolic link in the theme folder (or the
// folder itself being one), and a name there that is not UTF-8 text or
// holds a control character, is refused with a diag.Problem at its path;
// files are opened without following links (see noLinks).
func Open(site fs.FS, name string) (fs.FS, error) {
	if name == "" {
		name = "default"
	}
	dir := path.Join("themes", name)
	if !fs.ValidPath(dir) {
		return nil, errors.New("theme \"" + name + "\" is not a folder name")
	}
	if _, err := fs.Lstat(site, dir); err != nil {
		if name == "default" {
			return Default(), nil
		}
		return nil, errors.New("theme \"" + name + "\" not found: there is no folder " + dir)
	}
	if err := checkFolder(site, dir); err != nil {
		return nil, err
	}
	return siteTheme{Layer: Layer{noLinks{site: site, dir: dir}, Default()}, dir: dir}, nil
}

// siteTheme is a site's theme folder over the default theme.
type siteTheme struct {
	Layer
	dir string // the site's theme folder, e.g. "themes/plain"
}

// source names the file name of the theme comes from: the site's theme
// folder when that has it, or the default theme.
func (t siteTheme) source(name string) string {
	if _, err := fs.Stat(t.Layer[0], name); err == nil {
		return path.Join(t.dir, name)
	}
	return path.Join("themes/default", name)
}

// Source names the file a theme's file name (e.g. "templates/post.html")
// comes from, for problems: "themes/NAME/templates/post.html" when the
// site's theme folder has it, else the default theme's
// "themes/default/templates/post.html". theme is one Open returned.
func Source(theme fs.FS, name string) string {
	if t, ok := theme.(siteTheme); ok {
		return t.source(name)
	}
	return path.Join("themes/default", name)
}

// Layer is a stack of file systems: a name is looked up in each in turn,
// and a directory lists the union of all layers.
type Layer []fs.FS

// Open opens name from the first layer that has it.
func (l Layer) Open(name string) (fs.File, error) {
	var firstErr error
	for _, f := range l {
		file, err := f.Open(name)
		if err == nil {
			return file, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, firstErr
}

// ReadDir lists the union of name's entries over all layers, sorted, the
// upper layer winning when two have the same name.
func (l Layer) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, f := range l {
		entries, err := fs.ReadDir(f, name)
		if err != nil {
			continue
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int {
		if a.Name() < b.Name() {
			return -1
		}
		if a.Name() > b.Name() {
			return 1
		}
		return 0
	})
	return out, nil
}
