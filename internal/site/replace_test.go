package site

import (
	"reflect"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// TestReplace edits one post in several ways: an edit that keeps its
// place in the model is made in place and gives the model New gives; any
// other is refused and leaves the model as it was.
func TestReplace(t *testing.T) {
	prog := testProgramme()
	posts := []*content.Post{
		{Path: "a", Slug: "a", Date: day(2024, 2, 1), Tandem: ref("t1"), Round: ref("r1"), Kind: content.KindDiary, Tags: []string{"KI"}, Authors: []metadata.Ref{ref("anna")}},
		{Path: "b", Slug: "b", Date: day(2024, 3, 1), Tandem: ref("t1"), Round: ref("r1"), Kind: content.KindDiary, Tags: []string{"ki", "Video"}},
		{Path: "c", Slug: "c", Date: day(2024, 4, 1), Tandem: ref("t1"), Round: ref("r1"), Kind: content.KindDiary},
	}
	published := review.Verdict{State: review.Published}
	verdicts := []review.Verdict{published, published, {State: review.Draft}}
	edit := func(change func(p *content.Post)) *content.Post {
		p := *posts[1]
		p.Title, p.Body = "Neu", []byte("Neu")
		change(&p)
		return &p
	}
	tests := []struct {
		name    string
		post    *content.Post
		verdict review.Verdict
		ok      bool
	}{
		{"text", edit(func(*content.Post) {}), published, true},
		{"text, not yet approved", edit(func(*content.Post) {}), review.Verdict{State: review.Waiting}, false},
		{"date", edit(func(p *content.Post) { p.Date = day(2024, 1, 15) }), published, false},
		{"slug", edit(func(p *content.Post) { p.Slug = "b2" }), published, false},
		{"tag spelling", edit(func(p *content.Post) { p.Tags = []string{"KI", "Video"} }), published, false},
		{"author", edit(func(p *content.Post) { p.Authors = []metadata.Ref{ref("chris")} }), published, false},
		{"kind", edit(func(p *content.Post) { p.Kind = content.KindRetrospective }), published, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(prog, posts, verdicts, Options{Now: day(2025, 1, 1)})
			before := New(prog, posts, verdicts, Options{Now: day(2025, 1, 1)})
			edited := []*content.Post{posts[0], tt.post, posts[2]}
			editedVerdicts := []review.Verdict{verdicts[0], tt.verdict, verdicts[2]}
			want := New(prog, edited, editedVerdicts, Options{Now: day(2025, 1, 1)})
			if ok := s.Replace(posts[1], tt.post, tt.verdict); ok != tt.ok {
				t.Fatalf("Replace = %t, want %t", ok, tt.ok)
			}
			if !tt.ok {
				want = before
			}
			if !reflect.DeepEqual(s, want) {
				t.Error("the model differs from the one New makes")
			}
		})
	}
}

// TestReplaceLeftOut edits a post a production model leaves out: while
// it stays unpublished the model does not change; once published it
// needs a new model.
func TestReplaceLeftOut(t *testing.T) {
	prog := testProgramme()
	posts := []*content.Post{
		{Path: "a", Slug: "a", Date: day(2024, 2, 1), Tandem: ref("t1"), Round: ref("r1"), Kind: content.KindDiary},
		{Path: "b", Slug: "b", Date: day(2024, 3, 1), Tandem: ref("t1"), Round: ref("r1"), Kind: content.KindDiary},
	}
	verdicts := []review.Verdict{{State: review.Published}, {State: review.Draft}}
	edited := *posts[1]
	edited.Title = "Neu"
	s := New(prog, posts, verdicts, Options{Now: day(2025, 1, 1)})
	if !s.Replace(posts[1], &edited, review.Verdict{State: review.Waiting}) {
		t.Error("an unpublished post that stays unpublished: Replace refused")
	}
	want := New(prog, []*content.Post{posts[0], &edited}, []review.Verdict{verdicts[0], {State: review.Waiting}}, Options{Now: day(2025, 1, 1)})
	if !reflect.DeepEqual(s, want) {
		t.Error("the model differs from the one New makes")
	}
	if s.Replace(posts[1], &edited, review.Verdict{State: review.Published}) {
		t.Error("an unpublished post that becomes published: Replace accepted")
	}
}
