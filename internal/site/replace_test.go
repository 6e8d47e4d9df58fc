package site

import (
	"reflect"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// TestReplaceEqualsNew edits one post of a generated site in every way
// an author can and compares, for each edit that keeps the model's
// shape (SameShape), the model made by New with the edited post and the
// model of the original posts with the edited post put in place
// (Replace, At): they must be equal. The edits that change the shape
// must be told apart by SameShape.
func TestReplaceEqualsNew(t *testing.T) {
	t.Parallel()
	prog, posts := generatedSite(t, synthetic.Options{Posts: 300, Seed: 5, Tags: 60, TagsPerPost: 3})
	verdicts := make([]review.Verdict, len(posts))
	for i := range posts {
		verdicts[i].State = review.Published
		if i%6 == 0 {
			verdicts[i].State = review.Draft
		}
	}
	photo := content.File{Name: "foto.jpg", Source: "x/foto.jpg", Size: 9, Image: &images.Info{Width: 1600, Height: 900}}
	edits := []struct {
		name  string
		edit  func(p *content.Post)
		shape bool
	}{
		{"title", func(p *content.Post) { p.Title += " (neu)" }, true},
		{"summary", func(p *content.Post) { p.Summary = "Neu." }, true},
		{"body", func(p *content.Post) { p.Body = append(p.Body, "\nMehr.\n"...); p.Hash[0]++ }, true},
		{"cover image", func(p *content.Post) { p.Image = "foto.jpg" }, true},
		{"a photo in the bundle", func(p *content.Post) { p.Files = append(p.Files, photo) }, true},
		{"date", func(p *content.Post) { p.Date = p.Date.Add(24 * time.Hour) }, false},
		{"slug", func(p *content.Post) { p.Slug += "-2" }, false},
		{"kind", func(p *content.Post) { p.Kind = content.KindRetrospective }, false},
		{"tag added", func(p *content.Post) { p.Tags = append(p.Tags, "Neu") }, false},
		{"tag renamed", func(p *content.Post) { p.Tags[0] += "x" }, false},
		{"author", func(p *content.Post) { p.Authors = append(p.Authors, metadata.Ref{Key: "someone"}) }, false},
		{"round", func(p *content.Post) { p.Round.Key = "other" }, false},
		{"tandem", func(p *content.Post) { p.Tandem.Key = "other" }, false},
	}
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, preview := range []bool{false, true} {
		for _, i := range []int{0, 1, 7, 150, len(posts) - 1} { // 0 is a draft, shown only in a preview
			for _, e := range edits {
				edited := *posts[i]
				edited.Tags = append([]string(nil), posts[i].Tags...)
				edited.Authors = append([]metadata.Ref(nil), posts[i].Authors...)
				e.edit(&edited)
				if got := SameShape(posts[i], &edited); got != e.shape {
					t.Errorf("%s: SameShape = %v, want %v", e.name, got, e.shape)
				}
				if !e.shape {
					continue
				}
				after := append([]*content.Post(nil), posts...)
				after[i] = &edited
				want := New(prog, after, verdicts, Options{Preview: preview, Now: now.Add(time.Hour)})
				got := New(prog, posts, verdicts, Options{Preview: preview, Now: now})
				got.Replace(&edited, verdicts[i])
				got.At(now.Add(time.Hour))
				if !reflect.DeepEqual(got, want) {
					t.Errorf("preview %v, post %d, %s: the model with the post replaced differs from a new one", preview, i, e.name)
				}
			}
		}
	}
}
