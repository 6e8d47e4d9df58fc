package site

import (
	"slices"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// linker connects the shown posts (s.Posts, newest first) to their
// rounds, tandems, authors and tags, in three steps:
//
//   - read: the posts are cut into parts, one per core, and each part
//     makes its posts and reads their fields, on its own goroutine:
//     round, tandem and authors are looked up (by their places in
//     s.Rounds, s.Tandems and persons), tag names are numbered within the
//     part and slugged. Reading the posts, which lie all over memory, is
//     most of New's work.
//   - tag: part after part, in order, the names are turned into tags
//     and each post gets its tags; rounds get their posts.
//   - fill (see fill.go): every list of posts is made at its size, cut
//     from one array, and filled newest first.
type linker struct {
	s       *Site
	rounds  map[string]int32 // by id
	tandems map[string]int32 // by id (the last tandem of an id)
	people  map[string]int32 // by key
	persons []*Person
	slugs   *content.Slugs
	tags    []*Tag // in the order they came up
	bySlug  map[string]int32
	parts   []*part
	// retro tells, by post number, whether the post is a retrospective.
	retro []bool

	// How many posts each tandem, person and tag gets, by number. (A
	// round's lists, few and long, grow as they are filled.)
	diaries, personPosts, tagPosts []int32
	// tagSlots backs every post's Tags: one allocation for the site
	// instead of one per post (each part has authorSlots likewise).
	tagSlots []*Tag
}

// part is a run of posts, s.Posts[lo:hi], that read reads on its own.
type part struct {
	lo, hi int
	names  []string         // tag names, as they first came up in the part
	slugs  []string         // their slugs
	byName map[string]int32 // their places in names
	refs   []int32          // every post's tag names, post after post
	ends   []int32          // where each post's refs end
	// authorSlots backs the part's posts' Authors.
	authorSlots          []*Person
	diaries, personPosts []int32
}

// minPart is the fewest posts worth a goroutine of their own.
const minPart = 1024

func newLinker(s *Site, persons []*Person, people map[string]int32, slugs *content.Slugs, parts int) *linker {
	if slugs == nil {
		slugs = new(content.Slugs)
	}
	n := len(s.Posts)
	l := &linker{s: s, rounds: make(map[string]int32, len(s.Rounds)), tandems: make(map[string]int32, len(s.Tandems)),
		people: people, persons: persons, slugs: slugs, retro: make([]bool, n),
		diaries: make([]int32, len(s.Tandems)), personPosts: make([]int32, len(persons))}
	for i, r := range s.Rounds {
		l.rounds[r.ID] = int32(i)
	}
	for i, t := range s.Tandems {
		l.tandems[t.ID] = int32(i)
	}
	parts = max(1, min(parts, n))
	for k := range parts {
		lo, hi := n*k/parts, n*(k+1)/parts
		l.parts = append(l.parts, &part{lo: lo, hi: hi, byName: map[string]int32{}, ends: make([]int32, 0, hi-lo),
			diaries: make([]int32, len(s.Tandems)), personPosts: make([]int32, len(persons))})
	}
	return l
}

// link makes the posts given in newest (see newestFirst) and
// links them: read on every part at once, then tag part after part.
func (l *linker) link(posts []*content.Post, verdicts []review.Verdict, newest []dated) {
	workers.ForEach(len(l.parts), func(k int) { l.read(l.parts[k], posts, verdicts, newest) })
	nTags := 0
	for _, pt := range l.parts {
		nTags += len(pt.refs)
	}
	l.tagSlots = make([]*Tag, 0, nTags)
	l.bySlug = make(map[string]int32, len(l.parts[0].names))
	for _, pt := range l.parts {
		l.tag(pt)
	}
}

// read makes the part's posts and their addresses, links them to their
// round, tandem and authors, counts them for the tandems and people,
// and numbers their tag names. It writes only to the part and to its
// own posts.
func (l *linker) read(pt *part, posts []*content.Post, verdicts []review.Verdict, newest []dated) {
	all := make([]Post, pt.hi-pt.lo) // one allocation for the part's posts
	nAuthors := 0
	for _, d := range newest[pt.lo:pt.hi] {
		nAuthors += len(posts[d.in].Authors)
	}
	pt.authorSlots = make([]*Person, 0, nAuthors)
	slugs := make([]string, len(all))
	for j, d := range newest[pt.lo:pt.hi] {
		post, cp, n := &all[j], posts[d.in], pt.lo+j
		post.Post, post.Verdict, post.Number = cp, verdicts[d.in], n
		l.s.Posts[n], slugs[j] = post, cp.Slug
		l.retro[n] = cp.Kind == content.KindRetrospective
		if i, ok := l.rounds[cp.Round.Key]; ok {
			post.Round = l.s.Rounds[i]
		}
		if i, ok := l.tandems[cp.Tandem.Key]; ok {
			post.Tandem = l.s.Tandems[i]
			pt.diaries[i]++
		}
		l.readAuthors(pt, post)
		for _, name := range cp.Tags {
			i, ok := pt.byName[name]
			if !ok {
				i = int32(len(pt.names))
				pt.names = append(pt.names, name)
				pt.byName[name] = i
			}
			pt.refs = append(pt.refs, i)
		}
		pt.ends = append(pt.ends, int32(len(pt.refs)))
	}
	hrefs := addresses(l.s.BasePath, PostsRoot, slugs)
	for j := range all {
		all[j].Href, all[j].URL = hrefs.next()
		all[j].Images = postImages(&all[j], l.s.Programme.Images)
	}
	pt.slugs = make([]string, len(pt.names))
	for j, name := range pt.names {
		pt.slugs[j] = l.slugs.Of(name)
	}
}

// readAuthors links a post of the part to its authors (each once) and
// counts it for them.
func (l *linker) readAuthors(pt *part, post *Post) {
	start := len(pt.authorSlots)
	for _, a := range post.Post.Authors {
		if i, ok := l.people[a.Key]; ok && !slices.Contains(pt.authorSlots[start:], l.persons[i]) {
			pt.authorSlots = append(pt.authorSlots, l.persons[i])
			pt.personPosts[i]++
		}
	}
	if end := len(pt.authorSlots); end > start {
		post.Authors = pt.authorSlots[start:end:end]
	}
}

// tag gives the part's posts their tags, counting them for each tag,
// and adds them to their rounds. Parts are tagged in order, and a tag
// is made when its address first comes up, so it is named as it was
// first written (newest post first).
func (l *linker) tag(pt *part) {
	tagOf := make([]int32, len(pt.names))
	for j, slug := range pt.slugs {
		i, ok := l.bySlug[slug]
		if !ok {
			i = int32(len(l.tags))
			l.tags = append(l.tags, &Tag{Name: pt.names[j], Slug: slug})
			l.tagPosts = append(l.tagPosts, 0)
			l.bySlug[slug] = i
		}
		tagOf[j] = i
	}
	for i := range l.diaries {
		l.diaries[i] += pt.diaries[i]
	}
	for i := range l.personPosts {
		l.personPosts[i] += pt.personPosts[i]
	}
	k := int32(0)
	for n := pt.lo; n < pt.hi; n++ {
		post := l.s.Posts[n]
		if r := post.Round; r != nil {
			r.Posts = append(r.Posts, post)
			if l.retro[n] {
				r.Retrospectives = append(r.Retrospectives, post)
			}
		}
		start := len(l.tagSlots)
		for ; k < pt.ends[n-pt.lo]; k++ {
			i := tagOf[pt.refs[k]]
			if !slices.Contains(l.tagSlots[start:], l.tags[i]) {
				l.tagSlots = append(l.tagSlots, l.tags[i])
				l.tagPosts[i]++
			}
		}
		if end := len(l.tagSlots); end > start {
			post.Tags = l.tagSlots[start:end:end]
		}
	}
}
