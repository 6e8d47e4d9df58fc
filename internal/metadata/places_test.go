package metadata

import (
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// samePlaces fails unless p answers every question about keys as m does.
func samePlaces(t *testing.T, m *Map, p *Places, keys []string) {
	t.Helper()
	if p.Start() != m.Start() {
		t.Errorf("Start: places %v, map %v", p.Start(), m.Start())
	}
	for _, k := range keys {
		var l diag.List
		want := m.Strings(k, &l)
		if len(want) == 0 {
			want = nil
		}
		if got := p.Strings(k); !slices.Equal(got, want) {
			t.Errorf("Strings(%q): places %q, map %q", k, got, want)
		}
		if p.Has(k) != m.Has(k) || p.Pos(k) != m.Pos(k) || p.KeyPos(k) != m.KeyPos(k) {
			t.Errorf("%q: places has=%t %v %v, map has=%t %v %v", k, p.Has(k), p.Pos(k), p.KeyPos(k), m.Has(k), m.Pos(k), m.KeyPos(k))
		}
		for i := -1; i <= len(want); i++ {
			if got, want := p.StringPos(k, i), m.StringPos(k, i); got != want {
				t.Errorf("StringPos(%q, %d): places %v, map %v", k, i, got, want)
			}
		}
	}
}

func TestPlacesAnswerAsTheMap(t *testing.T) {
	for name, src := range map[string]string{
		"post": "title: Erstes Treffen\ndate: 2024-03-05\nauthors: [lena, tim]\ntags:\n  - KI\n  - ''\n  - [x]\n  - Apps\n" +
			"summary: Kurz\nreview:\n  approved_by: maria\n",
		"one tag":  "tags: Snapchat\n",
		"no tag":   "tags: ~\ncount: 3\n",
		"empty":    "",
		"not text": "tags: {a: b}\n",
	} {
		t.Run(name, func(t *testing.T) {
			m, _ := Parse("content/posts/p.md", []byte(src), 1)
			samePlaces(t, m, m.Places(), append(m.Keys(), "absent", "title"))
		})
	}
}

func TestPlacesOfAListKeepOnlyTextEntries(t *testing.T) {
	m, _ := Parse("p.md", []byte("tags:\n  - KI\n  - ''\n  - Apps\n"), 1)
	p := m.Places()
	if got := p.Strings("tags"); !slices.Equal(got, []string{"KI", "Apps"}) {
		t.Fatalf("Strings = %q", got)
	}
	if got, want := p.StringPos("tags", 1), (diag.Pos{Path: "p.md", Line: 5, Col: 5}); got != want {
		t.Errorf("StringPos(tags, 1) = %v, want %v (the entry Apps)", got, want)
	}
}
