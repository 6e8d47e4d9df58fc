package search

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// BenchmarkBuild builds the index of 1,000 generated posts (their
// Markdown as text); bench/search measures it within a whole build.
func BenchmarkBuild(b *testing.B) {
	s, err := synthetic.Plan(synthetic.Options{Posts: 1000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]Doc, len(s.Posts))
	for i, p := range s.Posts {
		docs[i] = Doc{URL: p.Slug, Title: p.Title, Text: string(s.Body(i)), Round: Value{p.Round, p.Round}}
		for _, t := range p.Tags {
			docs[i].Tags = append(docs[i].Tags, Value{t, t})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Build(docs, Options{Lang: "de"}, nil)
	}
}
