package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// highlightHeadings are the headings (lower case) whose following list
// holds a retrospective's highlights.
var highlightHeadings = []string{"highlights", "höhepunkte"}

// maxHighlights is how many highlights one retrospective gives a report.
const maxHighlights = 12

// highlights returns the items of the first list after a top-level
// heading named "Highlights" or "Höhepunkte" (any level, any case), each
// as plain text; nil when there is none. Only the list directly under the
// heading counts: a paragraph between them is allowed, another heading
// ends the search.
func highlights(doc ast.Node, src []byte) []string {
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || !isHighlightHeading(plainText(h, src)) {
			continue
		}
		for m := h.NextSibling(); m != nil && m.Kind() != ast.KindHeading; m = m.NextSibling() {
			if list, ok := m.(*ast.List); ok {
				return listItems(list, src)
			}
		}
		return nil
	}
	return nil
}

func isHighlightHeading(text string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(text, ":")))
	for _, h := range highlightHeadings {
		if t == h {
			return true
		}
	}
	return false
}

// listItems are the texts of list's items, at most maxHighlights.
func listItems(list *ast.List, src []byte) []string {
	var out []string
	for item := list.FirstChild(); item != nil && len(out) < maxHighlights; item = item.NextSibling() {
		if t := strings.TrimSpace(plainText(item, src)); t != "" {
			out = append(out, shorten(t, 300))
		}
	}
	return out
}

// plainText is the text of n and its children, without markup; soft
// line breaks and the gaps between blocks become spaces, and each run of
// white space one space, none at either end (as strings.Fields and
// strings.Join would leave it, in one pass). src is UTF-8, as
// content.Load lets through no other post: a rune whose bytes markup cuts
// in two pieces is not joined again.
func plainText(n ast.Node, src []byte) string {
	var w spacedWriter
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock {
				w.space()
			}
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			w.write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				w.space()
			}
		case *ast.String:
			w.write(t.Value)
		case *ast.AutoLink:
			w.write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return string(w.text)
}

// spacedWriter collects text with each run of white space (unicode.IsSpace)
// as one space, and none at the start or the end.
type spacedWriter struct {
	text   []byte
	spaced bool // white space came after the last word
}

// space marks white space.
func (w *spacedWriter) space() { w.spaced = true }

// write adds p. A run of ASCII bytes other than white space is added
// at once.
func (w *spacedWriter) write(p []byte) {
	for len(p) > 0 {
		if word := asciiWord(p); word > 0 {
			if w.spaced && len(w.text) > 0 {
				w.text = append(w.text, ' ')
			}
			w.spaced = false
			w.text = append(w.text, p[:word]...)
			p = p[word:]
			continue
		}
		r, size := rune(p[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(p)
		}
		if unicode.IsSpace(r) {
			w.spaced = true
		} else {
			if w.spaced && len(w.text) > 0 {
				w.text = append(w.text, ' ')
			}
			w.spaced = false
			w.text = append(w.text, p[:size]...)
		}
		p = p[size:]
	}
}

// asciiWord is how many bytes p starts with that are ASCII and not white
// space (unicode.IsSpace).
func asciiWord(p []byte) int {
	for i, c := range p {
		if c >= utf8.RuneSelf || c == ' ' || '\t' <= c && c <= '\r' {
			return i
		}
	}
	return len(p)
}
