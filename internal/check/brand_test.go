package check

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// TestBrandContrast: a brand colour below 4.5:1 against the page is a
// warning at the colour naming the shade links use instead; one that
// reaches it, or none, is no warning.
func TestBrandContrast(t *testing.T) {
	t.Parallel()
	pos := diag.Pos{Path: "content/programme.yaml", Line: 4, Col: 11}
	for _, c := range []struct{ colour, want string }{
		{"#ffcc00", "content/programme.yaml:4:11: warning: the brand colour #ffcc00 has a contrast of 1.5:1 against the page; text and links need 4.5:1 (WCAG AA)"},
		{"#00796b", ""},
		{"", ""},
	} {
		var l diag.List
		brandContrast(&programme.Programme{Brand: programme.Brand{Colour: c.colour, ColourPos: pos}}, &l)
		switch {
		case c.want == "" && len(l) > 0:
			t.Errorf("%s: %v", c.colour, l)
		case c.want != "" && (len(l) != 1 || !strings.HasPrefix(l[0].Error(), c.want) || l[0].Code != "brand-contrast" || !strings.Contains(l[0].Hint, `colour: "#`)):
			t.Errorf("%s: %v, want %s", c.colour, l, c.want)
		}
	}
}
