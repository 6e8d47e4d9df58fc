package render

import (
	"strings"

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
// line breaks and the gaps between blocks become spaces.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock && b.Len() > 0 {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
