package scaffold

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/themes"
)

// Leftovers says what of its archetype's skeleton a post still holds: a
// line of the skeleton's text, as it was (headings and lines with
// template actions aside), and a heading of the skeleton with nothing
// written below it (content.Skeleton finds them; a preview build warns
// about the same). tandem review submit warns about them, so that a
// reviewer is not asked to read a half-written post. Nothing is said when
// the archetype cannot be read (tandem new reports that).
func (s Site) Leftovers(prog *programme.Programme, p *content.Post) []content.Leftover {
	theme, err := themes.Open(s.Root.FS(), prog.Theme)
	if err != nil {
		return nil
	}
	_, src, err := archetypeSource(theme, prog.Theme, p.Kind, prog.Language)
	if err != nil {
		return nil
	}
	return content.ParseSkeleton(src).Leftovers(p)
}
