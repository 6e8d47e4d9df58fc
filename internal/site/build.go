package site

import (
	"net/url"
	"runtime"
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
//
// The work is a few passes over the shown posts: order them (see
// order.go), then read each post's fields once, on every core, finding
// its round, tandem, authors and tags and counting how many posts each
// of those gets (see link.go), then fill every list, each cut to its
// size from one shared array. Posts are read in as few passes as can
// be, as a large site's posts lie all over memory.
func New(p *programme.Programme, posts []*content.Post, verdicts []review.Verdict, opts Options) *Site {
	return newSite(p, posts, verdicts, opts, min(runtime.GOMAXPROCS(0), len(posts)/minPart))
}

// newSite is New, reading the posts in the given number of parts (at
// least one) at once.
func newSite(p *programme.Programme, posts []*content.Post, verdicts []review.Verdict, opts Options, parts int) *Site {
	s := &Site{Programme: p, Preview: opts.Preview, Now: opts.Now, BasePath: basePath(p.BaseURL)}
	newest := newestFirst(posts, verdicts, opts.Preview)
	s.Posts = make([]*Post, len(newest))
	s.addRounds(p)
	persons, people := addPeople(p)
	s.addTandems(p, persons, people)
	l := newLinker(s, persons, people, opts.Slugs, parts)
	l.link(posts, verdicts, newest)
	l.fill()
	s.linkDiaries()
	s.Tags = l.sortedTags()
	for _, person := range persons {
		if len(person.Posts) > 0 {
			s.Authors = append(s.Authors, person)
		}
	}
	s.addAuthorAddresses()
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

// addRounds adds the programme's rounds (the first of an id), newest
// first: the archive reads backwards in time.
func (s *Site) addRounds(p *programme.Programme) {
	s.Rounds = make([]*Round, 0, len(p.Rounds))
	for _, r := range p.Rounds {
		if r.ID == "" || slices.ContainsFunc(s.Rounds, func(o *Round) bool { return o.ID == r.ID }) {
			continue
		}
		s.Rounds = append(s.Rounds, &Round{Round: r})
	}
	slices.SortStableFunc(s.Rounds, func(a, b *Round) int { return b.Start.Compare(a.Start) })
	ids := make([]string, len(s.Rounds))
	for i, r := range s.Rounds {
		ids[i] = r.ID
	}
	hrefs := addresses(s.BasePath, RoundsRoot, ids)
	for _, r := range s.Rounds {
		r.Href, r.URL = hrefs.next()
	}
}

// addPeople returns everyone in the programme in the order of their
// keys, and their places in that list by key.
func addPeople(p *programme.Programme) ([]*Person, map[string]int32) {
	keys := p.PersonKeys()
	all := make([]Person, len(keys))
	persons := make([]*Person, len(keys))
	people := make(map[string]int32, len(keys))
	for i, key := range keys {
		all[i].Person = p.People[key]
		persons[i] = &all[i]
		people[key] = int32(i)
	}
	return persons, people
}

// addTandems adds the programme's tandems in its order, each linked to
// its round and people.
func (s *Site) addTandems(p *programme.Programme, persons []*Person, people map[string]int32) {
	person := func(key string) *Person {
		if i, ok := people[key]; ok {
			return persons[i]
		}
		return nil
	}
	all := make([]Tandem, len(p.Tandems))
	s.Tandems = make([]*Tandem, len(p.Tandems))
	ids := make([]string, len(p.Tandems))
	for i := range p.Tandems {
		ids[i] = p.Tandems[i].ID
	}
	hrefs := addresses(s.BasePath, TandemsRoot, ids)
	for i := range p.Tandems {
		pt := &p.Tandems[i]
		t := &all[i]
		t.Tandem, t.Round, t.Mentee = pt, s.round(pt.Round.Key), person(pt.Mentee.Key)
		t.Href, t.URL = hrefs.next()
		for _, m := range pt.Mentors {
			if mentor := person(m.Key); mentor != nil {
				t.Mentors = append(t.Mentors, mentor)
			}
		}
		if t.Round != nil {
			t.Round.Tandems = append(t.Round.Tandems, t)
		}
		s.Tandems[i] = t
	}
}

// round returns the round with id, or nil.
func (s *Site) round(id string) *Round {
	for _, r := range s.Rounds {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// addAuthorAddresses gives every author the address of their page.
func (s *Site) addAuthorAddresses() {
	keys := make([]string, len(s.Authors))
	for i, a := range s.Authors {
		keys[i] = a.Key
	}
	hrefs := addresses(s.BasePath, AuthorsRoot, keys)
	for _, a := range s.Authors {
		a.Href, a.URL = hrefs.next()
	}
}

// addressList hands out, in order, addresses that addresses built.
type addressList struct {
	all  string
	ends []int // where each href ends in all
	base int   // the length of the base path, where each URL starts
	i    int   // the next href
}

// addresses builds base+root+name+"/" for every name into one string
// (one allocation instead of one per address). next returns them in
// order, each as the href and the URL (the href without base).
func addresses(base, root string, names []string) *addressList {
	ends := make([]int, len(names))
	size := 0
	for i, name := range names {
		size += len(base) + len(root) + len(name) + 1
		ends[i] = size
	}
	var b strings.Builder
	b.Grow(size)
	for _, name := range names {
		b.WriteString(base)
		b.WriteString(root)
		b.WriteString(name)
		b.WriteByte('/')
	}
	return &addressList{all: b.String(), ends: ends, base: len(base)}
}

// next returns the next href and URL.
func (a *addressList) next() (href, url string) {
	start := 0
	if a.i > 0 {
		start = a.ends[a.i-1]
	}
	href = a.all[start:a.ends[a.i]]
	a.i++
	return href, href[a.base:]
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
