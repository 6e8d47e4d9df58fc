package report

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestTopicsOrder checks the order of the topics against a plain sort:
// the planned ones as planned, then the other tags by number of posts,
// most first, and by name.
func TestTopicsOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var tags []*site.Tag
	for i := range 300 {
		name := fmt.Sprintf("Tag %c%d", 'a'+rng.IntN(26), i)
		tags = append(tags, &site.Tag{Name: name, Slug: strings.ToLower(strings.ReplaceAll(name, " ", "-"))})
	}
	slices.SortFunc(tags, func(a, b *site.Tag) int { return strings.Compare(a.Slug, b.Slug) })
	for i, tag := range tags {
		tag.Number = i
	}
	var posts []*site.Post
	for range 500 {
		p := &site.Post{}
		for range 1 + rng.IntN(4) {
			if tag := tags[rng.IntN(40)*rng.IntN(7)]; !slices.Contains(p.Tags, tag) {
				p.Tags = append(p.Tags, tag)
			}
		}
		posts = append(posts, p)
	}
	planned := []string{tags[0].Name, "Nirgends", tags[5].Name, strings.ToUpper(tags[0].Name)}
	got := topics(planned, tags, namesInOrder(tags), posts)

	counts := map[string]int{}
	for _, p := range posts {
		for _, tag := range p.Tags {
			counts[tag.Name]++
		}
	}
	want := []Topic{{Name: planned[0], Planned: true, Posts: counts[tags[0].Name]}, {Name: "Nirgends", Planned: true},
		{Name: planned[2], Planned: true, Posts: counts[tags[5].Name]}}
	var other []Topic
	for name, n := range counts {
		if name != tags[0].Name && name != tags[5].Name {
			other = append(other, Topic{Name: name, Posts: n})
		}
	}
	slices.SortFunc(other, func(a, b Topic) int {
		if a.Posts != b.Posts {
			return b.Posts - a.Posts
		}
		return strings.Compare(a.Name, b.Name)
	})
	want = append(want, other...)
	if !slices.Equal(got, want) {
		t.Errorf("topics:\n got %v\nwant %v", got, want)
	}
}
