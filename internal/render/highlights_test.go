package render

import (
	"slices"
	"testing"

	"github.com/yuin/goldmark/text"
)

// TestHighlights: the items of the list under a heading "Highlights"
// or "Höhepunkte", as plain text; nothing without such a heading or
// when another heading comes before a list.
func TestHighlights(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		src  string
		want []string
	}{
		{"## Was war\n\n- nein\n\n## Highlights\n\nKurz:\n\n- **Ein** Video,\n  gedreht\n- [Ein Link](x/)\n\n## Danach\n\n- nein\n", []string{"Ein Video, gedreht", "Ein Link"}},
		{"### Höhepunkte:\n\n1. Eins\n2. Zwei\n", []string{"Eins", "Zwei"}},
		{"## Highlights\n\n## Liste\n\n- nein\n", nil},
		{"Text\n\n- nein\n", nil},
	} {
		src := []byte(c.src)
		doc := newMarkdown(&figures{}).Parser().Parse(text.NewReader(src))
		if got := highlights(doc, src); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.src, got, c.want)
		}
	}
}
