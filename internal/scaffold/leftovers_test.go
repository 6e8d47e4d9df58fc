package scaffold

import (
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// TestLeftovers makes a post from the default archetype, then checks
// what of the skeleton is reported as it is written over bit by bit.
func TestLeftovers(t *testing.T) {
	s, dir := newTestSite(t, nil)
	name, err := s.NewPost(Post{Title: "Treffen", Tandem: "t01"})
	if err != nil {
		t.Fatal(err)
	}
	prog, _ := programme.Load(s.Root.FS())
	leftovers := func(text string) []string {
		p, problems := content.Parse(name, []byte(text))
		if problems.HasErrors() {
			t.Fatal(problems)
		}
		return s.Leftovers(prog, p)
	}
	fresh := readFile(t, dir, name)
	want := []string{
		`line 13 still holds the skeleton's text "Worum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg."; write your own`,
		`the section "## Was wir gemacht haben" (line 15) is still empty; write it or delete the heading`,
		`the section "## Was wir gelernt haben" (line 17) is still empty; write it or delete the heading`,
	}
	if got := leftovers(fresh); !slices.Equal(got, want) {
		t.Errorf("fresh skeleton:\n got %q\nwant %q", got, want)
	}
	written := fresh[:len(fresh)-len("\nWorum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg.\n\n## Was wir gemacht haben\n\n## Was wir gelernt haben\n")] +
		"\nWir haben Reels geschnitten.\n\n## Was wir gemacht haben\n\nEin Video.\n\n## Was wir gelernt haben\n\n- Licht ist alles.\n"
	if got := leftovers(written); len(got) != 0 {
		t.Errorf("written post: %q", got)
	}
}
