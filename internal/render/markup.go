package render

import (
	"cmp"
	"html/template"
	"strconv"
	"strings"
)

// markup builds a part of the default theme's markup in Go, printing
// each value as html/template prints a string at that place: what a
// template printing many values per page would do with one reflective
// call of an escaping function per value (two or three in an address).
// TestMarkupAsTemplate holds each part against the template it replaces,
// with values that need every kind of escaping.
type markup struct{ b strings.Builder }

// raw appends s as it is: markup of the theme's own.
func (m *markup) raw(s string) { m.b.WriteString(s) }

// text appends s as html/template prints a string in text, in a <title>
// or in a quoted attribute other than an address: the characters of its
// escaping table replaced, everything else as it is.
func (m *markup) text(s string) {
	done := 0
	for i := 0; i < len(s); i++ {
		if rep := escaped(s[i]); rep != "" {
			m.b.WriteString(s[done:i])
			m.b.WriteString(rep)
			done = i + 1
		}
	}
	m.b.WriteString(s[done:])
}

// escaped is what html/template writes for the byte c in text or an
// attribute, or "" when it writes c itself.
func escaped(c byte) string {
	switch c {
	case 0:
		return "\uFFFD"
	case '"':
		return "&#34;"
	case '&':
		return "&amp;"
	case '\'':
		return "&#39;"
	case '+':
		return "&#43;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	}
	return ""
}

// number appends n as html/template prints an int.
func (m *markup) number(n int) { m.b.WriteString(strconv.Itoa(n)) }

// url appends s as html/template prints a string that starts the value
// of an address attribute (href, src): an address with a scheme other
// than http, https or mailto is replaced by "#ZgotmplZ", the bytes an
// address may not hold are percent-encoded (an encoded byte is kept), and
// the result is escaped as an attribute.
func (m *markup) url(s string) {
	if !safeURL(s) {
		s = "#ZgotmplZ"
	}
	done := 0
	for i := 0; i < len(s); i++ {
		if keptInURL(s, i) {
			continue
		}
		m.text(s[done:i])
		m.b.WriteString(percentEncoded(s[i]))
		done = i + 1
	}
	m.text(s[done:])
}

// safeURL reports whether html/template lets the address s through: it
// has no scheme, or http, https or mailto.
func safeURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	return !ok || strings.Contains(scheme, "/") ||
		strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

// percentEncoded is c percent-encoded, in lower-case hex as html/template
// writes it.
func percentEncoded(c byte) string {
	return "%" + strconv.FormatUint(uint64(c)>>4, 16) + strconv.FormatUint(uint64(c)&15, 16)
}

// keptInURL reports whether html/template's address normalizer keeps the
// byte s[i] as it is: unreserved and reserved characters, and a percent
// sign that starts an encoded byte.
func keptInURL(s string, i int) bool {
	c := s[i]
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case c == '%':
		return i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2])
	}
	return strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// html returns what was built.
func (m *markup) html() template.HTML { return template.HTML(m.b.String()) }

// headMeta is the default theme's <head> from the <title> to og:url
// (Page.HeadMeta), made from the fields headFacts sets and p's post's
// cover: what base.html printed as thirteen values or more on every page.
func (p *Page) headMeta() template.HTML {
	var m markup
	m.b.Grow(512 + 3*len(p.MetaDescription))
	m.raw("<title>")
	m.text(p.HeadTitle)
	m.raw("</title>")
	if p.MetaDescription != "" {
		m.raw("\n<meta name=\"description\" content=\"")
		m.text(p.MetaDescription)
		m.raw("\">")
	}
	if p.NoIndex {
		m.raw("\n<meta name=\"robots\" content=\"noindex\">")
	}
	m.raw("\n<meta name=\"generator\" content=\"tandem\">")
	if p.Canonical != "" {
		m.raw("\n<link rel=\"canonical\" href=\"")
		m.url(p.Canonical)
		m.raw("\">")
	}
	m.raw("\n<meta property=\"og:type\" content=\"")
	if p.Post != nil {
		m.raw("article\">")
	} else {
		m.raw("website\">")
	}
	m.raw("\n<meta property=\"og:title\" content=\"")
	m.text(p.ShareTitle)
	m.raw("\">")
	if p.MetaDescription != "" {
		m.raw("\n<meta property=\"og:description\" content=\"")
		m.text(p.MetaDescription)
		m.raw("\">")
	}
	m.raw("\n<meta property=\"og:site_name\" content=\"")
	m.text(p.Programme.Title)
	m.raw("\">")
	if p.Post != nil && p.Post.Image != nil {
		img := p.Post.Image
		m.raw("\n<meta property=\"og:image\" content=\"")
		m.text(cmp.Or(img.Abs, img.Src))
		m.raw("\">\n<meta property=\"og:image:width\" content=\"")
		m.number(img.Width)
		m.raw("\">\n<meta property=\"og:image:height\" content=\"")
		m.number(img.Height)
		m.raw("\">")
	}
	if p.Programme.BaseURL != "" && p.Canonical != "" {
		m.raw("\n<meta property=\"og:url\" content=\"")
		m.text(p.Canonical)
		m.raw("\">")
	}
	return m.html()
}
