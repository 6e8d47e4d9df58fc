package render

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestRelatedPostsEqualScan: relatedPosts, which finds the round's
// posts sharing a tag through relations, chooses what scanning the
// round's head post by post chooses (relatedByScan, the definition), on
// random sites with rounds longer than their heads, popular and rare
// tags, diaries and posts without round or tandem.
func TestRelatedPostsEqualScan(t *testing.T) {
	t.Parallel()
	for seed := range uint64(6) {
		rng := rand.New(rand.NewPCG(seed, 17))
		rounds := []*site.Round{{}, {}, {}}
		var tandems []*site.Tandem
		for i := range 40 {
			tandems = append(tandems, &site.Tandem{Round: rounds[i%len(rounds)]})
		}
		tags := make([]*site.Tag, 30)
		for i := range tags {
			tags[i] = &site.Tag{Name: fmt.Sprint("t", i), Number: i}
		}
		posts := make([]*site.Post, 900)
		for n := range posts {
			p := &site.Post{Post: &content.Post{Title: fmt.Sprint("p", n)}, Number: n}
			if rng.IntN(10) > 0 {
				p.Tandem = tandems[rng.IntN(len(tandems))]
				p.Round = p.Tandem.Round
			} else if rng.IntN(2) == 0 {
				p.Round = rounds[rng.IntN(len(rounds))]
			}
			for range rng.IntN(5) {
				tag := tags[min(rng.IntN(len(tags)), rng.IntN(len(tags)))] // low numbers popular
				if !slices.Contains(p.Tags, tag) {
					p.Tags = append(p.Tags, tag)
				}
			}
			posts[n] = p
			if p.Round != nil {
				p.Round.Posts = append(p.Round.Posts, p)
			}
			for _, tag := range p.Tags {
				tag.Posts = append(tag.Posts, p)
			}
		}
		for _, p := range slices.Backward(posts) { // diaries oldest first
			if p.Tandem != nil {
				p.Tandem.Diary = append(p.Tandem.Diary, p)
			}
		}
		rel := newRelations(len(posts), rounds, tandems)
		for _, p := range posts {
			lo, hi := 0, 0
			if p.Tandem != nil {
				lo, hi = diaryWindow(rel.place[p.Number], len(p.Tandem.Diary))
			}
			got, want := relatedList(p, rel, lo, hi), relatedByScan(p, rel.place, lo, hi)
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d, %s: %v, scanning %v", seed, p.Title, titles(got), titles(want))
			}
		}
	}
}

// relatedByScan is relatedPosts as defined: every post of the round's
// head scored by the tags it shares.
func relatedByScan(p *site.Post, place []int, lo, hi int) []*site.Post {
	var out []*site.Post
	taken := func(q *site.Post) bool {
		if q == p || slices.Contains(out, q) {
			return true
		}
		return q.Tandem != nil && q.Tandem == p.Tandem && place[q.Number] >= lo && place[q.Number] < hi
	}
	if t := p.Tandem; t != nil {
		i := place[p.Number]
		for d := 1; len(out) < relatedCount && (i-d >= 0 || i+d < len(t.Diary)); d++ {
			for _, j := range []int{i - d, i + d} {
				if j >= 0 && j < len(t.Diary) && len(out) < relatedCount && !taken(t.Diary[j]) {
					out = append(out, t.Diary[j])
				}
			}
		}
	}
	if p.Round != nil && len(out) < relatedCount {
		out = pickByTags(p, head(p.Round.Posts), out, taken)
	}
	if len(out) < relatedCount {
		var pool []*site.Post
		for _, t := range p.Tags {
			pool = append(pool, head(t.Posts)...)
		}
		out = pickByTags(p, pool, out, func(q *site.Post) bool { return taken(q) || sharedTags(p, q) == 0 })
	}
	return out
}

// pickByTags appends to out, up to relatedCount, the posts of pool not
// taken: those sharing the most tags with p first, then the newest (the
// lowest number), by sorting them.
func pickByTags(p *site.Post, pool, out []*site.Post, taken func(*site.Post) bool) []*site.Post {
	type scored struct {
		post   *site.Post
		shared int
	}
	pool = slices.Clone(pool)
	slices.SortFunc(pool, func(a, b *site.Post) int { return a.Number - b.Number })
	pool = slices.Compact(pool) // a post of several of p's tags once
	var cands []scored
	for _, q := range pool {
		if !taken(q) {
			cands = append(cands, scored{q, sharedTags(p, q)})
		}
	}
	slices.SortStableFunc(cands, func(a, b scored) int {
		if a.shared != b.shared {
			return b.shared - a.shared
		}
		return a.post.Number - b.post.Number
	})
	for _, c := range cands {
		if len(out) == relatedCount {
			break
		}
		out = append(out, c.post)
	}
	return out
}

// relatedList is the list relatedPosts chooses.
func relatedList(p *site.Post, rel *relations, lo, hi int) []*site.Post {
	r := relatedPosts(p, rel, lo, hi)
	return r.list()
}
