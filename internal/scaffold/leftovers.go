package scaffold

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/themes"
)

// Leftovers says what of its archetype's skeleton a post still holds: a
// line of the skeleton's text, as it was (headings and lines with
// template actions aside), and a heading of the skeleton with nothing
// written below it. tandem review submit warns about them, so that a
// reviewer is not asked to read a half-written post. Nothing is said when
// the archetype cannot be read (tandem new reports that).
func (s Site) Leftovers(prog *programme.Programme, p *content.Post) []string {
	theme, err := themes.Open(s.Root.FS(), prog.Theme)
	if err != nil {
		return nil
	}
	_, src, err := archetypeSource(theme, prog.Theme, p.Kind, prog.Language)
	if err != nil {
		return nil
	}
	texts, headings := skeleton(src)
	lines := bytes.Split(p.Body, []byte("\n"))
	var out []string
	for i, line := range lines {
		line = bytes.TrimSpace(line)
		n := p.BodyLine + i
		switch {
		case len(line) == 0:
		case slices.Contains(texts, string(line)):
			out = append(out, fmt.Sprintf("line %d still holds the skeleton's text %q; write your own", n, line))
		case slices.Contains(headings, string(line)) && emptyBelow(lines[i+1:]):
			out = append(out, fmt.Sprintf("the section %q (line %d) is still empty; write it or delete the heading", line, n))
		}
	}
	return out
}

// skeleton reads the text lines and headings of an archetype's body
// (after its front matter), leaving out blank lines and lines with
// template actions.
func skeleton(src []byte) (texts, headings []string) {
	parts := bytes.SplitN(src, []byte("\n---"), 2)
	if len(parts) < 2 {
		return nil, nil
	}
	_, body, _ := bytes.Cut(parts[1], []byte("\n"))
	for _, line := range bytes.Split(body, []byte("\n")) {
		line = bytes.TrimSpace(line)
		switch {
		case len(line) == 0 || bytes.Contains(line, []byte("{{")):
		case line[0] == '#':
			headings = append(headings, string(line))
		default:
			texts = append(texts, string(line))
		}
	}
	return texts, headings
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
