package changes

import (
	"slices"
	"strings"
)

// Line is one line of the body as the word diff shows it: its pieces,
// and its number in the current version (a line only deleted has the
// number of the line it stood before).
type Line struct {
	Number int    `json:"line"`
	Spans  []Span `json:"spans"`
}

// changed reports whether anything on the line was deleted or inserted.
func (l Line) changed() bool {
	for _, s := range l.Spans {
		if s.Op != Equal {
			return true
		}
	}
	return false
}

// ChangedLines returns the lines of body (a word diff of text starting at
// line first of its file) that hold a deletion or insertion, in order.
// A deleted or inserted line break is kept as a "¶" on its line.
func ChangedLines(body []Span, first int) []Line {
	var out []Line
	cur := Line{Number: first}
	n := first
	for _, s := range body {
		parts := strings.Split(s.Text, "\n")
		for i, part := range parts {
			if i > 0 { // a line break ends the line
				if s.Op != Equal {
					cur.Spans = append(cur.Spans, Span{s.Op, "¶"})
				}
				out = keep(out, cur)
				if s.Op != Deleted {
					n++
				}
				cur = Line{Number: n}
			}
			if part != "" {
				cur.Spans = append(cur.Spans, Span{s.Op, part})
			}
		}
	}
	return keep(out, cur)
}

// keep appends l to out when it changed, its pieces of one kind joined.
// A line wholly deleted or inserted needs no mark of its line break, and
// a blank one is left out.
func keep(out []Line, l Line) []Line {
	if !l.changed() {
		return out
	}
	whole := !slices.ContainsFunc(l.Spans, func(s Span) bool { return s.Op == Equal })
	var spans []Span
	for _, s := range l.Spans {
		switch {
		case whole && s.Text == "¶":
		case len(spans) > 0 && spans[len(spans)-1].Op == s.Op:
			spans[len(spans)-1].Text += s.Text
		default:
			spans = append(spans, s)
		}
	}
	if len(spans) == 0 {
		return out
	}
	return append(out, Line{Number: l.Number, Spans: spans})
}
