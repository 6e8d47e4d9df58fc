package synthetic

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// planPosts makes n posts: about 95% diary entries of a tandem, the rest
// retrospectives and announcements of a round written by an organiser.
func (s *Site) planPosts(rng *rand.Rand, n int) {
	var organisers []string
	for _, p := range s.People {
		if p.Role == "organiser" {
			organisers = append(organisers, p.Key)
		}
	}
	rounds := map[string]*Round{}
	for i := range s.Rounds {
		rounds[s.Rounds[i].ID] = &s.Rounds[i]
	}
	slugs := map[string]int{}
	s.Posts = make([]Post, n)
	for i := range s.Posts {
		p := &s.Posts[i]
		p.Index = i
		switch r := rng.IntN(100); {
		case r < 3:
			p.Kind = content.KindRetrospective
		case r < 5:
			p.Kind = content.KindAnnouncement
		default:
			p.Kind = content.KindDiary
		}
		if p.Kind == content.KindDiary {
			t := &s.Tandems[rng.IntN(len(s.Tandems))]
			p.Tandem, p.Round = t.ID, t.Round
			p.Authors = slices.Clone(t.Mentors)
			if rng.IntN(5) == 0 {
				p.Authors = append(p.Authors, t.Mentee)
			}
		} else {
			p.Round = s.Rounds[rng.IntN(len(s.Rounds))].ID
			p.Authors = []string{pick(rng, organisers)}
		}
		round := rounds[p.Round]
		days := int(round.End.Sub(round.Start).Hours() / 24)
		p.Date = round.Start.AddDate(0, 0, rng.IntN(days+1))
		p.Title = s.title(rng, p.Kind)
		p.Slug = uniqueSlug(slugs, content.Slugify(p.Title))
		k := s.tagsPerPost
		if k == 0 {
			k = 2 + rng.IntN(4)
		}
		p.Tags = s.pickTags(rng, k)
		if rng.IntN(5) == 0 {
			p.Summary = s.sentence(rng)
		}
		p.Bundle = i%50 == 25
		p.Reviewer = pick(rng, s.Reviewers)
		p.ApprovedAt = p.Date.Add(time.Duration(24*(1+rng.IntN(3))+8)*time.Hour + time.Duration(rng.IntN(600))*time.Minute)
		for range min(n-1, 1+rng.IntN(3)) {
			j := rng.IntN(n - 1)
			if j >= i {
				j++
			}
			p.Links = append(p.Links, j)
		}
	}
}

// uniqueSlug returns slug, or slug-2, slug-3… when it is taken.
func uniqueSlug(taken map[string]int, slug string) string {
	for {
		taken[slug]++
		n := taken[slug]
		if n == 1 {
			return slug
		}
		candidate := fmt.Sprintf("%s-%d", slug, n)
		if taken[candidate] == 0 {
			taken[candidate] = 1
			return candidate
		}
	}
}

// pickTags draws k distinct tags, the first ones far more often than the
// last, as on a real blog.
func (s *Site) pickTags(rng *rand.Rand, k int) []string {
	var tags []string
	for len(tags) < k {
		u := rng.Float64()
		t := s.Tags[int(u*u*u*float64(len(s.Tags)))]
		if !slices.Contains(tags, t) {
			tags = append(tags, t)
		}
	}
	return tags
}

// title makes up a post title fitting its kind.
func (s *Site) title(rng *rand.Rand, kind string) string {
	v := s.vocab
	topic, noun, adj := pick(rng, v.topics), pick(rng, v.nouns), pick(rng, v.adjectives)
	switch kind {
	case content.KindRetrospective:
		return fmt.Sprintf("Rückblick: %s, %s und die %s %s", topic, noun, adj, pick(rng, v.nouns))
	case content.KindAnnouncement:
		return fmt.Sprintf("Ankündigung: %s %s für %s", capitalise(adj), noun, topic)
	}
	switch rng.IntN(5) {
	case 0:
		return fmt.Sprintf("Treffen %d: %s und die %s %s", 1+rng.IntN(12), topic, adj, noun)
	case 1:
		return fmt.Sprintf("Was %s über %s gelernt hat", lowerFirst(pick(rng, v.subjects[3:])), topic)
	case 2:
		return fmt.Sprintf("%s, %s und eine %s Frage", topic, noun, adj)
	case 3:
		return fmt.Sprintf("Warum %s %s %s", lowerFirst(pick(rng, v.subjects)), pick(rng, v.finite), topic)
	}
	return fmt.Sprintf("%s %s %s im %s", capitalise(adj), noun, pick(rng, v.verbs), pick(rng, v.nouns))
}

func pick(rng *rand.Rand, from []string) string { return from[rng.IntN(len(from))] }

// distinct draws k different elements of from (all when k is larger).
func distinct(rng *rand.Rand, from []string, k int) []string {
	var out []string
	for len(out) < min(k, len(from)) {
		if e := pick(rng, from); !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

func capitalise(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}

func lowerFirst(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToLower(s[:i]) + s[i:]
		}
	}
	return strings.ToLower(s)
}

func sortPeople(people []Person) {
	slices.SortFunc(people, func(a, b Person) int { return strings.Compare(a.Key, b.Key) })
}
