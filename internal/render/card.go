package render

import (
	"html/template"
	"strings"
)

// postCardTemplate and stateBadgeTemplate are the default theme's
// "post-card" template and the "state-badge" it calls, as their parse
// trees print them: postCard makes the cards in Go for a theme whose two
// templates are exactly these (TestPostCardAsTemplate).
const (
	postCardTemplate = "\n<article class=\"card\">{{with .Image}}\n  <img class=\"card-img\" src=\"{{.Src}}\"" +
		"{{with .Srcset}} srcset=\"{{.}}\"{{end}}{{with .Sizes}} sizes=\"{{.}}\"{{end}} width=\"{{.Width}}\" height=\"{{.Height}}\"" +
		" alt=\"\" loading=\"lazy\" decoding=\"async\">{{end}}\n  <h3>{{template \"state-badge\" .}}<a href=\"{{.Href}}\">{{.Title}}</a></h3>" +
		"\n  {{.Meta}}\n  {{with .Excerpt}}<p>{{.}}</p>{{end}}\n</article>\n"
	stateBadgeTemplate = `{{if .Unpublished}}<span class="badge state-{{.State}}">{{.StateText}}</span> {{end}}`
)

// cardInGo reports whether the cards of t, a kind's templates, are made
// by postCard: whether its "post-card" and "state-badge" are the default
// theme's. It must be asked before t is first executed (see defines).
func cardInGo(t *template.Template) bool {
	return defines(t, "post-card", postCardTemplate) && defines(t, "state-badge", stateBadgeTemplate)
}

// postCard is what postCardTemplate prints of c, whose Meta is made.
func postCard(c *Card) template.HTML {
	var m markup
	m.b.Grow(256 + len(c.Meta) + len(c.Title) + len(c.Href) + len(c.Excerpt))
	m.raw("\n<article class=\"card\">")
	if img := c.Image; img != nil {
		m.raw("\n  <img class=\"card-img\" src=\"")
		m.url(img.Src)
		m.raw(`"`)
		if img.Srcset != "" {
			m.raw(` srcset="`)
			m.srcset(img.Srcset)
			m.raw(`"`)
		}
		if img.Sizes != "" {
			m.raw(` sizes="`)
			m.text(img.Sizes)
			m.raw(`"`)
		}
		m.raw(` width="`)
		m.number(img.Width)
		m.raw(`" height="`)
		m.number(img.Height)
		m.raw(`" alt="" loading="lazy" decoding="async">`)
	}
	m.raw("\n  <h3>")
	if c.Unpublished {
		m.raw(`<span class="badge state-`)
		m.text(c.State)
		m.raw(`">`)
		m.text(c.StateText)
		m.raw("</span> ")
	}
	m.raw(`<a href="`)
	m.url(c.Href)
	m.raw(`">`)
	m.text(c.Title)
	m.raw("</a></h3>\n  ")
	m.raw(string(c.Meta))
	m.raw("\n  ")
	if c.Excerpt != "" {
		m.raw("<p>")
		m.text(c.Excerpt)
		m.raw("</p>")
	}
	m.raw("\n</article>\n")
	return m.html()
}

// srcset appends s as html/template prints a string in a quoted srcset
// attribute: each of its comma-separated sources whose address is safe
// (see url) and whose descriptor holds only ASCII letters, digits and
// white space is kept with the address normalized as url does, any other
// source replaced by "#ZgotmplZ"; the result is escaped as an attribute.
func (m *markup) srcset(s string) {
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i, source := range strings.Split(s, ",") {
		if i > 0 {
			b.WriteByte(',')
		}
		srcsetSource(&b, source)
	}
	m.text(b.String())
}

// srcsetSource appends one source of a srcset, as srcset describes.
func srcsetSource(b *strings.Builder, s string) {
	start := 0
	for start < len(s) && isHTMLSpace(s[start]) {
		start++
	}
	end := start
	for end < len(s) && !isHTMLSpace(s[end]) {
		end++
	}
	address, descriptor := s[start:end], s[end:]
	if !safeURL(address) || strings.IndexFunc(descriptor, notSpaceOrAlnum) >= 0 {
		b.WriteString("#ZgotmplZ")
		return
	}
	b.WriteString(s[:start])
	for i := 0; i < len(address); i++ {
		if keptInURL(address, i) {
			b.WriteByte(address[i])
		} else {
			b.WriteString(percentEncoded(address[i]))
		}
	}
	b.WriteString(descriptor)
}

// isHTMLSpace reports whether c is ASCII white space as HTML knows it.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// notSpaceOrAlnum reports whether r is neither HTML white space nor an
// ASCII letter or digit.
func notSpaceOrAlnum(r rune) bool {
	return !(r < 0x80 && (isHTMLSpace(byte(r)) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'))
}
