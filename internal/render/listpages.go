package render

import (
	"fmt"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// list adds the pages of a list of posts, page_size to a page: the first
// at url, the others at url/page/N/. fill adds what every page of the
// list has besides, from nothing but what subject writes; the list
// returned can give its first page more (see first).
func (pl *planner) list(kind, url, title string, posts []*site.Post, subject func(*keyer), fill func(*Page)) *listOf {
	l := &listOf{url: url, total: max(1, (len(posts)+pl.size-1)/pl.size), subject: subject, fill: fill}
	head := pl.inHead(kind, title, "")
	// The pager and the title of a page are made with its view, on the
	// core that builds it; planning makes only the page's address.
	for n := 1; n <= l.total; n++ {
		head.url = l.pageURL(n)
		page := &listPage{pageHead: head, list: l, n: n, chunk: posts[(n-1)*pl.size : min(n*pl.size, len(posts))]}
		pl.jobs = append(pl.jobs, job{path: head.url + site.IndexPage, page: page})
	}
	return l
}

// first gives the first page of the list what fill adds, from nothing
// but what in writes (a round's retrospectives and later posts, which
// only its first page shows): a change there makes that page again, not
// every page of the list.
func (l *listOf) first(in func(*keyer), fill func(*Page)) { l.firstIn, l.firstFill = in, fill }

// listOf is what every page of one list shares: the list's address and
// number of pages, and what its subject writes and fills in.
type listOf struct {
	url     string
	total   int
	subject func(*keyer)
	fill    func(*Page)
	// firstIn and firstFill are what only the first page has (see
	// first); nil for none.
	firstIn   func(*keyer)
	firstFill func(*Page)
}

func (l *listOf) pageURL(n int) string {
	if n == 1 {
		return l.url
	}
	return fmt.Sprintf("%spage/%d/", l.url, n)
}

// listPage is the n-th page of a list, which shows the cards of chunk.
type listPage struct {
	pageHead
	list  *listOf
	n     int
	chunk []*site.Post
}

func (lp *listPage) input(k *keyer) {
	lp.key(k)
	k.int(lp.n).int(lp.list.total)
	lp.list.subject(k)
	if k.present(lp.n == 1 && lp.list.firstIn != nil) {
		lp.list.firstIn(k)
	}
	lp.pl.ps.cardKeys(k, lp.chunk)
}

func (lp *listPage) build(p *Page) {
	lp.start(p)
	l, n := lp.list, lp.n
	l.fill(p)
	if n == 1 && l.firstFill != nil {
		l.firstFill(p)
	}
	pager := &Pager{Number: n, Total: l.total}
	if n > 1 {
		pager.PrevURL = l.pageURL(n - 1)
		p.Title = fmt.Sprintf("%s (%s)", lp.title, lp.pl.r.strings.T("page_of", "n", n, "total", l.total))
	}
	if n < l.total {
		pager.NextURL = l.pageURL(n + 1)
	}
	p.Posts, p.Pager = lp.pl.ps.cardsOf(lp.chunk), pager
	p.PagerHTML = pagerNav(p, lp.pl.r.strings)
}
