package site

import (
	"slices"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Replace gives the post that s made from old the file post (old edited)
// and the verdict v, when that changes nothing else of the model: post
// keeps old's place (see samePlace) and stays shown, or stays left out
// (old is one of the posts s was made from, and s holds no post made
// from it: the model does not change). It
// changes s in place and reports whether it could; when it could not, s
// is as it was, and a model of the edited posts needs New. A dev server
// sees one post edited at a time, and most edits change only its text:
// Replace saves building the whole model again for them.
func (s *Site) Replace(old, post *content.Post, v review.Verdict) bool {
	p := s.made(old)
	if p == nil {
		return !Shown(v, s.Preview)
	}
	if !samePlace(old, post) || !Shown(v, s.Preview) {
		return false
	}
	p.Post, p.Verdict = post, v
	return true
}

// made returns the post s made from cp, or nil.
func (s *Site) made(cp *content.Post) *Post {
	for _, p := range s.Posts {
		if p.Post == cp {
			return p
		}
	}
	return nil
}

// samePlace reports whether a and b have the same place in a model:
// everything New reads of a post is the same (its path and date, which
// order it; its slug, which is its address; its kind, round, tandem,
// authors and tags, which put it in lists and name the tags).
func samePlace(a, b *content.Post) bool {
	sameKey := func(x, y metadata.Ref) bool { return x.Key == y.Key }
	return a.Path == b.Path && a.Date.Equal(b.Date) && a.Slug == b.Slug && a.Kind == b.Kind &&
		a.Round.Key == b.Round.Key && a.Tandem.Key == b.Tandem.Key &&
		slices.EqualFunc(a.Authors, b.Authors, sameKey) && slices.Equal(a.Tags, b.Tags)
}
