package report

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// topics counts, for each planned topic, the posts carrying a tag of its
// name (compared by address, so letter case and umlaut spellings aside:
// the model makes one tag of each address), then lists the other tags of
// posts, by number of posts and name.
func topics(planned []string, posts []*site.Post) []Topic {
	counts := map[string]int{}
	names := map[string]string{} // address -> first spelling seen
	for _, p := range posts {
		for i, tag := range p.Tags {
			f := tag.Slug
			if carries(p.Tags[:i], f) {
				continue
			}
			counts[f]++
			if _, ok := names[f]; !ok {
				names[f] = tag.Name
			}
		}
	}
	var out []Topic
	done := map[string]bool{}
	for _, t := range planned {
		f := content.Slugify(t)
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

// carries reports whether one of tags has the address f: a post that
// lists a tag twice counts once.
func carries(tags []*site.Tag, f string) bool {
	for _, t := range tags {
		if t.Slug == f {
			return true
		}
	}
	return false
}
