package site

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Options select what kind of site New builds.
type Options struct {
	Preview bool
	Now     time.Time
	// Slugs, when not nil, remembers tag addresses from one New to the
	// next (a dev server builds the model after every edit).
	Slugs *content.Slugs
}

// New builds the model. posts and verdicts are parallel slices; posts
// must have passed validate. A production model holds the published
// posts only: the others are left out here, and no later stage (no
// template) can reach them.
func New(p *programme.Programme, posts []*content.Post, verdicts []review.Verdict, opts Options) *Site {
	s := &Site{Programme: p, Preview: opts.Preview, Now: opts.Now, BasePath: basePath(p.BaseURL)}
	rounds := s.addRounds(p)
	people := map[string]*Person{}
	for _, key := range p.PersonKeys() {
		people[key] = &Person{Person: p.People[key]}
	}
	tandems := s.addTandems(p, rounds, people)
	all := make([]Post, len(posts)) // one allocation for every post
	s.Posts = make([]*Post, 0, len(posts))
	for i, cp := range posts {
		if !Shown(verdicts[i], opts.Preview) {
			continue
		}
		post := &all[i]
		post.Post, post.Verdict = cp, verdicts[i]
		post.Href = s.BasePath + PostsRoot + cp.Slug + "/"
		post.URL = post.Href[len(s.BasePath):]
		s.Posts = append(s.Posts, post)
	}
	// posts arrive ordered by path, which for dated file names is oldest
	// first: reversed, they are nearly in order, which the sort is quick
	// for.
	slices.Reverse(s.Posts)
	slices.SortFunc(s.Posts, newestFirst)
	for i, post := range s.Posts {
		post.Number = i
	}
	l := newLinker(s, rounds, tandems, people, opts.Slugs)
	for _, post := range s.Posts {
		l.link(post)
	}
	s.finish(people, l.tags)
	s.Current = currentRound(s.Rounds, opts.Now)
	return s
}

func basePath(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Path == "" {
		return "/"
	}
	return u.Path
}

func (s *Site) addRounds(p *programme.Programme) map[string]*Round {
	rounds := map[string]*Round{}
	for _, r := range p.Rounds {
		if _, dup := rounds[r.ID]; dup || r.ID == "" {
			continue
		}
		round := &Round{Round: r, URL: RoundsRoot + r.ID + "/", Href: s.BasePath + RoundsRoot + r.ID + "/"}
		rounds[r.ID] = round
		s.Rounds = append(s.Rounds, round)
	}
	// Newest round first: the archive reads backwards in time.
	slices.SortStableFunc(s.Rounds, func(a, b *Round) int { return b.Start.Compare(a.Start) })
	return rounds
}

func (s *Site) addTandems(p *programme.Programme, rounds map[string]*Round, people map[string]*Person) map[string]*Tandem {
	tandems := map[string]*Tandem{}
	for i := range p.Tandems {
		pt := &p.Tandems[i]
		t := &Tandem{Tandem: pt, URL: TandemsRoot + pt.ID + "/", Href: s.BasePath + TandemsRoot + pt.ID + "/", Round: rounds[pt.Round.Key], Mentee: people[pt.Mentee.Key]}
		for _, m := range pt.Mentors {
			if person := people[m.Key]; person != nil {
				t.Mentors = append(t.Mentors, person)
			}
		}
		if t.Round != nil {
			t.Round.Tandems = append(t.Round.Tandems, t)
		}
		tandems[pt.ID] = t
		s.Tandems = append(s.Tandems, t)
	}
	return tandems
}

// linker connects shown posts to their round, tandem, authors and tags.
type linker struct {
	s       *Site
	rounds  map[string]*Round
	tandems map[string]*Tandem
	people  map[string]*Person
	tags    map[string]*Tag // by slug
	byName  map[string]*Tag // by name as written
	slugs   *content.Slugs
	// authorSlots and tagSlots back every post's Authors and Tags: one
	// allocation each for the site instead of one per post.
	authorSlots []*Person
	tagSlots    []*Tag
}

func newLinker(s *Site, rounds map[string]*Round, tandems map[string]*Tandem, people map[string]*Person, slugs *content.Slugs) *linker {
	if slugs == nil {
		slugs = new(content.Slugs)
	}
	nAuthors, nTags := 0, 0
	for _, post := range s.Posts {
		nAuthors += len(post.Post.Authors)
		nTags += len(post.Post.Tags)
	}
	return &linker{s: s, rounds: rounds, tandems: tandems, people: people, tags: map[string]*Tag{}, byName: map[string]*Tag{}, slugs: slugs,
		authorSlots: make([]*Person, 0, nAuthors), tagSlots: make([]*Tag, 0, nTags)}
}

