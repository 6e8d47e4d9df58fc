package content

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
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
	var files, bundles []string
	err := fs.WalkDir(site, PostDir, func(name string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			problems.Errorf(diag.Pos{Path: name}, "unreadable", "check that the file is still there and that you may read it (its permissions)", "cannot read: %v", err)
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
			problems.Errorf(diag.Pos{Path: name}, "symlink", "copy the file into content/ instead of linking to it",
				"symbolic links are not followed in content/")
		case d.IsDir() && name != PostDir && isFile(site, path.Join(name, "index.md")):
			bundles = append(bundles, name)
			return fs.SkipDir
		case !d.IsDir() && path.Ext(name) == ".md":
			files = append(files, name)
		}
		return nil
	})
	if ctx.Err() != nil {
		return nil, nil
	}
	if err != nil {
		problems.Errorf(diag.Pos{Path: PostDir}, "unreadable", "check that you may read content/posts and the folders in it", "cannot read the posts: %v", err)
	}
	units := append(files, bundles...)
	posts := make([]*Post, len(units))
	probs := make([]diag.List, len(units))
	readers := sync.Pool{New: func() any { return newLineReader() }}
	_ = workers.ForEachContext(ctx, len(units), func(i int) { // the caller looks at ctx
		lines := readers.Get().(*bufio.Reader)
		defer readers.Put(lines)
		if i < len(files) {
			posts[i], probs[i] = loadFile(site, units[i], lines)
		} else {
			posts[i], probs[i] = loadBundle(site, units[i], lines)
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
		l.Errorf(diag.Pos{Path: name}, "unreadable", "", "cannot read: %v", err)
		return false
	case info.Mode()&fs.ModeSymlink != 0:
		l.Errorf(diag.Pos{Path: name}, "symlink", "make "+name+" a real folder", "symbolic links are not followed in content/")
		return false
	case !info.IsDir():
		l.Errorf(diag.Pos{Path: name}, "not-a-folder", "make "+name+" a folder", "this should be a folder, but it is a file")
		return false
	}
	return true
}

// isHidden reports names editors and systems leave behind: dotfiles,
// backups ending in ~, and vim's swap and probe files.
func isHidden(name string) bool { return IsIgnored(name) }

// IsIgnored reports names editors and systems leave behind, which tandem
// never reads: dotfiles, names starting with "_", backups ending in "~",
// vim's swap files and its "4913" probe file.
func IsIgnored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || name == "4913"
}

// isFile reports whether name is a regular file, not a link to one: a
// folder whose index.md is a link is no bundle, and the link is reported.
func isFile(site fs.FS, name string) bool {
	info, err := fs.Lstat(site, name)
	return err == nil && info.Mode().IsRegular()
}

// LoadBundle reads the bundle post in folder dir (its index.md and files).
func LoadBundle(site fs.FS, dir string) (*Post, diag.List) { return loadBundle(site, dir, nil) }

// loadBundle is LoadBundle; lines is as for split.
func loadBundle(site fs.FS, dir string, lines *bufio.Reader) (*Post, diag.List) {
	post, problems := loadFile(site, path.Join(dir, "index.md"), lines)
	if post == nil {
		return nil, problems
	}
	problems.Add(addBundle(site, post, dir)...)
	return post, problems
}

// addBundle makes post the index.md of the bundle folder dir: it sets the
// name and default slug from the folder and reads the bundle's files.
func addBundle(site fs.FS, post *Post, dir string) diag.List {
	var problems diag.List
	post.Bundle = dir
	post.Name = trimDate(path.Base(dir))
	if post.Meta == nil || !post.Meta.Has("slug") {
		post.Slug = Slugify(post.Name)
	}
	err := fs.WalkDir(site, dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || name == dir {
			return err
		}
		if !CheckName(name, d.IsDir(), &problems) {
			return skip(d)
		}
		if isHidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			problems.Errorf(diag.Pos{Path: name}, "symlink", "copy the file into the bundle instead of linking to it",
				"symbolic links are not followed in content/")
			return nil
		}
		if d.IsDir() || name == post.Path {
			return nil
		}
		f, probs := bundleFile(site, dir, name)
		problems.Add(probs...)
		if f != nil {
			post.Files = append(post.Files, *f)
		}
		return nil
	})
	if err != nil {
		problems.Errorf(diag.Pos{Path: dir}, "unreadable", "check that you may read the folder and every file in it", "cannot read the bundle: %v", err)
	}
	// The walk visits "img/x.png" before "img-2.png"; Files promises name order.
	slices.SortFunc(post.Files, func(a, b File) int { return strings.Compare(a.Name, b.Name) })
	h := sha256.New()
	h.Write(post.Hash[:])
	for _, f := range post.Files {
		h.Write([]byte(f.Name + "\x00"))
		h.Write(f.Hash[:])
	}
	h.Sum(post.Hash[:0])
	return problems
}

func bundleFile(site fs.FS, dir, name string) (*File, diag.List) {
	var problems diag.List
	data, size, err := readLimited(site, name, MaxBundleFileSize)
	switch {
	case err != nil:
		problems.Errorf(diag.Pos{Path: name}, "unreadable", "check that the file is still there and that you may read it (its permissions)", "cannot read: %v", err)
		return nil, problems
	case data == nil:
		problems.Errorf(diag.Pos{Path: name}, "file-too-large", "make the image smaller (a photo for the web needs a few hundred kilobytes)",
			"the file is %d MiB; bundle files may be at most %d MiB", size>>20, MaxBundleFileSize>>20)
		return nil, problems
	}
	return &File{Name: strings.TrimPrefix(name, dir+"/"), Source: name, Size: int64(len(data)), Hash: sha256.Sum256(data)}, problems
}

