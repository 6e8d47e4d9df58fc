package check

import (
	"bytes"
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// InPosts reports, as warnings, what tandem check finds in the Markdown
// of the given posts of a compiled site: the links and images that lead
// to no page or file of it (the errors Links reports; a link to a
// held-back post is not one, the dev server shows that post) and the
// images without alt text or with a file name as alt text (Photos), each
// at the line and column it was written, with what to do. The dev server
// runs it after every build, on the posts saved: the author reads there,
// without a check, why an image is a broken icon or a link leads
// nowhere, and the page still reloads. It checks links with the quick
// scan (quick.go), so only posts with a bad address are parsed for them,
// and parses for alt text only a post that shows an image; ctx stops it
// early, and then what it returns is of no use.
func InPosts(ctx context.Context, c *build.Compiled, posts []*site.Post) diag.List {
	lc := newChecker(c.Site, compiledFilesOf(c))
	parse := newParsers()
	named := fileName()
	bad := make([][]badRef, len(posts))
	alt := make([]diag.List, len(posts))
	_ = workers.ForEachContext(ctx, len(posts), func(i int) { // the caller looks at the context
		_, bad[i], _, _ = lc.postLinks(parse, posts[i])
		if bytes.Contains(posts[i].Body, []byte("![")) {
			altText(mdlinks.Images(parse.linkify, posts[i].Post), named, &alt[i])
		}
	})
	var l diag.List
	for i, refs := range bad {
		for _, b := range refs {
			if b.md == nil || b.held != nil {
				continue
			}
			p := lc.problem(b, b.md)
			p.Severity = diag.Warning
			l.Add(p)
		}
		l.Add(alt[i]...)
	}
	l.Sort()
	return l
}

// compiledFiles is everything a compiled site serves, by path below
// the base path: its outputs and its copies, each sorted by path and
// searched as it is (a set of every path, made again at every save of
// the dev server, costs more than checking the saved posts), and its
// static files.
type compiledFiles struct {
	outputs []render.Output
	copies  []render.Copy
	static  files
}

func compiledFilesOf(c *build.Compiled) compiledFiles {
	f := compiledFiles{outputs: c.Result.Outputs, copies: c.Result.Copies, static: files{}}
	for _, cp := range c.Static {
		f.static[cp.Path] = true
	}
	for _, p := range c.Result.Originals { // photos whose derivatives stand in for them
		f.static[p] = true
	}
	for _, dir := range wordFolders() {
		f.static[dir+"*"] = true
	}
	return f
}

// wordFolders are the folders of the search index's vocabulary and
// postings, whose files are named by the posts' words: as in an outline
// (render.Outline's Folders), every file in them is served to a link
// check, so that the words of a post decide no finding in another.
func wordFolders() []string {
	_, folders := search.Paths(0)
	for i, f := range folders {
		folders[i] = site.SearchRoot + f
	}
	return folders
}

// WordFile reports whether path is in a folder of the search index's
// vocabulary or postings (see wordFolders): no finding of InPosts
// depends on whether a site serves it, so the dev server need not check
// every post again when a save adds or removes one (a new word).
func WordFile(path string) bool {
	for _, dir := range wordFolders() {
		if strings.HasPrefix(path, dir) && !strings.Contains(path[len(dir):], "/") {
			return true
		}
	}
	return false
}

// is reports whether p is the path of a file.
func (f compiledFiles) is(p string) bool {
	_, out := slices.BinarySearchFunc(f.outputs, p, func(o render.Output, p string) int { return strings.Compare(o.Path, p) })
	_, cp := slices.BinarySearchFunc(f.copies, p, func(c render.Copy, p string) int { return strings.Compare(c.Path, p) })
	return out || cp || f.static[p]
}

// has reports whether a request for rel is served (see served).
func (f compiledFiles) has(rel string) bool { return served(f.is, rel) }

func (f compiledFiles) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, o := range f.outputs {
			if !yield(o.Path) {
				return
			}
		}
		for _, c := range f.copies {
			if !yield(c.Path) {
				return
			}
		}
		for p := range f.static {
			if !yield(p) {
				return
			}
		}
	}
}
