package render

import (
	"bytes"
	"html/template"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Parts of pages that many pages share are rendered once and inserted as
// ready HTML: html/template runs an escaping function, through
// reflection, for every value it prints, so printing a post's card once
// instead of once per list it appears in is most of a fast build.

// cards renders the card of every new view (a kept view keeps its card).
// A view whose card fails is dropped from the cache, so the next render
// tries again and reports the problem again.
func (r *Renderer) cards(fresh []*PostView, cache *Cache) diag.List {
	errs := make([]error, len(fresh))
	workers.ForEach(len(fresh), func(i int) {
		fresh[i].Card, errs[i] = r.fragment("post-card", fresh[i])
	})
	for i, err := range errs {
		if err != nil {
			delete(cache.views, fresh[i].Post.Path)
		}
	}
	return r.sources.failures(errs, func(i int) string { return "the card of " + fresh[i].Post.Path }, cardHint)
}

// chrome is what every page shares: the end of its head, the site header
// (one per navigation state) and the footer.
type chrome struct {
	head, footer template.HTML
	headers      map[Nav]template.HTML
}

// chrome renders the shared parts of the pages of s once.
func (r *Renderer) chrome(s *site.Site) (c chrome, err error) {
	c.headers = map[Nav]template.HTML{}
	for _, kind := range []string{"home", "rounds", "tandems", "tags", "authors", "review"} {
		nav := navFor(kind)
		if c.headers[nav], err = r.fragment("site-header", &Page{Site: s, Base: r.base, T: r.strings.text, Kind: kind, Nav: nav}); err != nil {
			return c, err
		}
	}
	shared := &Page{Site: s, Base: r.base, T: r.strings.text}
	if c.head, err = r.fragment("site-head", shared); err != nil {
		return c, err
	}
	c.footer, err = r.fragment("site-footer", shared)
	return c, err
}

// dress gives p its navigation state and the shared parts.
func (c chrome) dress(p *Page) {
	p.Nav = navFor(p.Kind)
	p.Head, p.Header, p.Footer = c.head, c.headers[p.Nav], c.footer
}

// fragment executes one named template of the theme.
func (r *Renderer) fragment(name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := r.pages["home"].ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}
