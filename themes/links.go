package themes

import (
	"io/fs"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// A site's theme folder is read without following a symbolic link: a
// template or static file linked to a draft inside the site would
// otherwise publish the draft. Open refuses a theme that holds a link,
// naming it, and noLinks checks again each time a file is opened.

// checkFolder returns a positioned problem for the first symbolic link
// at or below dir (the theme folder, e.g. "themes/plain"), or in the
// path to it, and for the first name below dir that is not UTF-8 text or
// holds a control character (such a file would be published under that
// name, or name a template), with a hint how to rename it.
func checkFolder(site fs.FS, dir string) error {
	if err := linkOnPath(site, dir); err != nil {
		return err
	}
	var found error
	_ = fs.WalkDir(site, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p, bad := diag.NameUnprintable(name); bad && name != dir {
			found = p
			return fs.SkipAll
		}
		if d.Type()&fs.ModeSymlink != 0 {
			found = linkProblem(name)
			return fs.SkipAll
		}
		return nil
	})
	return found
}

// linkOnPath returns a problem when name or a folder on the way to it is
// a symbolic link.
func linkOnPath(site fs.FS, name string) error {
	parts := strings.Split(name, "/")
	for i := range parts {
		p := strings.Join(parts[:i+1], "/")
		if info, err := fs.Lstat(site, p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return linkProblem(p)
		}
	}
	return nil
}

func linkProblem(name string) error {
	return diag.Problem{Pos: diag.Pos{Path: name}, Severity: diag.Error, Code: "symlink",
		Msg:  "symbolic links are not followed in themes/: a linked file could publish a draft",
		Hint: "copy the file into the theme folder instead of linking to it"}
}

// noLinks is a site's theme folder dir, opened without following a
// symbolic link anywhere on the way to a file.
type noLinks struct {
	site fs.FS
	dir  string
}

// Open opens name below the theme folder, refusing a path through a
// symbolic link.
func (n noLinks) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	full := path.Join(n.dir, name)
	if err := linkOnPath(n.site, full); err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return n.site.Open(full)
}
