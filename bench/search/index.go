package main

import (
	"bytes"
	"time"

	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// indexTime is the CPU time of making the search index of s, runs times:
// search.Build of the posts with their converted Markdown (as render
// takes it from the post's view). Converting the Markdown is not
// counted: render does it for the pages anyway.
func indexTime(s *synthetic.Site, runs int) ([]time.Duration, error) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	html := make([]string, len(s.Posts))
	for i := range s.Posts {
		var b bytes.Buffer
		if err := md.Convert(s.Body(i), &b); err != nil {
			return nil, err
		}
		html[i] = b.String()
	}
	var out []time.Duration
	for range runs {
		cpu := cpuTime()
		docs := make([]search.Doc, len(s.Posts))
		for i := range s.Posts {
			docs[i] = docOf(s, &s.Posts[i], html[i]) // oldest first, as search.Build takes them
		}
		search.Build(docs, search.Options{Lang: "de"}, nil)
		out = append(out, cpuTime()-cpu)
	}
	return out, nil
}

// docOf is what render hands the index of a post.
func docOf(s *synthetic.Site, p *synthetic.Post, html string) search.Doc {
	d := search.Doc{URL: "/mentoring/posts/" + p.Slug + "/", Title: p.Title, DateISO: p.Date.Format("2006-01-02"),
		DateText: p.Date.Format("2. January 2006"), Excerpt: p.Summary, HTML: html,
		Kind: search.Value{Key: p.Kind, Label: p.Kind}, Year: search.Value{Key: p.Date.Format("2006"), Label: p.Date.Format("2006")},
		Round: search.Value{Key: p.Round, Label: p.Round}}
	if p.Tandem != "" {
		d.Tandem = search.Value{Key: p.Tandem, Label: p.Tandem}
	}
	for _, t := range p.Tags {
		d.Tags = append(d.Tags, search.Value{Key: t, Label: t})
	}
	for _, a := range p.Authors {
		d.Authors = append(d.Authors, search.Value{Key: a, Label: s.Person(a).Name})
	}
	return d
}
