package render

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// homeLatest is how many posts the home page lists.
const homeLatest = 6

// job is one output to make: a page, executed from the view its maker
// builds (where the page is made, on every core), or a file (a feed, the
// sitemap) made by file, with its key written by fileKey. A page whose
// maker is an inputPage is keyed by its inputs (see addIn), any other by
// its view.
type job struct {
	path    string
	page    pageMaker
	file    func() []byte
	fileKey func(k *keyer)
}

// planner builds the views of one render's pages: one constructor per
// page kind, each from the model and the posts' cards and views.
type planner struct {
	r     *Renderer
	ks    *keying
	s     *site.Site
	ps    *posts
	prog  ProgrammeView
	all   PostList // every post's card, for the kinds that want them
	jobs  []job
	size  int
	round map[string]RoundView // by round id, with tandems
	// frames are the frames of the kinds planned so far (see frame).
	frames map[string]Key
	// links renders the items of the post pages' lists of links.
	links *linkItems
}

// plan lists every output of s: pages, feeds, the sitemap and the search
// index.
// With memo nil (an outline) the search index's files are left out.
func (r *Renderer) plan(s *site.Site, ps *posts, ks *keying, memo *searchMemo) []job {
	return r.planWith(s, ps, ks, memo, r.newLinkItems())
}

// planWith is plan with the given link items; an outline passes none
// (&linkItems{}), leaving the lists of links on post pages empty.
func (r *Renderer) planWith(s *site.Site, ps *posts, ks *keying, memo *searchMemo, links *linkItems) []job {
	pl := &planner{r: r, ks: ks, s: s, ps: ps, prog: programmeView(s, ks), size: s.Programme.PageSize, round: map[string]RoundView{},
		frames: map[string]Key{}, links: links}
	pl.jobs = make([]job, 0, pl.room(memo))
	if len(r.wantsAll) > 0 {
		pl.all = PostList{Posts: ps.cardsOf(s.Posts)}
		pl.all.seal(ks)
	}
	for _, round := range s.Rounds {
		pl.round[round.ID] = r.roundView(round, ks)
	}
	// The reports' figures and the search index take a pass over every
	// post each: on cores of their own while the other pages are planned.
	reports, searched := make(chan reportViews, 1), make(chan []job, 1)
	go func() { reports <- r.reportViews(s, ps, ks) }()
	go func() { searched <- pl.searchFiles(memo) }()
	pl.postPages()
	pl.overviews()
	pl.archive()
	for _, round := range s.Rounds {
		rv := pl.round[round.ID]
		var rest []*site.Post
		var pinned []*PostView
		for _, p := range round.Posts {
			if p.Kind == content.KindRetrospective {
				pinned = append(pinned, ps.views[p.Number])
			} else {
				rest = append(rest, p)
			}
		}
		feed := round.URL + site.FeedFile
		later := rest[min(pl.size, len(rest)):]
		// The retrospectives and the later posts are on the first page
		// only, which shows them: an edit there makes that page again.
		pl.list("round", round.URL, round.Title, rest, func(k *keyer) { k.key(rv.sum).str(feed) }, func(pg *Page) {
			pg.Round, pg.Feed, pg.Description = &rv, feed, rv.Summary
		}).first(func(k *keyer) {
			k.int(len(pinned))
			for _, v := range pinned {
				k.key(v.sum)
			}
			ps.cardKeys(k, later)
		}, func(pg *Page) { pg.Pinned, pg.Later = pinned, ps.cardsOf(later) })
	}
	for _, t := range s.Tandems {
		tv, diary := r.tandemView(t), t.Diary
		pl.addIn(t.URL+site.IndexPage, "tandem", tandemTitle(r, t), t.URL, func(k *keyer) { tv.key(k); ps.cardKeys(k, diary) }, func(pg *Page) {
			pg.Tandem, pg.Posts, pg.Description = &tv, ps.cardsOf(diary), r.tandemDescription(&tv)
		})
	}
	for _, tag := range s.Tags {
		tv := TagView{Name: tag.Name, Href: tag.Href, PostCount: len(tag.Posts)}
		pl.list("tag", tag.URL, tag.Name, tag.Posts, tv.key, func(pg *Page) {
			pg.Tag, pg.Description = &tv, r.strings.T("tag_description", "tag", tv.Name)
		})
	}
	for _, a := range s.Authors {
		av := personView(a)
		pl.list("author", a.URL, a.Name, a.Posts, av.key, func(pg *Page) {
			pg.Author, pg.Description = &av, r.strings.T("author_description", "name", av.Name)
		})
	}
	if s.Preview {
		pl.add(site.ReviewRoot+site.IndexPage, "review", r.strings.T("review_dashboard"), site.ReviewRoot, func(pg *Page) {
			pg.Dashboard, pg.NoIndex = r.dashboard(s), true
		})
	}
	pl.feeds()
	pl.sitemap()
	pl.search(<-searched)
	pl.reports(<-reports) // last: the planner waits for them as late as it can
	return pl.jobs
}