// LoadFile reads one post file. It returns nil only when the file cannot
// be used at all (unreadable, too large, not text).
func LoadFile(site fs.FS, name string) (*Post, diag.List) { return loadFile(site, name, nil) }

// loadFile is LoadFile; lines is as for split.
func loadFile(site fs.FS, name string, lines *bufio.Reader) (*Post, diag.List) {
	var problems diag.List
	data, size, err := readLimited(site, name, MaxPostSize)
	switch {
	case err != nil:
		problems.Errorf(diag.Pos{Path: name}, "unreadable", "check that the file is still there and that you may read it (its permissions)", "cannot read the post: %v", err)
		return nil, problems
	case data == nil:
		problems.Errorf(diag.Pos{Path: name, Line: 1, Col: 1}, "file-too-large", "split the post in two, or move large data into a bundle file",
			"the post is %d KiB; posts may be at most %d KiB", (size+1023)>>10, MaxPostSize>>10)
		return nil, problems
	}
	post, probs := parse(name, data, lines)
	problems.Add(probs...)
	return post, problems
}

// readLimited opens name once and reads it whole when it holds at most
// limit bytes; for a larger file it returns nil data and the size. One
// open instead of a size query and then a read halves the path lookups,
// which an os.Root makes one folder at a time.
func readLimited(site fs.FS, name string, limit int64) (data []byte, size int64, err error) {
	f, err := site.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	if !info.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%s is not a regular file", name)
	}
	if size = info.Size(); size > limit {
		return nil, size, nil
	}
	// Room for one byte more than the size, so a file that grew since is
	// still read to its end, and the limit still holds.
	data = make([]byte, 0, size+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		switch {
		case err == io.EOF:
			return data, int64(len(data)), nil
		case err != nil:
			return nil, 0, err
		case int64(len(data)) > limit:
			return nil, int64(len(data)), nil
		case len(data) == cap(data):
			data = slices.Grow(data, 4096)
		}
	}
}

// Parse decodes a post from its file contents. name is the path below the
// site root, used in problems and to derive the default slug. The post's
// Body is the end of data, not a copy (a post is read into a buffer of
// its own size, and copying every body would double what loading
// allocates): data must not change afterwards.
func Parse(name string, data []byte) (*Post, diag.List) { return parse(name, data, nil) }

// parse is Parse; lines is as for split.
func parse(name string, data []byte, lines *bufio.Reader) (*Post, diag.List) {
	data = Normalize(data) // first, so positions count lines as everywhere else
	problems := checkText(name, data)
	if problems.HasErrors() {
		return nil, problems
	}
	hash := sha256.Sum256(data)
	doc, probs := split(name, data, lines)
	problems.Add(probs...)
	post := &Post{Path: name, Name: trimDate(strings.TrimSuffix(path.Base(name), ".md")), Body: doc.Body, BodyLine: doc.BodyLine, Hash: hash}
	if probs.HasErrors() {
		return post, problems
	}
	m, probs := ParseFront(name, doc)
	problems.Add(probs...)
	if probs.HasErrors() {
		return post, problems // unreadable front matter: no field can be trusted
	}
	decodePost(post, m, &problems)
	post.Meta = m.Places()
	problems.Add(CheckBody(post)...)
	return post, problems
}

func decodePost(p *Post, m *metadata.Map, l *diag.List) {
	m.WarnUnknown(Fields(), "a post", l)
	p.Title = m.String("title", true, l)
	p.Date = m.Date("date", true, l)
	p.Authors = atMost(m.Refs("authors", l), MaxAuthors, "authors", m, l)
	p.Round = metadata.Ref{Key: m.String("round", false, l), Pos: m.Pos("round")}
	p.Tandem = metadata.Ref{Key: m.String("tandem", false, l), Pos: m.Pos("tandem")}
	p.Kind = m.Enum("kind", KindDiary, Kinds(), l)
	p.Tags = uniqueStrings(atMost(m.Strings("tags", l), MaxTags, "tags", m, l))
	p.Summary = m.String("summary", false, l)
	checkTexts(p, m, l)
	p.Slug = m.String("slug", false, l)
	if p.Slug == "" {
		p.Slug = Slugify(p.Name)
	}
	p.Status = m.Enum("status", StatusDraft, Statuses(), l)
	p.Review = decodeReview(m, l)
}

func decodeReview(m *metadata.Map, l *diag.List) Review {
	r := m.Sub("review", l)
	if r == nil {
		return Review{}
	}
	r.WarnUnknown([]string{"submitted_at", "approved_by", "approved_at", "digest", "signature", "changes_requested"}, "the review block", l)
	rev := Review{
		SubmittedAt: r.Date("submitted_at", false, l),
		ApprovedBy:  r.String("approved_by", false, l),
		ApprovedAt:  r.Date("approved_at", false, l),
		Digest:      r.String("digest", false, l),
		Signature:   r.String("signature", false, l),
		Pos:         m.Pos("review"),
	}
	if c := r.Sub("changes_requested", l); c != nil {
		c.WarnUnknown([]string{"by", "at", "note"}, "changes_requested", l)
		rev.ChangesRequested = &ChangeRequest{By: c.String("by", false, l), At: c.Date("at", false, l), Note: c.String("note", false, l)}
	}
	return rev
}

// trimDate removes a leading "YYYY-MM-DD-" from a file name.
func trimDate(name string) string {
	if len(name) > 11 && name[4] == '-' && name[7] == '-' && name[10] == '-' && isDigits(name[:4]+name[5:7]+name[8:10]) {
		return name[11:]
	}
	return name
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// uniqueStrings returns in without repeats, in the order first written.
func uniqueStrings(in []string) []string {
	if len(in) < 2 {
		return in
	}
	seen := make(map[string]bool, len(in))
	out := make([]string, 0, len(in))
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
