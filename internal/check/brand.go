package check

import (
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// brandContrast warns, at the colour, about a brand colour that links
// on the page could not be written in: below WCAG AA (4.5:1) against the
// default theme's page. The theme then uses the darker shade that
// reaches it, which the hint names, so pages stay readable either way.
func brandContrast(prog *programme.Programme, l *diag.List) {
	c, ok := programme.ParseColour(prog.Brand.Colour)
	if !ok {
		return
	}
	if ratio := programme.Contrast(c, programme.PaperLight()); ratio < programme.AA {
		shade := c.Towards(programme.Colour{}, programme.PaperLight())
		l.Warnf(prog.Brand.ColourPos, "brand-contrast",
			diag.T("links use %s instead, which reaches 4.5:1; write colour: \"%s\" to have that shade everywhere, or choose a darker colour", shade.Hex(), shade.Hex()),
			"the brand colour %s has a contrast of %.1f:1 against the page; text and links need 4.5:1 (WCAG AA)", c.Hex(), ratio)
	}
}
