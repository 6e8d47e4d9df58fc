package report

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// topics counts, for each planned topic, the posts carrying a tag of its
// name (compared by address, so letter case and umlaut spellings aside:
// the model makes one tag of each address; all are the site's tags,
// sorted by address, byName their numbers in the order of their names),
// then lists the other tags of posts, by number of posts and name.
func topics(planned []string, all []*site.Tag, byName []int32, posts []*site.Post) []Topic {
	counts := make([]int32, len(all)) // by tag number
	for _, p := range posts {
		for i, tag := range p.Tags {
			if !carries(p.Tags[:i], tag.Slug) {
				counts[tag.Number]++
			}
		}
	}
	var out []Topic
	var seen []string // the planned addresses no tag has
	for _, t := range planned {
		f := content.Slugify(t)
		n, ok := slices.BinarySearchFunc(all, f, func(tag *site.Tag, f string) int { return strings.Compare(tag.Slug, f) })
		switch {
		case ok && counts[n] < 0, !ok && slices.Contains(seen, f):
			continue // named before
		case ok:
			out = append(out, Topic{Name: t, Planned: true, Posts: int(counts[n])})
			counts[n] = -1 // planned: not among the others
		default:
			seen = append(seen, f)
			out = append(out, Topic{Name: t, Planned: true})
		}
	}
	return append(out, others(all, byName, counts)...)
}

// others lists the tags with a positive count (by tag number) by count,
// highest first, and those of one count in the order of byName.
func others(all []*site.Tag, byName []int32, counts []int32) []Topic {
	most := int32(0)
	for _, c := range counts {
		most = max(most, c)
	}
	at := make([]int, most+1) // where the tags of count most-i go next
	n := 0
	for _, c := range counts {
		if c > 0 {
			n++
			at[most-c+1]++
		}
	}
	for i := 1; i < len(at); i++ {
		at[i] += at[i-1]
	}
	out := make([]Topic, n)
	for _, t := range byName {
		if c := counts[t]; c > 0 {
			out[at[most-c]] = Topic{Name: all[t].Name, Posts: int(c)}
			at[most-c]++
		}
	}
	return out
}

// namesInOrder returns the numbers of tags in the order of their names.
func namesInOrder(tags []*site.Tag) []int32 {
	out := make([]int32, len(tags))
	for i := range out {
		out[i] = int32(i)
	}
	slices.SortFunc(out, func(a, b int32) int { return strings.Compare(tags[a].Name, tags[b].Name) })
	return out
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
