package render

import (
	"fmt"
	"slices"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// planner collects what one render makes: the jobs of the groups whose
// inputs changed, and the outputs of the others, taken from the cache.
type planner struct {
	cache *Cache
	jobs  []job
	kept  []Output
	// outline is set to only list the files (see Outline): file then
	// notes the path in files instead of making the file.
	outline bool
	// unkeyed is set when the cache is thrown away after this plan (a
	// stream or an outline): its pages and files then get no keys, which
	// only a later render with the same cache would read.
	unkeyed bool
	files   []string
	// made waits for the files being made (see file).
	made   sync.WaitGroup
	making []making
	// later holds the planning of the groups not taken from the cache,
	// left for planLater.
	later []deferred
}

// deferred is the planning of a group, or of one page of a paginated
// list, left for the end of the plan: planLater then makes them all on
// every core and adds their jobs in the order they were planned, so the
// order of the jobs does not depend on timing. The planning functions
// only read the site and the views.
type deferred struct {
	g     *group
	first int // the index in g of the first page plan makes
	plan  func() []job
}

// planLater makes the deferred plans and adds their jobs.
func (pl *planner) planLater() {
	planned := make([][]job, len(pl.later))
	workers.ForEach(len(pl.later), func(i int) { planned[i] = pl.later[i].plan() })
	n := len(pl.jobs)
	for _, jobs := range planned {
		n += len(jobs)
	}
	pl.jobs = slices.Grow(pl.jobs, n-len(pl.jobs))
	for i, d := range pl.later {
		if d.g.pages == nil {
			d.g.pages = make([]cachedPage, len(planned[i]))
		}
		for k, j := range planned[i] {
			pl.add(j, d.g, d.first+k)
		}
	}
	pl.later = nil
}

// group plans the pages of group name, made from sig and views: it takes
// them from the cache when the group was made from the very same inputs
// last time, and otherwise adds the jobs plan returns (in planLater).
func (pl *planner) group(name, sig string, views []*PostView, plan func() []job) {
	if pages, ok := pl.cache.reuse(name, sig, views); ok {
		for _, p := range pages {
			pl.kept = append(pl.kept, Output{Path: p.path, Data: p.data})
		}
		return
	}
	// A copy: callers may pass views on the stack.
	g := &group{name: name, sig: sig, views: slices.Clone(views)}
	pl.later = append(pl.later, deferred{g: g, plan: plan})
}

// add adds the job that makes page i of group g.
func (pl *planner) add(j job, g *group, i int) {
	j.group, j.index = g, i
	pl.jobs = append(pl.jobs, j)
}

// file is a group of one file that make writes directly (a feed, the
// sitemap). When sig or views changed, key (if not nil) is asked for a
// key over what the file shows, and the file is made again only when
// that changed too. make runs on a goroutine of its own, while the
// pages execute; finish waits for it.
func (pl *planner) file(path, sig string, views []*PostView, key func() [32]byte, make func() []byte) {
	if pl.outline {
		pl.files = append(pl.files, path)
		return
	}
	pages, ok := pl.cache.reuse(path, sig, views)
	if !ok {
		var k [32]byte
		if key != nil && !pl.unkeyed {
			k = key()
		}
		old := pl.cache.groups[path]
		if key == nil || old == nil || old.pages[0].key != k {
			g := &group{name: path, sig: sig, views: views, pages: []cachedPage{{path: path, key: k}}}
			pl.cache.store(g)
			file := &g.pages[0]
			pl.making = append(pl.making, making{at: len(pl.kept), file: file})
			pl.kept = append(pl.kept, Output{Path: path})
			pl.made.Go(func() { file.data = make() })
			return
		}
		pages = old.pages
		pl.cache.store(&group{name: path, sig: sig, views: views, pages: pages})
	}
	pl.kept = append(pl.kept, Output{Path: path, Data: pages[0].data})
}

// making is a file being made: its place in kept, and its cached page,
// which gets the data.
type making struct {
	at   int
	file *cachedPage
}

// finish keeps the groups of the jobs, now executed into outputs, for the
// next render, leaving out any group with a page that failed (so it is
// tried again). It returns the outputs taken from the cache.
func (pl *planner) finish(outputs []Output, errs []error) []Output {
	pl.made.Wait()
	for _, m := range pl.making {
		pl.kept[m.at].Data = m.file.data
	}
	failed := map[*group]bool{}
	for i, j := range pl.jobs {
		if errs[i] != nil {
			failed[j.group] = true
		}
		j.group.pages[j.index] = cachedPage{path: j.path, key: j.key, data: outputs[i].Data}
	}
	for i, j := range pl.jobs {
		if !failed[j.group] && (i == 0 || pl.jobs[i-1].group != j.group) {
			pl.cache.store(j.group)
		}
	}
	pl.cache.sweep()
	return pl.kept
}

// programmeKeys are fingerprints of the programme as pages show it: of
// programme.yaml (shown on every page), and of each tandem file (shown on
// its tandem's page, its round's pages and the site-wide pages). A
// fingerprint is the programme's values printed with %#v, so it covers
// every field, including ones added later.
type programmeKeys struct {
	of      *programme.Programme
	base    string
	tandems map[*programme.Tandem]string
	all     string            // of every tandem
	ids     string            // of every tandem's id (and so address)
	rounds  map[string]string // of each round's tandems, by round id
}

// programmeKeys returns the fingerprints of p, computed once per
// programme.
func (c *Cache) programmeKeys(p *programme.Programme) *programmeKeys {
	if c.progKeys != nil && c.progKeys.of == p {
		return c.progKeys
	}
	rest := *p
	rest.Tandems = nil
	k := &programmeKeys{of: p, base: fmt.Sprintf("%#v", rest), tandems: map[*programme.Tandem]string{}, rounds: map[string]string{}}
	all, ids := newKeyer(), newKeyer()
	for i := range p.Tandems {
		t := &p.Tandems[i]
		k.tandems[t] = fmt.Sprintf("%#v", *t)
		all.str(k.tandems[t])
		ids.str(t.ID)
	}
	sum := all.sum()
	k.all = string(sum[:])
	sum = ids.sum()
	k.ids = string(sum[:])
	c.progKeys = k
	return k
}

// keyer returns a new keyer, or nil (which makes no key) when the plan
// is unkeyed.
func (pl *planner) keyer(parts ...string) *keyer {
	if pl.unkeyed {
		return nil
	}
	return newKeyer(parts...)
}

// siteSalt goes into every key: what any page may show beyond its own
// posts: the programme, the time and mode of the build, and which people
// have author pages (links to author pages exist only for people with
// posts). It is hashed once, so it adds 32 bytes to each key.
func siteSalt(s *site.Site, keys *programmeKeys) string {
	k := newKeyer(fmt.Sprintf("%t|%s|%s", s.Preview, s.Now.UTC().Format("2006-01-02T15:04:05"), s.BasePath), keys.base)
	for _, a := range s.Authors {
		k.str(a.Key)
	}
	sum := k.sum()
	return string(sum[:])
}

// roundKey is the fingerprint of a round's tandems, computed once per
// programme (they come from it alone).
func (k *programmeKeys) roundKey(r *site.Round) string {
	if key, ok := k.rounds[r.ID]; ok {
		return key
	}
	keys := newKeyer()
	for _, t := range r.Tandems {
		keys.str(k.tandems[t.Tandem])
	}
	sum := keys.sum()
	k.rounds[r.ID] = string(sum[:])
	return k.rounds[r.ID]
}
