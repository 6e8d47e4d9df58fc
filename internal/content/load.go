package content

import (
	"context"
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/scratch"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// PostDir is the folder of posts below the site root.
const PostDir = "content/posts"

// MaxPostSize is the largest post file tandem reads (1 MiB). Larger files
// are reported, not read: a diary entry is a few kilobytes.
const MaxPostSize = 1 << 20

// MaxBundleFileSize is the largest file a bundle may carry (20 MiB).
const MaxBundleFileSize = 20 << 20

// Load reads every post below content/posts of site. Problems in one post
// do not stop the others. Files are read and parsed on one goroutine per
// core; the result is sorted by path, so it never depends on timing.
func Load(site fs.FS) ([]*Post, diag.List) { return LoadContext(context.Background(), site) }

// LoadContext is Load, stopping listing and reading once ctx is done; the
// caller then throws away what it returns (see ctx.Err()).
func LoadContext(ctx context.Context, site fs.FS) ([]*Post, diag.List) {
	var problems diag.List
	if !IsFolder(site, PostDir, &problems) {
		return nil, problems
	}
	problems.Add(strayPosts(site)...)
	var files, bundles []string
	err := fs.WalkDir(site, PostDir, func(name string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			problems.Errorf(diag.Pos{Path: name}, "unreadable", diag.T("check that the file is still there and that you may read it (its permissions)"), "cannot read: %v", err)
			return nil
		}
		if name != PostDir && !CheckName(name, d.IsDir(), &problems) {
			return skip(d)
		}
		if name != PostDir && isHidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			problems.Errorf(diag.Pos{Path: name}, "symlink", diag.T("copy the file into content/ instead of linking to it"),
				"symbolic links are not followed in content/")
		case d.IsDir() && name != PostDir && isFile(site, path.Join(name, "index.md")):
			bundles = append(bundles, name)
			return fs.SkipDir
		case !d.IsDir() && path.Ext(name) == ".md":
			files = append(files, name)
		case !d.IsDir():
			problems.Warnf(diag.Pos{Path: name}, "not-a-post", diag.T("a post is a .md file; a file that belongs to a post goes into its bundle folder (a folder with index.md)"),
				"this file is ignored: it is neither a post nor in a post's bundle folder")
		}
		return nil
	})
	if ctx.Err() != nil {
		return nil, nil
	}
	if err != nil {
		problems.Errorf(diag.Pos{Path: PostDir}, "unreadable", diag.T("check that you may read content/posts and the folders in it"), "cannot read the posts: %v", err)
	}
	units := append(files, bundles...)
	posts := make([]*Post, len(units))
	probs := make([]diag.List, len(units))
	_ = workers.ForEachWith(ctx, len(units), newReadBuffer, func(buf readBuffer, i int) { // the caller looks at ctx
		if i < len(files) {
			posts[i], probs[i] = LoadFile(site, units[i])
		} else {
			posts[i], probs[i] = loadBundle(site, units[i], buf)
		}
	})
	for _, p := range probs {
		problems.Add(p...)
	}
	posts = slices.DeleteFunc(posts, func(p *Post) bool { return p == nil })
	slices.SortFunc(posts, func(a, b *Post) int { return strings.Compare(a.Path, b.Path) })
	return posts, problems
}

// IsFolder reports whether name is a real folder below site. A symbolic
// link (tandem follows none below content/: a link could publish a file
// from anywhere), a file or an unreadable folder is added to l as an
// error; a missing folder is not.
func IsFolder(site fs.FS, name string, l *diag.List) bool {
	info, err := fs.Lstat(site, name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false
	case err != nil:
		l.Errorf(diag.Pos{Path: name}, "unreadable", diag.Text{}, "cannot read: %v", err)
		return false
	case info.Mode()&fs.ModeSymlink != 0:
		l.Errorf(diag.Pos{Path: name}, "symlink", diag.T("make %s a real folder", name), "symbolic links are not followed in content/")
		return false
	case !info.IsDir():
		l.Errorf(diag.Pos{Path: name}, "not-a-folder", diag.T("make %s a folder", name), "this should be a folder, but it is a file")
		return false
	}
	return true
}

// isHidden reports names editors and systems leave behind: dotfiles,
// backups ending in ~, and vim's swap and probe files.
func isHidden(name string) bool { return IsIgnored(name) }

// strayPosts warns about text files directly in content/, which look
// like posts saved in the wrong folder: tandem reads posts from
// content/posts only.
func strayPosts(site fs.FS) diag.List {
	var problems diag.List
	entries, _ := fs.ReadDir(site, "content")
	for _, e := range entries {
		if ext := path.Ext(e.Name()); e.Type().IsRegular() && (ext == ".md" || ext == ".markdown" || ext == ".txt") && !IsIgnored(e.Name()) {
			problems.Warnf(diag.Pos{Path: "content/" + e.Name()}, "not-a-post", diag.T("move it into content/posts/ (as a .md file) to make it a post"),
				"this file is ignored: posts are read from content/posts/ only")
		}
	}
	return problems
}

// IsIgnored reports names tandem never reads: dotfiles, names starting
// with "_", and what editors and systems leave behind (scratch.Name:
// backups, swap files, Thumbs.db…).
func IsIgnored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || scratch.Name(name)
}

// isFile reports whether name is a regular file, not a link to one: a
// folder whose index.md is a link is no bundle, and the link is reported.
func isFile(site fs.FS, name string) bool {
	info, err := fs.Lstat(site, name)
	return err == nil && info.Mode().IsRegular()
}

// LoadFile reads one post file. It returns nil only when the file cannot
// be used at all (unreadable, too large, not text).
func LoadFile(site fs.FS, name string) (*Post, diag.List) {
	var problems diag.List
	data, size, err := folder.ReadLimited(site, name, MaxPostSize)
	switch {
	case err != nil:
		problems.Errorf(diag.Pos{Path: name}, "unreadable", diag.T("check that the file is still there and that you may read it (its permissions)"), "cannot read the post: %v", err)
		return nil, problems
	case data == nil:
		problems.Errorf(diag.Pos{Path: name, Line: 1, Col: 1}, "file-too-large", diag.T("split the post in two, or move large data into a bundle file"),
			"the post is %d KiB; posts may be at most %d KiB", (size+1023)>>10, MaxPostSize>>10)
		return nil, problems
	}
	post, probs := Parse(name, data)
	problems.Add(probs...)
	return post, problems
}
