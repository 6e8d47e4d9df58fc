package render

import (
	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// searchMemo is the last search index a Cache's renders made: the key
// of its inputs (every indexed post's view) and its files. A render
// whose inputs have the same key takes the files as they are; one whose
// inputs differ makes them again with the search.Cache, which keeps each
// post's weighed words by its view's key and each word's stem.
type searchMemo struct {
	key   Key
	files []search.File
	cache search.Cache
	// docs are the docs the index was last made of, sums the keys of
	// their views, preview whether they were a preview's.
	docs    []search.Doc
	sums    []Key
	preview bool
	// oneShot is a one-shot build's memo, which no render reads after:
	// the index is made with no search.Cache, which keeps nothing.
	oneShot bool
}

// search adds the search page and the files of the search index, which
// searchFiles made.
func (pl *planner) search(files []job) {
	pl.add(site.SearchRoot+site.IndexPage, "search", pl.r.strings.T("search"), site.SearchRoot, func(p *Page) { p.NoIndex = true })
	pl.jobs = append(pl.jobs, files...)
}

// searchFiles lists, given a memo, the files of the search index below
// site.SearchRoot: in production of the published posts only, in a
// preview of every post, with its state. Each file's key is its sum (a
// hash of its bytes, made where search wrote it), so a save rewrites
// only the files it changed and hashes only those. An outline (memo
// nil) gets the index files whose names follow from the number of posts
// (search.Paths), without their bytes. It reads the model and the
// posts' views only and adds no job itself, so the planner runs it
// beside its other work.
func (pl *planner) searchFiles(memo *searchMemo) []job {
	var posts []*site.Post
	for _, p := range pl.s.Posts {
		if pl.s.Preview || p.Verdict.Published() {
			posts = append(posts, p)
		}
	}
	if memo == nil {
		names, _ := search.Paths(len(posts))
		files := make([]job, len(names))
		for i, name := range names {
			files[i] = job{path: site.SearchRoot + name}
		}
		return files
	}
	k := pl.ks.keyer().str("search").int(search.Version).str(pl.s.Programme.Language).bool(pl.s.Preview).int(len(posts))
	for _, p := range posts {
		k.key(pl.ps.views[p.Number].sum)
	}
	if key := k.sum(); memo.files == nil || memo.key != key {
		memo.key = key
		c := &memo.cache
		if memo.oneShot {
			c = nil
		}
		memo.files = search.Build(pl.searchDocs(posts, memo), search.Options{Lang: pl.s.Programme.Language, Preview: pl.s.Preview}, c)
	}
	files := make([]job, len(memo.files))
	for i, f := range memo.files {
		files[i] = job{path: site.SearchRoot + f.Path, file: func() []byte { return f.Data },
			fileKey: func(k *keyer) { k.str("search").sum32(f.Sum) }}
	}
	return files
}

// searchDocs is what the index holds of posts: nothing but their views
// (which the memo's key covers) and the theme's strings. A doc's key is
// its view's, which covers its title, tags and text; a doc whose terms
// the cache keeps gets no body. The memo's docs are made again only
// where the view at their place changed, so a save makes the docs of the
// posts it changed. They are in the order search.Build takes, oldest
// first.
func (pl *planner) searchDocs(posts []*site.Post, memo *searchMemo) []search.Doc {
	if len(memo.docs) != len(posts) || memo.preview != pl.s.Preview {
		memo.docs, memo.sums, memo.preview = make([]search.Doc, len(posts)), make([]Key, len(posts)), pl.s.Preview
	}
	workers.ForEach(len(posts), func(j int) {
		// posts are newest first, the docs oldest first (search.Build).
		i, v := len(posts)-1-j, pl.ps.views[posts[j].Number]
		if memo.sums[i] == v.sum && memo.docs[i].URL != "" {
			return
		}
		memo.sums[i] = v.sum
		d := search.Doc{URL: v.Href, Title: v.Title, DateISO: v.DateISO, DateText: v.DateText, Excerpt: v.Excerpt,
			Key: string(v.sum[:]), Kind: search.Value{Key: v.Kind, Label: pl.r.strings.T(v.Kind)}}
		if len(v.DateISO) >= 4 {
			d.Year = search.Value{Key: v.DateISO[:4], Label: v.DateISO[:4]}
		}
		if v.Round != nil {
			d.Round = search.Value{Key: v.Round.Href, Label: v.Round.Name}
		}
		if v.Tandem != nil {
			d.Tandem = search.Value{Key: v.Tandem.Href, Label: v.Tandem.Name}
		}
		if !memo.cache.Has(d.Key) {
			d.HTML = string(v.Content)
		}
		d.Tags, d.Authors = searchValues(v.Tags), searchValues(v.Authors)
		if pl.s.Preview {
			d.State = v.StateText
		}
		memo.docs[i] = d
	})
	return memo.docs
}

func searchValues(links []Link) []search.Value {
	out := make([]search.Value, len(links))
	for i, l := range links {
		out[i] = search.Value{Key: l.Href, Label: l.Name}
	}
	return out
}
