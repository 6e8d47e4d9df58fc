package site

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// linker connects the shown posts to their rounds, tandems, authors and
// tags in two passes. resolve, called for every post newest first,
// finds what the post is linked to and counts the posts that each round,
// tandem, person and tag gets; fill then makes every list at its final
// size, all cut from one array, and adds the posts in the same order.
// Rounds, tandems, people and tags are numbered by their place in
// s.Rounds, s.Tandems, persons and tags.
type linker struct {
	s       *Site
	rounds  map[string]int32 // by id
	tandems map[string]int32 // by id (the last tandem of an id)
	people  map[string]int32 // by key
	persons []*Person
	slugs   *content.Slugs
	tags    []*Tag           // in the order they came up
	byName  map[string]int32 // tags by name as written
	bySlug  map[string]int32

	// How many posts each round (and its retrospectives), tandem, person
	// and tag gets, by number.
	roundPosts, retros, diaries, personPosts, tagPosts []int32

	// authorSlots and tagSlots back every post's Authors and Tags: one
	// allocation each for the site instead of one per post.
	authorSlots []*Person
	tagSlots    []*Tag
}

func newLinker(s *Site, persons []*Person, people map[string]int32, slugs *content.Slugs) *linker {
	if slugs == nil {
		slugs = new(content.Slugs)
	}
	nAuthors, nTags := 0, 0
	for _, post := range s.Posts {
		nAuthors += len(post.Post.Authors)
		nTags += len(post.Post.Tags)
	}
	l := &linker{s: s, rounds: make(map[string]int32, len(s.Rounds)), tandems: make(map[string]int32, len(s.Tandems)),
		people: people, persons: persons, slugs: slugs, byName: map[string]int32{}, bySlug: map[string]int32{},
		roundPosts: make([]int32, len(s.Rounds)), retros: make([]int32, len(s.Rounds)),
		diaries: make([]int32, len(s.Tandems)), personPosts: make([]int32, len(persons)),
		authorSlots: make([]*Person, 0, nAuthors), tagSlots: make([]*Tag, 0, nTags)}
	for i, r := range s.Rounds {
		l.rounds[r.ID] = int32(i)
	}
	for i, t := range s.Tandems {
		l.tandems[t.ID] = int32(i)
	}
	return l
}

// resolve links a shown post to its round, tandem, authors and tags,
// and counts it for each of them.
func (l *linker) resolve(post *Post) {
	if i, ok := l.rounds[post.Post.Round.Key]; ok {
		post.Round = l.s.Rounds[i]
		l.roundPosts[i]++
		if post.Kind == content.KindRetrospective {
			l.retros[i]++
		}
	}
	if i, ok := l.tandems[post.Post.Tandem.Key]; ok {
		post.Tandem = l.s.Tandems[i]
		l.diaries[i]++
	}
	start := len(l.authorSlots)
	for _, a := range post.Post.Authors {
		if i, ok := l.people[a.Key]; ok && !slices.Contains(l.authorSlots[start:], l.persons[i]) {
			l.authorSlots = append(l.authorSlots, l.persons[i])
			l.personPosts[i]++
		}
	}
	if end := len(l.authorSlots); end > start {
		post.Authors = l.authorSlots[start:end:end]
	}
	start = len(l.tagSlots)
	for _, name := range post.Post.Tags {
		i := l.tagNamed(name)
		if !slices.Contains(l.tagSlots[start:], l.tags[i]) {
			l.tagSlots = append(l.tagSlots, l.tags[i])
			l.tagPosts[i]++
		}
	}
	if end := len(l.tagSlots); end > start {
		post.Tags = l.tagSlots[start:end:end]
	}
}

// tagNamed returns the number of the tag of a name as written, making
// the tag the first time its address comes up (the tag is named as it
// was first written).
func (l *linker) tagNamed(name string) int32 {
	if i, ok := l.byName[name]; ok {
		return i
	}
	slug := l.slugs.Of(name)
	i, ok := l.bySlug[slug]
	if !ok {
		i = int32(len(l.tags))
		l.tags = append(l.tags, &Tag{Name: name, Slug: slug})
		l.tagPosts = append(l.tagPosts, 0)
		l.bySlug[slug] = i
	}
	l.byName[name] = i
	return i
}

// fill makes every list of posts at the size resolve counted and adds
// the posts, newest first; diaries are left empty for linkDiaries, which
// fills them oldest first.
func (l *linker) fill() {
	total := 0
	for _, counts := range [][]int32{l.roundPosts, l.retros, l.diaries, l.personPosts, l.tagPosts} {
		for _, n := range counts {
			total += int(n)
		}
	}
	free := make([]*Post, total)
	take := func(n int32) []*Post {
		if n == 0 {
			return nil
		}
		list := free[:0:n]
		free = free[n:]
		return list
	}
	for i, r := range l.s.Rounds {
		r.Posts, r.Retrospectives = take(l.roundPosts[i]), take(l.retros[i])
	}
	for i, t := range l.s.Tandems {
		t.Diary = take(l.diaries[i])
	}
	for i, person := range l.persons {
		person.Posts = take(l.personPosts[i])
	}
	for i, tag := range l.tags {
		tag.Posts = take(l.tagPosts[i])
	}
	for _, post := range l.s.Posts {
		if r := post.Round; r != nil {
			r.Posts = append(r.Posts, post)
			if post.Kind == content.KindRetrospective {
				r.Retrospectives = append(r.Retrospectives, post)
			}
		}
		for _, a := range post.Authors {
			a.Posts = append(a.Posts, post)
		}
		for _, tag := range post.Tags {
			tag.Posts = append(tag.Posts, post)
		}
	}
}

// sortedTags gives the tags their addresses and returns them ordered by
// slug.
func (l *linker) sortedTags() []*Tag {
	hrefs := addresses(l.s.BasePath, TagsRoot, len(l.tags), func(i int) string { return l.tags[i].Slug })
	for _, tag := range l.tags {
		tag.Href, tag.URL = hrefs.next()
	}
	slices.SortFunc(l.tags, func(a, b *Tag) int { return strings.Compare(a.Slug, b.Slug) })
	return l.tags
}
