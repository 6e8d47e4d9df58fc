package site

import (
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// BenchmarkNew measures the model stage on its own, on a generated site
// of the shape the dev server's save-to-reload target is set for: 10,000
// posts with four tags each from 2,000 (about 18,000 pages). The site is
// planned, written and read in memory; only New is timed.
func BenchmarkNew(b *testing.B) {
	prog, posts := generatedSite(b, synthetic.Options{Posts: 10000, Seed: 1, Tags: 2000, TagsPerPost: 4})
	verdicts := make([]review.Verdict, len(posts))
	for i := range verdicts {
		verdicts[i] = review.Verdict{State: review.Published}
		if i%20 == 0 {
			verdicts[i].State = review.Draft // held back in production
		}
	}
	for _, preview := range []bool{false, true} {
		name := map[bool]string{false: "production", true: "preview"}[preview]
		b.Run(name, func(b *testing.B) {
			opts := Options{Preview: preview, Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Slugs: new(content.Slugs)}
			b.ReportAllocs()
			for b.Loop() {
				New(prog, posts, verdicts, opts)
			}
		})
	}
}

// generatedSite plans a site, writes it into memory and reads it back as
// the build does: programme, tandems and validated posts.
func generatedSite(b testing.TB, opts synthetic.Options) (*programme.Programme, []*content.Post) {
	b.Helper()
	plan, err := synthetic.Plan(opts)
	if err != nil {
		b.Fatal(err)
	}
	files := synthetic.Files{}
	if err := plan.WriteTandem(files); err != nil {
		b.Fatal(err)
	}
	prog, problems := programme.Load(files.FS())
	if problems.HasErrors() {
		b.Fatal(problems.Err())
	}
	posts, problems := content.Load(files.FS())
	if problems.HasErrors() {
		b.Fatal(problems.Err())
	}
	if problems := validate.Check(prog, posts); problems.HasErrors() {
		b.Fatal(problems.Err())
	}
	return prog, posts
}
