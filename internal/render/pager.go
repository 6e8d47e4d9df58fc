package render

import "html/template"

// pagerNav is the default theme's links between the pages of a list
// (Page.PagerHTML), made in Go from p's pager, base path and words and
// str's "page_of", as its "pager" template printed them with a dozen
// values; empty on a list of one page.
func pagerNav(p *Page, str *Strings) template.HTML {
	pg := p.Pager
	if pg == nil || pg.Total <= 1 {
		return ""
	}
	var m markup
	m.b.Grow(384)
	m.raw("\n<nav class=\"pager\" aria-label=\"")
	m.text(p.T["pagination"])
	m.raw("\">\n  ")
	if pg.PrevURL != "" {
		m.raw(`<a rel="prev" href="`)
		m.url(p.Base)
		m.url(pg.PrevURL)
		m.raw(`">← `)
		m.text(p.T["newer"])
		m.raw("</a>")
	}
	m.raw("\n  <span>")
	m.text(str.T("page_of", "n", pg.Number, "total", pg.Total))
	m.raw("</span>\n  ")
	if pg.NextURL != "" {
		m.raw(`<a rel="next" href="`)
		m.url(p.Base)
		m.url(pg.NextURL)
		m.raw(`">`)
		m.text(p.T["older"])
		m.raw(" →</a>")
	}
	m.raw("\n</nav>")
	return m.html()
}
