package render

import (
	"bytes"
	"html/template"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// Parts of pages that many pages share are rendered once and inserted as
// ready HTML: html/template runs an escaping function, through
// reflection, for every value it prints, so printing a post's card once
// instead of once per list it appears in is most of a fast build.

// chrome is what every page shares: the end of its head, the site header
// (one per navigation state) and the footer.
type chrome struct {
	head, footer template.HTML
	headers      map[Nav]template.HTML
}

// chrome renders the shared parts of the pages of s once, each from a
// page holding only what every page has (see Page.Head).
func (r *Renderer) chrome(s *site.Site, ks *keying) (c chrome, err error) {
	shared := func(kind string) *Page {
		return &Page{Programme: programmeView(s, ks), Preview: s.Preview, Base: r.base, T: r.strings.text, Nav: navFor(kind), Kind: kind}
	}
	c.headers = map[Nav]template.HTML{}
	for _, kind := range []string{"home", "rounds", "tandems", "tags", "authors", "review"} {
		if c.headers[navFor(kind)], err = r.fragment("site-header", shared(kind)); err != nil {
			return c, err
		}
	}
	if c.head, err = r.fragment("site-head", shared("")); err != nil {
		return c, err
	}
	c.footer, err = r.fragment("site-footer", shared(""))
	return c, err
}

// dress gives p the shared parts, what its <head> prints and its cards
// joined (a job of a file has no page).
func (c chrome) dress(p *Page) {
	if p != nil {
		p.Head, p.Header, p.Footer = c.head, c.headers[p.Nav], c.footer
		p.headFacts()
		p.HeadMeta = p.headMeta()
		p.PostsHTML, p.RelatedHTML = joinCards(p.Posts), joinCards(p.Related)
	}
}

// tandemAside returns the box of tv beside its posts (Page.TandemAside),
// rendered from the theme's "post-tandem" template when the first page
// asks for it, and then given to every page of the tandem's posts: it is
// made from nothing but the post page's frame and tv, which the keys of
// those pages cover. A theme without the template gets nothing.
func (pl *planner) tandemAside(tv *TandemView) func() (template.HTML, error) {
	if pl.r.pages["post"].Lookup("post-tandem") == nil {
		return noAside
	}
	return sync.OnceValues(func() (template.HTML, error) {
		p := &Page{Programme: pl.prog, Preview: pl.s.Preview, Base: pl.r.base, T: pl.r.strings.text, Nav: navFor("post"), Kind: "post", Tandem: tv}
		return pl.r.fragmentOf("post", "post-tandem", p)
	})
}

// noAside is the box of a post without a tandem.
func noAside() (template.HTML, error) { return "", nil }

// fragment executes one named template of the theme.
func (r *Renderer) fragment(name string, data any) (template.HTML, error) {
	return r.fragmentOf("home", name, data)
}

// fragmentOf executes one named template of the templates of a kind of
// page.
func (r *Renderer) fragmentOf(kind, name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := r.pages[kind].ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}

// Nav marks the navigation entry of the current page (for aria-current).
type Nav struct {
	Rounds, Tandems, Tags, Authors, Review bool
}

func navFor(kind string) Nav {
	return Nav{
		Rounds:  kind == "rounds" || kind == "round" || kind == "report" || kind == "programme-report",
		Tandems: kind == "tandems" || kind == "tandem",
		Tags:    kind == "tags" || kind == "tag",
		Authors: kind == "authors" || kind == "author",
		Review:  kind == "review",
	}
}

// joinCards is the HTML of cards one after the other: what a template
// printing each card's HTML in turn writes, with one value to print
// instead of one per card. Each card's HTML is html/template's output,
// a run of whole elements, so the run of them is HTML just as safe.
func joinCards(cards []*Card) template.HTML {
	n := 0
	for _, c := range cards {
		n += len(c.HTML)
	}
	var b strings.Builder
	b.Grow(n)
	for _, c := range cards {
		b.WriteString(string(c.HTML))
	}
	return template.HTML(b.String())
}
