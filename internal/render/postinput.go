package render

import (
	"html/template"
	"iter"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// postInput is everything a post's view and card are made from besides
// the renderer and the converted body, which Body names (bodyInput):
// postView reads nothing else. So a post whose input equals the input it
// had in the last render with the same cache gets that render's view and
// card again, their keys and the card's HTML included (see
// Cache.lastPost), and an edit costs the views of the posts it changed.
// The strings of a post that was not edited share their bytes with the
// last render's, so most comparisons end at the pointers.
type postInput struct {
	facts postFacts
	// links are the authors' links, then the tags'.
	links []Link
	// pictures are the bundle's JPEG and PNG files with their sizes,
	// for the cover.
	pictures []picture
}

// postFacts are the fields of postInput that == compares. A time.Time
// compares equal only with the same instant in the same *time.Location,
// which keeps the date as shown.
type postFacts struct {
	Title, Href, Path, Kind, Summary string
	// Image is the cover the front matter names; Page the post's page
	// below the base path and BaseURL the site's, for the cover's
	// absolute address.
	Image, Page, BaseURL      string
	Date                      time.Time
	State                     review.State
	Reason                    string
	Body                      bodyInput
	Authors                   int
	Round, Tandem, Prev, Next Link
	// HasRound, HasTandem, HasPrev and HasNext say which links are there.
	HasRound, HasTandem, HasPrev, HasNext bool
	// Preview is set in a preview, where the view has the review record.
	Preview bool
	Review  reviewInput
}

// reviewInput is what a preview shows of the review record.
type reviewInput struct {
	ApprovedBy  string
	ApprovedAt  time.Time
	Changes     bool
	ChangesBy   string
	ChangesAt   time.Time
	ChangesNote string
	WaitingDays int
	// Diff is what changed since a stale approval (changesHTML).
	Diff template.HTML
}

// sameInput reports whether p in s, with body (bodyInputOf), has the
// input old: whether inputOf would return an input equal to old. It
// builds no input, so an unchanged post costs a comparison, not an
// allocation.
func (r *Renderer) sameInput(s *site.Site, p *site.Post, body bodyInput, old *postInput) bool {
	if r.factsOf(s, p, body) != old.facts {
		return false
	}
	n := 0
	for l := range postLinks(p) {
		if n == len(old.links) || old.links[n] != l {
			return false
		}
		n++
	}
	if n != len(old.links) || len(p.Images) != len(old.pictures) {
		return false
	}
	return len(p.Images) == 0 || slices.Equal(pictures(p.Images), old.pictures)
}

// inputOf is the input of p's view in s; body is what its Markdown is
// converted from (bodyInputOf).
func (r *Renderer) inputOf(s *site.Site, p *site.Post, body bodyInput) postInput {
	links := slices.AppendSeq(make([]Link, 0, len(p.Authors)+len(p.Tags)), postLinks(p))
	return postInput{facts: r.factsOf(s, p, body), links: links, pictures: pictures(p.Images)}
}

// postLinks are the links of p's input: its authors', then its tags'.
func postLinks(p *site.Post) iter.Seq[Link] {
	return func(yield func(Link) bool) {
		for _, a := range p.Authors {
			if !yield(Link{Name: a.Name, Href: a.Href}) {
				return
			}
		}
		for _, t := range p.Tags {
			if !yield(Link{Name: t.Name, Href: t.Href}) {
				return
			}
		}
	}
}

// factsOf are the facts of p's input in s (see inputOf).
func (r *Renderer) factsOf(s *site.Site, p *site.Post, body bodyInput) postFacts {
	f := postFacts{Title: p.Title, Href: p.Href, Path: p.Path, Kind: p.Kind, Summary: p.Summary, Date: p.Date,
		State: p.Verdict.State, Reason: r.reason(p), Body: body, Authors: len(p.Authors), Preview: s.Preview,
		Image: p.Image, Page: p.URL, BaseURL: s.Programme.BaseURL}
	if f.HasRound = p.Round != nil; f.HasRound {
		f.Round = Link{Name: p.Round.Title, Href: p.Round.Href}
	}
	if f.HasTandem = p.Tandem != nil; f.HasTandem {
		f.Tandem = Link{Name: tandemName(p.Tandem), Href: p.Tandem.Href}
	}
	if f.HasPrev = p.Prev != nil; f.HasPrev {
		f.Prev = Link{Name: p.Prev.Title, Href: p.Prev.Href}
	}
	if f.HasNext = p.Next != nil; f.HasNext {
		f.Next = Link{Name: p.Next.Title, Href: p.Next.Href}
	}
	if s.Preview {
		f.Review = r.reviewInputOf(s, p)
	}
	return f
}

// reviewInputOf is p's review record as a preview shows it.
func (r *Renderer) reviewInputOf(s *site.Site, p *site.Post) reviewInput {
	rec := p.Review
	in := reviewInput{ApprovedBy: personName(s, rec.ApprovedBy), ApprovedAt: rec.ApprovedAt, Diff: r.changesHTML(s.Changes[p.Path])}
	if c := rec.ChangesRequested; c != nil {
		in.Changes, in.ChangesBy, in.ChangesAt, in.ChangesNote = true, personName(s, c.By), c.At, c.Note
	}
	if p.Verdict.State == review.Waiting && !rec.SubmittedAt.IsZero() {
		in.WaitingDays = int(s.Now.Sub(rec.SubmittedAt).Hours() / 24)
	}
	return in
}

// personName is the name of the person with key in programme.yaml (a
// reviewer is shown by name, not key), or the key when it names no one.
func personName(s *site.Site, key string) string {
	if p, ok := s.Programme.People[key]; ok && p.Name != "" {
		return p.Name
	}
	return key
}
