package scaffold

import (
	"fmt"
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
		var out []string
		for _, pr := range content.LeftoverProblems(s.Leftovers(prog, p)) {
			out = append(out, fmt.Sprintf("%d: %s", pr.Line, pr.Msg))
		}
		return out
	}
	fresh := readFile(t, dir, name)
	want := []string{
		`13: this is still the skeleton's text: "Worum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg."`,
		`15: the section "## Was wir gemacht haben" from the skeleton is still empty`,
		`17: the section "## Was wir gelernt haben" from the skeleton is still empty`,
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