// link connects a shown post to its round, tandem, authors and tags.
// Posts arrive newest first.
func (l *linker) link(post *Post) {
	if r := l.rounds[post.Post.Round.Key]; r != nil {
		post.Round = r
		r.Posts = append(r.Posts, post)
		if post.Kind == content.KindRetrospective {
			r.Retrospectives = append(r.Retrospectives, post)
		}
	}
	if t := l.tandems[post.Post.Tandem.Key]; t != nil {
		post.Tandem = t
		t.Diary = append(t.Diary, post)
	}
	start := len(l.authorSlots)
	for _, a := range post.Post.Authors {
		if person := l.people[a.Key]; person != nil && !linked(person.Posts, post) {
			l.authorSlots = append(l.authorSlots, person)
			person.Posts = append(person.Posts, post)
		}
	}
	if end := len(l.authorSlots); end > start {
		post.Authors = l.authorSlots[start:end:end]
	}
	start = len(l.tagSlots)
	for _, name := range post.Post.Tags {
		tag := l.tagNamed(name)
		if !linked(tag.Posts, post) {
			l.tagSlots = append(l.tagSlots, tag)
			tag.Posts = append(tag.Posts, post)
		}
	}
	if end := len(l.tagSlots); end > start {
		post.Tags = l.tagSlots[start:end:end]
	}
}

// linked reports whether post is already in posts, a tag's or person's
// list: posts are linked one after another, so it would be the last one.
func linked(posts []*Post, post *Post) bool {
	return len(posts) > 0 && posts[len(posts)-1] == post
}

// tagNamed returns the tag of a name as written, making it the first
// time its address comes up (the tag is named as it was first written).
func (l *linker) tagNamed(name string) *Tag {
	if tag := l.byName[name]; tag != nil {
		return tag
	}
	slug := l.slugs.Of(name)
	tag := l.tags[slug]
	if tag == nil {
		tag = &Tag{Name: name, Slug: slug, URL: TagsRoot + slug + "/", Href: l.s.BasePath + TagsRoot + slug + "/"}
		l.tags[slug] = tag
	}
	l.byName[name] = tag
	return tag
}

func (s *Site) finish(people map[string]*Person, tags map[string]*Tag) {
	for _, t := range s.Tandems {
		slices.SortFunc(t.Diary, oldestFirst)
		for i, post := range t.Diary {
			if i > 0 {
				post.Prev = t.Diary[i-1]
			}
			if i+1 < len(t.Diary) {
				post.Next = t.Diary[i+1]
			}
		}
	}
	for _, tag := range tags {
		s.Tags = append(s.Tags, tag)
	}
	slices.SortFunc(s.Tags, func(a, b *Tag) int { return strings.Compare(a.Slug, b.Slug) })
	for _, key := range s.Programme.PersonKeys() {
		if person := people[key]; len(person.Posts) > 0 {
			person.URL = AuthorsRoot + key + "/"
			person.Href = s.BasePath + person.URL
			s.Authors = append(s.Authors, person)
		}
	}
}

// newestFirst orders posts by date, newest first, then by path so the
// order never depends on the file system.
func newestFirst(a, b *Post) int {
	return cmp.Or(b.Date.Compare(a.Date), strings.Compare(a.Path, b.Path))
}

// oldestFirst orders a diary by date, oldest first, then by path as
// everywhere else (reversing newestFirst would reverse the ties too).
func oldestFirst(a, b *Post) int {
	return cmp.Or(a.Date.Compare(b.Date), strings.Compare(a.Path, b.Path))
}

func currentRound(rounds []*Round, now time.Time) *Round {
	var latest *Round
	for _, r := range rounds {
		if r.Start.After(now) {
			continue
		}
		if !now.After(r.End.Add(24 * time.Hour)) {
			return r
		}
		if latest == nil || r.Start.After(latest.Start) {
			latest = r
		}
	}
	return latest
}

// Person returns the person with key, or nil.
func (s *Site) Person(key string) *Person {
	for _, a := range s.Authors {
		if a.Key == key {
			return a
		}
	}
	return nil
}
