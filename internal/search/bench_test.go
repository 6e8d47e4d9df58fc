package search

import (
	"bytes"
	"slices"
	"strconv"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
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
		build(docs, Options{Lang: "de"}, nil)
	}
}

// BenchmarkSave builds the index of 10,000 generated posts with a Cache,
// then, per iteration, again with one post's text changed, as a save in
// tandem serve does.
func BenchmarkSave(b *testing.B) {
	docs := keyedDocs(b, 10000)
	var c Cache
	build(docs, Options{Lang: "de"}, &c)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		d := &docs[n%len(docs)]
		d.Text += " Quokka" + strconv.Itoa(n)
		d.Key = d.URL + strconv.Itoa(n)
		build(docs, Options{Lang: "de"}, &c)
	}
}

// BenchmarkAddDelete builds the index of 10,000 generated posts with a
// Cache, then, per iteration, again with a new post in front of them
// (tandem new post) or, every other time, without it again.
func BenchmarkAddDelete(b *testing.B) {
	docs := keyedDocs(b, 10001)
	post, docs := docs[0], docs[1:]
	var c Cache
	build(docs, Options{Lang: "de"}, &c)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		if n%2 == 1 {
			post.Key = post.URL + strconv.Itoa(n)
			build(append([]Doc{post}, docs...), Options{Lang: "de"}, &c)
		} else {
			build(docs, Options{Lang: "de"}, &c)
		}
	}
	if c.updates < n {
		b.Errorf("%d of %d builds updated the index", c.updates, n)
	}
}

// BenchmarkDeleteOld is BenchmarkAddDelete with a post among the oldest
// (the 100th from the end) deleted and added again: every later post is
// numbered again.
func BenchmarkDeleteOld(b *testing.B) {
	all := keyedDocs(b, 10000)
	at := len(all) - 100
	without := slices.Concat(all[:at], all[at+1:])
	var c Cache
	build(all, Options{Lang: "de"}, &c)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n++
		if n%2 == 1 {
			build(without, Options{Lang: "de"}, &c)
		} else {
			build(all, Options{Lang: "de"}, &c)
		}
	}
	if c.updates < n {
		b.Errorf("%d of %d builds updated the index", c.updates, n)
	}
}

// keyedDocs returns n generated posts as docs keyed by their slug.
func keyedDocs(b testing.TB, n int) []Doc {
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]Doc, len(s.Posts))
	for i, p := range s.Posts {
		docs[i] = Doc{URL: p.Slug, Title: p.Title, Text: string(s.Body(i)), Key: p.Slug, Round: Value{p.Round, p.Round}}
		for _, t := range p.Tags {
			docs[i].Tags = append(docs[i].Tags, Value{t, t})
		}
	}
	return docs
}

// BenchmarkCount weighs the words of 1,000 generated posts shaped as
// the bench site's (2,000 tags, four a post), their Markdown converted
// to HTML as render hands it over: the word counting of a one-shot
// Build, two thirds of its CPU.
func BenchmarkCount(b *testing.B) {
	docs := htmlDocs(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		countVocabulary(docs)
	}
}

// BenchmarkBuildSite builds the index of 10,000 posts shaped as
// BenchmarkCount's, without a Cache: the index of a production build of
// the bench site.
func BenchmarkBuildSite(b *testing.B) {
	docs := htmlDocs(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		build(docs, Options{Lang: "de"}, nil)
	}
}

// htmlDocs returns n generated posts shaped as the bench site's (2,000
// tags, four a post), their Markdown converted to HTML.
func htmlDocs(b testing.TB, n int) []Doc {
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1, Tags: 2000, TagsPerPost: 4})
	if err != nil {
		b.Fatal(err)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	docs := make([]Doc, len(s.Posts))
	for i, p := range s.Posts {
		var h bytes.Buffer
		if err := md.Convert(s.Body(i), &h); err != nil {
			b.Fatal(err)
		}
		docs[i] = Doc{URL: p.Slug, Title: p.Title, HTML: h.String(), Round: Value{p.Round, p.Round}}
		for _, t := range p.Tags {
			docs[i].Tags = append(docs[i].Tags, Value{t, t})
		}
	}
	return docs
}
