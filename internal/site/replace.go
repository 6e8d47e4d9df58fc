package site

import (
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// SameShape reports whether a post edited from a to b leaves the shape
// of a model unchanged: the same posts in the same lists, in the same
// order, with the same rounds, tandems, authors and tags. It compares
// every field of a post that New reads but its bundle's files (which
// Replace reads again); the verdict's state, which decides whether a post
// is shown, the caller compares.
func SameShape(a, b *content.Post) bool {
	return a.Path == b.Path && a.Slug == b.Slug && a.Kind == b.Kind && a.Date.Equal(b.Date) &&
		a.Round.Key == b.Round.Key && a.Tandem.Key == b.Tandem.Key && slices.Equal(a.Tags, b.Tags) &&
		slices.EqualFunc(a.Authors, b.Authors, func(x, y metadata.Ref) bool { return x.Key == y.Key })
}

// Replace puts post, with the verdict v, in place of the shown post of
// its path, which it must have the same shape as (SameShape) and the
// same verdict state: its own values change (its text, title, summary,
// photos and verdict), every list stays as it is. A post that is not
// shown is not in the model, and Replace does nothing. The result equals
// New over the posts with post in place of the one it replaces
// (TestReplaceEqualsNew).
func (s *Site) Replace(post *content.Post, v review.Verdict) {
	// s.Posts are newest first: the reverse of Compare.
	i, found := slices.BinarySearchFunc(s.Posts, post, func(p *Post, t *content.Post) int { return Compare(t, p.Post) })
	if !found {
		return
	}
	p := s.Posts[i]
	p.Post, p.Verdict = post, v
	p.Images = postImages(p, s.Programme.Images)
}

// At sets the time the model is shown at: Now and the round running then.
func (s *Site) At(now time.Time) {
	s.Now, s.Current = now, currentRound(s.Rounds, now)
}
