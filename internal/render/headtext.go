package render

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitle is the most characters a page's <title> should have: search
// engines and browser tabs cut longer ones.
const maxTitle = 70

// maxDescription is the most characters a meta description should have.
const maxDescription = 160

// headTitle is the text of a page's <title>: the page's title and the
// site's, or the site's alone on the home page (own is false). When
// both do not fit into maxTitle characters, the site's name is
// shortened, and left out when the page's title alone fills the space.
func headTitle(title, siteName string, own bool) string {
	if !own || title == "" {
		return shortenText(siteName, maxTitle)
	}
	const sep = " – "
	n, room := utf8.RuneCountInString(title), maxTitle-utf8.RuneCountInString(sep)
	if n+utf8.RuneCountInString(siteName) <= room {
		return title + sep + siteName
	}
	if rest := room - n; rest >= 12 {
		return title + sep + shortenText(siteName, rest)
	}
	return shortenText(title, maxTitle)
}

// shortenText cuts s to at most n characters at a word boundary, ending it
// with "…" when something was cut; white space runs become one space.
func shortenText(s string, n int) string {
	count, ok := spacedOnce(s)
	if !ok { // most texts have nothing to join
		s = strings.Join(strings.Fields(s), " ")
		count = utf8.RuneCountInString(s)
	}
	if count <= n {
		return s
	}
	cut := firstRunes(s, n-1)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:–-") + "…"
}

// firstRunes is the first k characters of s, as string([]rune(s)[:k])
// makes them: a part of s, unless that part is not valid UTF-8 (a
// conversion to runes writes each invalid byte as U+FFFD).
func firstRunes(s string, k int) string {
	i := 0
	for ; k > 0 && i < len(s); k-- {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	if utf8.ValidString(s[:i]) {
		return s[:i]
	}
	return string([]rune(s[:i]))
}

// spacedOnce reports whether s is already as strings.Fields and
// strings.Join with one space would leave it: no white space at either
// end, and none between words but one plain space; and when it is, how
// many characters s has.
func spacedOnce(s string) (count int, ok bool) {
	space := true // at the start, as after a space
	for _, c := range s {
		count++
		switch {
		case c == ' ' && !space:
			space = true
		case unicode.IsSpace(c):
			return count, false
		default:
			space = false
		}
	}
	return count, !space || s == ""
}

// metaDescription is a page's description shortened for a meta tag.
func metaDescription(s string) string { return shortenText(s, maxDescription) }

// tandemDescription describes a tandem's page: who is in it and what
// they want to learn.
func (r *Renderer) tandemDescription(t *TandemView) string {
	var names []string
	for _, m := range t.Mentors {
		names = append(names, m.Name)
	}
	text := r.strings.T("tandem_description", "tandem", t.Name, "mentors", strings.Join(names, ", "))
	if len(t.Goals) > 0 {
		goals := make([]string, len(t.Goals))
		for i, g := range t.Goals {
			goals[i] = g.Text
		}
		text += " " + strings.Join(goals, "; ")
	}
	return text
}

// headFacts sets what the <head> of p prints (Page.HeadTitle and the
// fields beside it) from p's other fields, once per page in Go: in the
// template each of the functions and comparisons they replace was a call
// through reflection on every page.
func (p *Page) headFacts() {
	own := p.URL != "" || p.Kind == "404" // a page of its own, not the home page
	p.HeadTitle = headTitle(p.Title, p.Programme.Title, own)
	p.ShareTitle = p.Programme.Title
	if own {
		p.ShareTitle = p.Title
	}
	p.MetaDescription = metaDescription(cmp.Or(p.Description, p.Programme.Description))
	p.Canonical = ""
	if p.Kind != "404" {
		p.Canonical = p.Programme.BaseURL + p.URL
	}
}
