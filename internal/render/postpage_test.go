package render

import (
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestDiaryWindow: a post page lists up to diaryLinks other posts of its
// diary, centred on the post where the diary allows.
func TestDiaryWindow(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ i, n, lo, hi int }{
		{0, 1, 0, 1}, {0, 10, 0, 6}, {5, 10, 3, 9}, {9, 10, 4, 10}, {2, 4, 0, 4},
	} {
		if lo, hi := diaryWindow(c.i, c.n); lo != c.lo || hi != c.hi {
			t.Errorf("diaryWindow(%d, %d) = %d, %d, want %d, %d", c.i, c.n, lo, hi, c.lo, c.hi)
		}
	}
}

// TestRelatedPosts: the nearest posts of the tandem's diary beyond the
// listed ones, then the round's posts with the most shared tags, then
// posts elsewhere sharing a tag; never the post itself, a listed one or
// a post sharing nothing.
func TestRelatedPosts(t *testing.T) {
	t.Parallel()
	tagA, tagB, tagC := &site.Tag{Name: "a"}, &site.Tag{Name: "b"}, &site.Tag{Name: "c"}
	r1, r2 := &site.Round{}, &site.Round{}
	t1, t2 := &site.Tandem{Round: r1}, &site.Tandem{Round: r1}
	var posts []*site.Post
	mk := func(title string, r *site.Round, tn *site.Tandem, tags ...*site.Tag) *site.Post {
		p := &site.Post{Post: &content.Post{Title: title}, Round: r, Tandem: tn, Tags: tags, Number: len(posts)}
		posts = append(posts, p)
		if r != nil {
			r.Posts = append(r.Posts, p)
		}
		for _, tg := range tags {
			tg.Posts = append(tg.Posts, p)
		}
		return p
	}
	// Newest first, as site.Posts is.
	other := mk("other round, tag a", r2, nil, tagA)
	mk("other round, tag c", r2, nil, tagC)
	roundA := mk("round, tag a", r1, t2, tagA)
	roundAB := mk("round, tags a b", r1, t2, tagA, tagB)
	roundNone := mk("round, no tag", r1, t2)
	for i := range 8 {
		mk("diary", r1, t1, tagB)
		t1.Diary = append([]*site.Post{posts[len(posts)-1]}, t1.Diary...) // oldest first
		_ = i
	}
	rel := newRelations(len(posts)+1, []*site.Round{r1, r2}, []*site.Tandem{t1, t2})
	p := t1.Diary[0] // the oldest: its window is the diary's first six
	lo, hi := diaryWindow(0, len(t1.Diary))
	got := relatedList(p, rel, lo, hi)
	want := []*site.Post{t1.Diary[6], t1.Diary[7], roundAB}
	if !slices.Equal(got, want) {
		t.Errorf("related of the oldest diary post: %v, want %v", titles(got), titles(want))
	}
	// A post of the other tandem: its diary is empty, so the round's posts
	// sharing the most tags first, then the newest; no post of another
	// round while the round has enough.
	q := &site.Post{Post: &content.Post{Title: "q"}, Round: r1, Tags: []*site.Tag{tagA, tagB}, Number: len(posts)}
	got = relatedList(q, rel, 0, 0)
	if want := []*site.Post{roundAB, roundA, t1.Diary[7]}; !slices.Equal(got, want) {
		t.Errorf("related of a round post: %v, want %v", titles(got), titles(want))
	}
	// Without a round: only posts sharing a tag.
	lone := &site.Post{Post: &content.Post{Title: "lone"}, Tags: []*site.Tag{tagA}, Number: len(posts)}
	got = relatedList(lone, rel, 0, 0)
	if want := []*site.Post{other, roundA, roundAB}; !slices.Equal(got, want) {
		t.Errorf("related by tags: %v, want %v", titles(got), titles(want))
	}
	_ = roundNone
}

func titles(ps []*site.Post) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title)
	}
	return out
}
