package report

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// topics counts, for each planned topic, the posts carrying a tag of its
// name (letter case aside), then lists the other tags of posts, by
// number of posts and name.
func topics(planned []string, posts []*site.Post) []Topic {
	counts := map[string]int{}
	names := map[string]string{} // folded name -> first spelling seen
	for _, p := range posts {
		seen := map[string]bool{}
		for _, tag := range p.Tags {
			f := strings.ToLower(tag.Name)
			if seen[f] {
				continue
			}
			seen[f] = true
			counts[f]++
			if _, ok := names[f]; !ok {
				names[f] = tag.Name
			}
		}
	}
	var out []Topic
	done := map[string]bool{}
	for _, t := range planned {
		f := strings.ToLower(t)
		if done[f] {
			continue
		}
		done[f] = true
		out = append(out, Topic{Name: t, Planned: true, Posts: counts[f]})
	}
	var other []Topic
	for f, n := range counts {
		if !done[f] {
			other = append(other, Topic{Name: names[f], Posts: n})
		}
	}
	slices.SortFunc(other, func(a, b Topic) int {
		if a.Posts != b.Posts {
			return b.Posts - a.Posts
		}
		return strings.Compare(a.Name, b.Name)
	})
	return append(out, other...)
}
