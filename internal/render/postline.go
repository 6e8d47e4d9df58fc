package render

import "html/template"

// postLine is the default theme's line under a post's title on its page
// (Page.PostLine): the date, the authors, the diary or round, the kind
// and the reading time, with str's words, made in Go from v as post.html
// printed it with a dozen values or more.
func postLine(v *PostView, str *Strings) template.HTML {
	var m markup
	m.b.Grow(256)
	m.raw(`<time datetime="`)
	m.text(v.DateISO)
	m.raw(`">`)
	m.text(v.DateText)
	m.raw(`</time>`)
	if len(v.Authors) > 0 {
		m.raw(" · ")
		m.authors(v.Authors, str)
	}
	switch {
	case v.Tandem != nil:
		m.raw(` · <a href="`)
		m.url(v.Tandem.Href)
		m.raw(`">`)
		m.text(str.text["diary_of"])
		m.raw(" – ")
		m.text(v.Tandem.Name)
		m.raw("</a>")
	case v.Round != nil:
		m.raw(" · ")
		m.anchor(*v.Round)
	}
	if v.KindText != "" {
		m.raw(` · <span class="kind">`)
		m.text(v.KindText)
		m.raw("</span>")
	}
	m.raw("\n      · ")
	m.text(str.T("reading_time", "n", v.ReadMinutes))
	return m.html()
}

// cardMeta is what the default theme's "post-meta" template prints of c
// (Card.Meta): its date, authors, round and kind, with str's words.
func cardMeta(c *Card, str *Strings) template.HTML {
	var m markup
	m.b.Grow(256)
	m.raw("\n<p class=\"meta\">\n  <time datetime=\"")
	m.text(c.DateISO)
	m.raw(`">`)
	m.text(c.DateText)
	m.raw(`</time>`)
	if len(c.Authors) > 0 {
		m.raw(`<span class="meta-by"> · `)
		m.authors(c.Authors, str)
		m.raw("</span>")
	}
	if c.Round != nil {
		m.raw(`<span class="meta-round"> · `)
		m.anchor(*c.Round)
		m.raw("</span>")
	}
	if c.KindText != "" {
		m.raw(` · <span class="kind">`)
		m.text(c.KindText)
		m.raw("</span>")
	}
	m.raw("\n</p>\n")
	return m.html()
}

// authors appends the word "by" and the authors, each linked to their
// page where they have one.
func (m *markup) authors(list []Link, str *Strings) {
	m.text(str.T("by"))
	m.raw(" ")
	for i, a := range list {
		if i > 0 {
			m.raw(", ")
		}
		if a.Href == "" {
			m.text(a.Name)
		} else {
			m.anchor(a)
		}
	}
}

// anchor appends l as a link.
func (m *markup) anchor(l Link) {
	m.raw(`<a href="`)
	m.url(l.Href)
	m.raw(`">`)
	m.text(l.Name)
	m.raw("</a>")
}

// prevNext is the default theme's links to a post's neighbours in its
// diary (Page.PrevNext), with the words of text; empty without either.
func prevNext(v *PostView, text map[string]string) template.HTML {
	if v.Prev == nil && v.Next == nil {
		return ""
	}
	var m markup
	m.raw("\n  <nav class=\"prevnext\" aria-label=\"")
	m.text(text["diary"])
	m.raw("\">\n    ")
	m.neighbour(v.Prev, "prev", text["previous"])
	m.raw("\n    ")
	m.neighbour(v.Next, "next", text["next"])
	m.raw("\n  </nav>\n  ")
	return m.html()
}

// neighbour appends the link to a neighbour l, if any, with its rel and
// the word that says which neighbour it is.
func (m *markup) neighbour(l *Link, rel, word string) {
	if l == nil {
		return
	}
	m.raw(`<a rel="` + rel + `" href="`)
	m.url(l.Href)
	m.raw(`"><span>`)
	m.text(word)
	m.raw("</span> ")
	m.text(l.Name)
	m.raw("</a>")
}

// postAside is the default theme's box beside a post (Page.PostAside),
// made of p's tandem box, its diary's and its tags' items and the words
// of p.T, as post.html printed it with a dozen values.
func postAside(p *Page) template.HTML {
	var m markup
	m.b.Grow(len(p.TandemAside) + len(p.DiaryItems) + len(p.TagItems) + 512)
	m.raw("<aside class=\"post-aside\" aria-label=\"")
	m.text(p.T["about_post"])
	m.raw("\">\n  ")
	m.raw(string(p.TandemAside))
	m.raw("\n  ")
	if len(p.Diary) > 0 {
		m.raw("\n  <section aria-labelledby=\"aside-diary\">\n    <h2 id=\"aside-diary\">")
		m.text(p.T["more_from_diary"])
		m.raw("</h2>\n    <ul class=\"aside-list\">")
		m.raw(string(p.DiaryItems))
		m.raw("</ul>\n    ")
		if p.Tandem != nil {
			m.raw("<p>")
			m.anchor(Link{Name: p.T["whole_diary"], Href: p.Tandem.Href})
			m.raw("</p>")
		}
		m.raw("\n  </section>\n  ")
	}
	m.raw("\n  ")
	if p.Post != nil && len(p.Post.Tags) > 0 {
		m.raw("\n  <section aria-labelledby=\"aside-tags\">\n    <h2 id=\"aside-tags\">")
		m.text(p.T["tags"])
		m.raw("</h2>\n    <ul class=\"tags\">")
		m.raw(string(p.TagItems))
		m.raw("</ul>\n  </section>\n  ")
	}
	m.raw("\n</aside>")
	return m.html()
}