// room is about how many outputs the plan lists: a page per post and
// tandem, every page of the lists of posts, the search index's files as
// many as the memo holds, and a few more; the list of jobs is made this
// long at once instead of growing one doubling at a time.
func (pl *planner) room(memo *searchMemo) int {
	s := pl.s
	pages := func(posts []*site.Post) int { return max(1, (len(posts)+pl.size-1)/pl.size) }
	n := len(s.Posts) + len(s.Tandems) + pages(s.Posts) + 16*len(s.Rounds) + 64
	for _, t := range s.Tags {
		n += pages(t.Posts)
	}
	for _, a := range s.Authors {
		n += pages(a.Posts)
	}
	for _, r := range s.Rounds {
		n += pages(r.Posts)
	}
	if memo != nil {
		n += len(memo.files)
	}
	return n
}

// view builds the view of a page job; nil for a file.
func (j job) view() *Page {
	if j.page == nil {
		return nil
	}
	p := new(Page)
	j.page.build(p)
	return p
}

// pageOf builds the view of a page job into a recycled page; nil for a
// file. Give the page back with recycle once its output is made: only
// the view's key and bytes outlive it.
func (r *Renderer) pageOf(j job) *Page {
	if j.page == nil {
		return nil
	}
	p, _ := r.pageViews.Get().(*Page)
	if p == nil {
		p = new(Page)
	}
	j.page.build(p) // sets every field
	return p
}

// recycle gives back a page from pageOf.
func (r *Renderer) recycle(p *Page) {
	if p != nil {
		*p = Page{} // keeps nothing of the site alive
		r.pageViews.Put(p)
	}
}

// add adds a page of kind at path with title and url, keyed by its view,
// which fill completes.
func (pl *planner) add(path, kind, title, url string, fill func(*Page)) {
	pl.jobs = append(pl.jobs, job{path: path, page: &viewPage{pageHead: pl.head(kind, title, url), fill: fill}})
}

// viewPage is a page keyed by its view, which fill completes.
type viewPage struct {
	pageHead
	fill func(*Page)
}

func (p *viewPage) build(pg *Page) { p.start(pg); p.fill(pg) }

// overviews adds the home page, the overviews and the 404 page.
func (pl *planner) overviews() {
	r, s := pl.r, pl.s
	rounds := make([]RoundView, len(s.Rounds))
	for i, round := range s.Rounds {
		rounds[i] = pl.round[round.ID]
	}
	pl.add(site.IndexPage, "home", s.Programme.Title, "", func(p *Page) {
		p.Description = s.Programme.Description
		p.Topics = topicLinks(s)
		p.Posts = pl.ps.cardsOf(s.Posts[:min(homeLatest, len(s.Posts))])
		if s.Current != nil {
			cur := pl.round[s.Current.ID]
			p.Current = &cur
		}
	})
	pl.add(site.RoundsRoot+site.IndexPage, "rounds", r.strings.T("rounds"), site.RoundsRoot, func(p *Page) {
		p.Rounds, p.Description = rounds, r.strings.T("rounds_description")
	})
	pl.add(site.TandemsRoot+site.IndexPage, "tandems", r.strings.T("tandems"), site.TandemsRoot, func(p *Page) {
		p.Rounds, p.Description = rounds, r.strings.T("tandems_description")
	})
	pl.add(site.TagsRoot+site.IndexPage, "tags", r.strings.T("tags"), site.TagsRoot, func(p *Page) {
		p.Description = r.strings.T("tags_description")
		for _, t := range s.Tags {
			p.Tags = append(p.Tags, TagView{Name: t.Name, Href: t.Href, PostCount: len(t.Posts)})
		}
	})
	pl.add(site.AuthorsRoot+site.IndexPage, "authors", r.strings.T("authors"), site.AuthorsRoot, func(p *Page) {
		p.Description = r.strings.T("authors_description")
		for _, a := range s.Authors {
			p.Authors = append(p.Authors, personView(a))
		}
	})
	pl.add(site.NotFoundPage, "404", r.strings.T("not_found_title"), "", func(p *Page) {
		p.NoIndex, p.Description = true, r.strings.T("not_found_text")
	})
}

func tandemTitle(r *Renderer, t *site.Tandem) string {
	if t.Mentee != nil {
		return r.strings.T("tandem_with", "mentee", t.Mentee.Name)
	}
	return r.strings.T("tandem") + " " + t.ID
}

// programmeView is what every page shows of the programme.
func programmeView(s *site.Site, ks *keying) ProgrammeView {
	p := s.Programme
	v := ProgrammeView{Title: p.Title, Organisation: p.Organisation, Description: p.Description, Topics: p.Topics,
		Language: p.Language, BaseURL: p.BaseURL, Contact: Contact{Name: p.Contact.Name, Email: p.Contact.Email}}
	brandView(&v, s)
	v.seal(ks)
	return v
}

// roundView is a round as pages show it, with its tandems.
func (r *Renderer) roundView(round *site.Round, ks *keying) RoundView {
	v := RoundView{ID: round.ID, Title: round.Title, Href: round.Href, Summary: round.Summary, PostCount: len(round.Posts),
		StartText: r.strings.Date(round.Start), EndText: r.strings.Date(round.End)}
	if !round.Start.IsZero() {
		v.Start = round.Start.Format("2006-01-02")
	}
	if !round.End.IsZero() {
		v.End = round.End.Format("2006-01-02")
	}
	for _, t := range round.Tandems {
		v.Tandems = append(v.Tandems, r.tandemView(t))
	}
	v.seal(ks)
	return v
}

func personView(p *site.Person) PersonView {
	return PersonView{Key: p.Key, Name: p.Name, Department: p.Department, Href: p.Href, PostCount: len(p.Posts)}
}
