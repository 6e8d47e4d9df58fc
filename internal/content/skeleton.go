package content

import (
	"bytes"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// Skeleton is the placeholder text of an archetype, the template tandem
// new writes a post from: its body's text lines and headings, leaving
// out blank lines and lines with template actions. The zero Skeleton
// finds nothing.
type Skeleton struct {
	texts, headings []string
}

// ParseSkeleton reads the skeleton of an archetype's source (front
// matter between --- lines, then the body).
func ParseSkeleton(src []byte) Skeleton {
	var s Skeleton
	parts := bytes.SplitN(src, []byte("\n---"), 2)
	if len(parts) < 2 {
		return s
	}
	_, body, _ := bytes.Cut(parts[1], []byte("\n"))
	for _, line := range bytes.Split(body, []byte("\n")) {
		line = bytes.TrimSpace(line)
		switch {
		case len(line) == 0 || bytes.Contains(line, []byte("{{")):
		case line[0] == '#':
			s.headings = append(s.headings, string(line))
		default:
			s.texts = append(s.texts, string(line))
		}
	}
	return s
}

// Leftover is what of its skeleton a post still holds: a line of the
// skeleton's text as it was, or a heading of the skeleton with nothing
// written below it.
type Leftover struct {
	Pos     diag.Pos
	Text    string
	Heading bool
}

// Leftovers finds what of the skeleton p still holds, in the order of
// its lines. It is the one detector behind tandem review submit's
// warnings and the preview's skeleton-leftover warnings.
func (s Skeleton) Leftovers(p *Post) []Leftover {
	if len(s.texts) == 0 && len(s.headings) == 0 {
		return nil
	}
	lines := bytes.Split(p.Body, []byte("\n"))
	var out []Leftover
	for i, raw := range lines {
		line := bytes.TrimSpace(raw)
		pos := diag.Pos{Path: p.Path, Line: p.BodyLine + i, Col: len(raw) - len(bytes.TrimLeft(raw, " \t")) + 1}
		switch {
		case len(line) == 0:
		case slices.Contains(s.texts, string(line)):
			out = append(out, Leftover{Pos: pos, Text: string(line)})
		case slices.Contains(s.headings, string(line)) && emptyBelow(lines[i+1:]):
			out = append(out, Leftover{Pos: pos, Text: string(line), Heading: true})
		}
	}
	return out
}

// LeftoverProblems returns a skeleton-leftover warning at each of
// leftovers.
func LeftoverProblems(leftovers []Leftover) diag.List {
	var l diag.List
	for _, o := range leftovers {
		if o.Heading {
			l.Warnf(o.Pos, "skeleton-leftover", diag.T("write the section, or delete the heading"), "the section %q from the skeleton is still empty", o.Text)
		} else {
			l.Warnf(o.Pos, "skeleton-leftover", diag.T("replace it with your own text"), "this is still the skeleton's text: %q", o.Text)
		}
	}
	return l
}

// emptyBelow reports whether the lines after a heading hold nothing
// before the next heading or the end.
func emptyBelow(lines [][]byte) bool {
	for _, line := range lines {
		line = bytes.TrimSpace(line)
		if len(line) > 0 {
			return line[0] == '#'
		}
	}
	return true
}
