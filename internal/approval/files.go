package approval

import (
	"context"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// Change is one transition applied to a loaded post, usually a closure
// over Workflow.Submit, Approve or Reject.
type Change func(p *content.Post, data []byte) (Edit, error)

// Batch applies one Change to many post files of a site. It loads the
// programme once (the caller passes it), checks only the named posts,
// and writes every changed file atomically (see Replace), syncing them to
// disk together.
//
// A batch can be stopped (Context) until every new version is written
// and synced; then no file is changed. The renames that follow are not
// stopped: they take a moment, and stopping halfway would leave some
// files changed and others not.
type Batch struct {
	// Root is the site folder.
	Root      *os.Root
	Programme *programme.Programme
	// Strict refuses posts that have errors (submit and approve do;
	// a reviewer may send back a broken post).
	Strict bool
	// Workers is how many files are handled at once; 0 means 8.
	Workers int
	// Context, when set, stops the batch once it is done, if no file was
	// replaced yet: every outcome's Err is then the context's error, and
	// every file is as it was. nil never stops.
	Context context.Context
}

// Outcome is what happened to one file.
type Outcome struct {
	// Path is the post file below the site root.
	Path string
	Edit Edit
	// Problems are the errors in the post that stopped the change.
	Problems diag.List
	// Err says why the file was not changed; nil when it was (or did not
	// need to be).
	Err error
}

// item is a file on its way through a batch.
type item struct {
	Outcome
	post   *content.Post
	data   []byte
	staged *staged
}

// Run applies change to the posts names (paths below the site root, with
// "/"), and returns one Outcome per name, in order. A file that fails
// never stops the others.
func (b Batch) Run(names []string, change Change) []Outcome {
	items := make([]*item, len(names))
	seen := map[string]bool{}
	for i, name := range names {
		items[i] = &item{Outcome: Outcome{Path: name}}
		if seen[name] {
			items[i].Err = diag.Fail(diag.T("it is named twice; it was handled once"))
		}
		seen[name] = true
	}
	dirs := newFolders(b.Root)
	defer dirs.close()
	b.each(items, func(it *item) { b.load(dirs, it) })
	if !b.stopped(items) {
		b.check(items)
		b.each(items, func(it *item) {
			it.Edit, it.Err = change(it.post, it.data)
		})
	}
	if !b.stopped(items) {
		b.write(dirs, items)
	}
	out := make([]Outcome, len(items))
	for i, it := range items {
		out[i] = it.Outcome
	}
	return out
}

// stopped reports whether the batch's context is done. Then every item
// fails with the context's error and its new version, if it was written
// already, is removed: no file is changed.
func (b Batch) stopped(items []*item) bool {
	if b.Context == nil || b.Context.Err() == nil {
		return false
	}
	for _, it := range items {
		if it.staged != nil {
			it.staged.abort()
			it.staged = nil
		}
		it.Err = b.Context.Err()
	}
	return true
}

// each runs fn on every item that has not failed yet, on Workers
// goroutines, until the batch's context is done.
func (b Batch) each(items []*item, fn func(*item)) {
	workers := b.Workers
	if workers <= 0 {
		workers = 8
	}
	next := make(chan *item)
	var wg sync.WaitGroup
	for range min(workers, len(items)) {
		wg.Go(func() {
			for it := range next {
				if b.Context == nil || b.Context.Err() == nil {
					fn(it)
				}
			}
		})
	}
	for _, it := range items {
		if it.Err == nil {
			next <- it
		}
	}
	close(next)
	wg.Wait()
}

// load reads and parses one post.
func (b Batch) load(dirs *folders, it *item) {
	name := it.Path
	if !fs.ValidPath(name) || !strings.HasPrefix(name, content.PostDir+"/") || path.Ext(name) != ".md" {
		it.Err = diag.Fail(diag.T("it is not a post: posts are .md files below %s/ (for a bundle, name its folder or its index.md)", content.PostDir))
		return
	}
	dir, err := dirs.of(name)
	if err != nil {
		it.Err = diag.Fail(diag.T("cannot read it: %s", diag.TextOf(cause(err))), cause(err))
		return
	}
	info, err := dir.Lstat(path.Base(name))
	switch {
	case err != nil:
		it.Err = diag.Fail(diag.T("cannot read it: %s", diag.TextOf(cause(err))), cause(err))
		return
	case !info.Mode().IsRegular():
		it.Err = notRegular()
		return
	case info.Size() > content.MaxPostSize:
		it.Err = diag.Fail(diag.T("it is larger than %d KiB, too large for a post", content.MaxPostSize>>10))
		return
	}
	it.data, err = fs.ReadFile(dir.FS(), path.Base(name))
	if err != nil {
		it.Err = diag.Fail(diag.T("cannot read it: %s", diag.TextOf(cause(err))), cause(err))
		return
	}
	var problems diag.List
	it.post, problems = content.ParsePost(b.Root.FS(), name, it.data)
	it.Problems = errorsOnly(problems)
	if it.post == nil || it.post.Meta == nil {
		it.Err = diag.Fail(diag.T("it cannot be read as a post; fix the errors first"))
	}
}

// check validates the loaded posts together against the programme, once,
// and refuses posts with errors when the batch is strict.
func (b Batch) check(items []*item) {
	var posts []*content.Post
	owner := map[string]*item{}
	for _, it := range items {
		if it.Err == nil {
			posts = append(posts, it.post)
			owner[it.post.Path] = it
			if it.post.Bundle != "" {
				owner[it.post.Bundle] = it
			}
		}
	}
	for _, p := range validate.Check(b.Programme, posts) {
		if it := findOwner(owner, p.Path); it != nil && p.Severity == diag.Error {
			it.Problems = append(it.Problems, p)
		}
	}
	for _, it := range items {
		if it.Err == nil && b.Strict && len(it.Problems) > 0 {
			it.Problems.Sort()
			it.Err = diag.Fail(diag.T("it has %d error(s); fix them first", len(it.Problems)))
		}
	}
}

// findOwner returns the item whose post or bundle holds the file name.
func findOwner(owner map[string]*item, name string) *item {
	for p := name; p != "." && p != "/" && p != ""; p = path.Dir(p) {
		if it, ok := owner[p]; ok {
			return it
		}
	}
	return nil
}

func errorsOnly(l diag.List) diag.List {
	var out diag.List
	for _, p := range l {
		if p.Severity == diag.Error {
			out = append(out, p)
		}
	}
	return out
}

// write stages every changed file, syncs them, and renames each over its
// original.
func (b Batch) write(dirs *folders, items []*item) {
	r := replacer{syncEach: batchSyncsEach}
	b.each(items, func(it *item) {
		if !it.Edit.Changed {
			return
		}
		dir, err := dirs.of(it.Path)
		if err == nil {
			it.staged, err = r.stage(dir, it.Path, it.data, it.Edit.Data)
		}
		it.Err = err
	})
	if b.stopped(items) {
		return
	}
	if err := syncAll(b.Root); err != nil {
		for _, it := range items {
			if it.staged != nil && it.Err == nil {
				it.staged.abort()
				it.Err = diag.Fail(diag.T("cannot sync the new version to disk (the file is unchanged): %s", diag.TextOf(err)), err)
			}
		}
		return
	}
	if b.stopped(items) {
		return
	}
	b.Context = nil // from here on every file is replaced (see Batch)
	b.each(items, func(it *item) {
		if it.staged != nil {
			it.Err = r.commit(it.staged)
		}
	})
	failed := dirs.syncAll()
	for _, it := range items {
		if err, bad := failed[path.Dir(it.Path)]; bad && it.Err == nil && it.Edit.Changed {
			it.Err = err
		}
	}
}
