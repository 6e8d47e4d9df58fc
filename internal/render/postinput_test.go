package render

import (
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestPostViewsMadeOnlyForChangedInputs: with a cache, a render makes
// the view of a post again only when its input changed: a body edit
// makes the edited post's view, a title edit also its neighbours' (their
// links show the title), and every other post keeps the view of the
// last render. The outputs equal a render without a cache
// (TestCacheGivesSameOutput, and build's TestIncrementalEqualsFull).
func TestPostViewsMadeOnlyForChangedInputs(t *testing.T) {
	r := newRenderer(t)
	cache := NewCache()
	if _, problems := r.Render(testSite(t, 9, nil), cache); problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	for _, tc := range []struct {
		name string
		edit func(i int) string
		made []string
	}{
		{"body", func(i int) string {
			if i == 4 {
				return "Neu geschrieben.\n"
			}
			return ""
		}, []string{"p04"}},
		{"unchanged", func(int) string { return "" }, []string{"p04"}}, // back as it was
		{"title", nil, []string{"p03", "p04", "p05"}},
	} {
		before := map[string]*cachedPost{}
		for _, p := range cache.posts {
			before[p.in.facts.Path] = p
		}
		s := testSite(t, 9, tc.edit)
		if tc.edit == nil {
			for _, p := range s.Posts {
				if p.Path == "content/posts/p04.md" {
					p.Title = "Ein anderer Titel"
				}
			}
		}
		if _, problems := r.Render(s, cache); problems.HasErrors() {
			t.Fatal(problems.Err())
		}
		var made []string
		for _, p := range cache.posts {
			if before[p.in.facts.Path] != p {
				made = append(made, strings.TrimSuffix(strings.TrimPrefix(p.in.facts.Path, "content/posts/"), ".md"))
			}
		}
		slices.Sort(made)
		if strings.Join(made, " ") != strings.Join(tc.made, " ") {
			t.Errorf("%s: views made for %v, want %v", tc.name, made, tc.made)
		}
	}
}

// TestSameInputAsInputOf: sameInput, which compares a post with an
// input without building one, agrees with == on inputOf's inputs when
// an author's or a tag's name changes, a tag is added or taken away.
func TestSameInputAsInputOf(t *testing.T) {
	r, s := newRenderer(t), testSite(t, 3, nil)
	p := s.Posts[1]
	body := bodyInputOf(p, [32]byte{})
	old := r.inputOf(s, p, body)
	if !r.sameInput(s, p, body, &old) {
		t.Fatal("a post differs from its own input")
	}
	tag := *p.Tags[0]
	author := *p.Authors[0]
	for name, edit := range map[string]func(){
		"tag renamed":    func() { c := tag; c.Name = "Anders"; p.Tags = []*site.Tag{&c} },
		"tag added":      func() { p.Tags = []*site.Tag{&tag, &tag} },
		"no tags":        func() { p.Tags = nil },
		"author renamed": func() { c := author; c.Name = "Anders"; p.Authors = []*site.Person{&c} },
	} {
		tags, authors := p.Tags, p.Authors
		edit()
		now := r.inputOf(s, p, body)
		if same, equal := r.sameInput(s, p, body, &old), inputsEqual(&now, &old); same || equal {
			t.Errorf("%s: sameInput %v, inputs equal %v; want both false", name, same, equal)
		}
		p.Tags, p.Authors = tags, authors
	}
}

func inputsEqual(a, b *postInput) bool {
	return a.facts == b.facts && slices.Equal(a.links, b.links) && slices.Equal(a.pictures, b.pictures)
}
