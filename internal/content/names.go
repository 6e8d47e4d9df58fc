package content

import (
	"io/fs"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// MaxDepth is how many folders deep below content/ a folder may be:
// content/posts/2025-26/my-bundle/images is 4. Every file is opened by its
// path, so a walk of ever deeper folders costs time growing with the
// square of their depth (5,000 nested folders took two minutes).
const MaxDepth = 32

// CheckName reports an entry met while walking content/ that tandem cannot
// take: a name that is not UTF-8 text, or a folder more than MaxDepth
// levels below content/. name is the path below the site root. When it
// returns false the walk leaves the entry out (a folder with everything in
// it).
func CheckName(name string, isDir bool, l *diag.List) bool {
	if p, bad := diag.NameNotUTF8(name); bad {
		l.Add(p)
		return false
	}
	if isDir && depth(name) > MaxDepth {
		l.Errorf(diag.Pos{Path: name}, "too-deep", diag.T("move what is in it up: a folder per round (content/posts/2025-26/) is all posts need"),
			"this folder is %d levels below content/; at most %d are allowed", depth(name), MaxDepth)
		return false
	}
	return true
}

// skip is what a walk's function returns to leave d out: fs.SkipDir
// for a folder, nil for a file.
func skip(d fs.DirEntry) error {
	if d.IsDir() {
		return fs.SkipDir
	}
	return nil
}

// depth is how many levels below content/ the path name is
// ("content/posts/a" is 2).
func depth(name string) int { return strings.Count(strings.TrimSuffix(name, "/"), "/") }
