package synthetic

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// Plan makes up a site with opts.Posts posts: 3 to 10 rounds depending on
// the size, about one tandem per 40 posts, their people, 300 tags (or
// opts.Tags), and each post's front matter. It fails for a size below one
// and for tag counts it cannot make.
func Plan(opts Options) (*Site, error) {
	if opts.Posts < 1 {
		return nil, errors.New("a site needs at least one post")
	}
	tags := cmp.Or(opts.Tags, 300)
	if tags < 0 || tags > MaxTags || opts.TagsPerPost < 0 || opts.TagsPerPost >= tags {
		return nil, fmt.Errorf("cannot make %d tags with %d per post (at most %d tags, fewer per post)", tags, opts.TagsPerPost, MaxTags)
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x7a6e64656d))
	s := &Site{
		Seed:         opts.Seed,
		Title:        "Tandem-Tagebuch",
		Description:  "Auszubildende zeigen Führungskräften die digitale Welt – und lernen selbst dabei.",
		BaseURL:      "https://intranet.example.com/mentoring/",
		Organisation: "Beispiel AG",
		PageSize:     10,
		vocab:        newVocabulary(),
		tagsPerPost:  opts.TagsPerPost,
	}
	s.Topics = s.vocab.topics[:8]
	s.planRounds(roundCount(opts.Posts))
	s.planPeople(rng, max(len(s.Rounds), (opts.Posts+20)/40))
	s.planTags(tags)
	s.planPosts(rng, opts.Posts)
	return s, nil
}

// roundCount grows from 3 rounds for small sites to 10 for 14,000 posts
// and more.
func roundCount(posts int) int { return min(10, 3+posts/2000) }

// planRounds makes n rounds of six months, the newest starting on
// 2026-03-02, so that every post is dated before 2026-09-01.
func (s *Site) planRounds(n int) {
	lastRoundStart := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	for k := range n {
		start := lastRoundStart.AddDate(0, -6*(n-1-k), 0)
		s.Rounds = append(s.Rounds, Round{
			ID:      fmt.Sprintf("r%d", k+1),
			Title:   fmt.Sprintf("Runde %d (%s)", k+1, start.Format("2006")),
			Start:   start,
			End:     start.AddDate(0, 6, -4),
			Summary: fmt.Sprintf("Die %d. Runde des Programms: Tandems aus Auszubildenden und Führungskräften.", k+1),
		})
	}
}

// planPeople makes the tandems and the people in them: each tandem has
// its own mentee and one or two mentors from a shared pool, plus the
// reviewers and organisers of the programme.
func (s *Site) planPeople(rng *rand.Rand, tandems int) {
	v := s.vocab
	used := map[string]int{}
	add := func(name, role, dept string) string {
		key := content.Slugify(name)
		used[key]++
		if n := used[key]; n > 1 {
			key = fmt.Sprintf("%s-%d", key, n)
		}
		s.People = append(s.People, Person{Key: key, Name: name, Role: role, Department: dept})
		return key
	}
	name := func() string { return pick(rng, v.firstNames) + " " + pick(rng, v.lastNames) }
	for range 3 + tandems/500 {
		s.Reviewers = append(s.Reviewers, add(name(), "reviewer", "Kommunikation"))
	}
	for range 2 {
		add(name(), "organiser", "Personal")
	}
	mentors := make([]string, max(2, tandems*6/5))
	for i := range mentors {
		mentors[i] = add(name(), "mentor", "Ausbildung "+pick(rng, v.departments))
	}
	width := len(fmt.Sprint(tandems))
	for i := range tandems {
		title := ""
		if rng.IntN(4) == 0 {
			title = "Dr. "
		}
		t := Tandem{
			ID:      fmt.Sprintf("t%0*d", width, i+1),
			Round:   s.Rounds[i*len(s.Rounds)/tandems].ID,
			Mentee:  add(title+name(), "mentee", pick(rng, v.departments)),
			Topics:  distinct(rng, v.topics, 1+rng.IntN(3)),
			Cadence: pick(rng, []string{"alle zwei Wochen", "alle drei bis vier Wochen", "monatlich", "jeden Freitag"}),
		}
		t.Mentors = distinct(rng, mentors, 1+rng.IntN(2))
		for _, topic := range t.Topics {
			t.Goals = append(t.Goals, fmt.Sprintf("%s im %s %s", topic, pick(rng, v.nouns), pick(rng, v.verbs)))
		}
		s.Tandems = append(s.Tandems, t)
	}
	sortPeople(s.People)
}

// planTags makes n tag names with distinct addresses: the topics, the
// nouns, then adjective and noun pairs.
func (s *Site) planTags(n int) {
	v := s.vocab
	seen := map[string]bool{}
	add := func(tag string) {
		if slug := content.Slugify(tag); len(s.Tags) < n && !seen[slug] {
			seen[slug] = true
			s.Tags = append(s.Tags, tag)
		}
	}
	for _, t := range v.topics {
		add(t)
	}
	for _, t := range v.nouns {
		add(t)
	}
	for _, a := range v.adjectives {
		for _, t := range v.nouns {
			add(capitalise(a) + " " + t)
		}
	}
}
