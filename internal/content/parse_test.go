package content

import (
	"crypto/sha256"
	"slices"
	"strings"
	"testing"
	"time"
)

const fullPost = `---
title: Erste Schritte
date: 2024-03-05T10:00:00+01:00
authors: [anna, bernd]
round: r1
tandem: t01
kind: retrospective
tags: [KI, Führung, KI]
summary: Worum es ging.
slug: erste-schritte
status: approved
review:
  submitted_at: 2024-03-01T09:00:00Z
  approved_by: frauke
  approved_at: 2024-03-05T10:12:00Z
  digest: sha256:abc
  changes_requested:
    by: frauke
    at: 2024-03-04T08:00:00Z
    note: "Bitte den Namen weglassen."
---

Erster Absatz.
`

func TestParseFields(t *testing.T) {
	t.Parallel()
	post, problems := Parse("content/posts/r1/2024-03-05-start.md", []byte(fullPost))
	wantProblems(t, problems, nil)
	checks := []struct {
		name      string
		got, want any
	}{
		{"title", post.Title, "Erste Schritte"},
		{"date", post.Date.UTC(), time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC)},
		{"authors", []string{post.Authors[0].Key, post.Authors[1].Key}, []string{"anna", "bernd"}},
		{"author position", post.Authors[1].Pos.String(), "content/posts/r1/2024-03-05-start.md:4:17"},
		{"round", post.Round.Key, "r1"},
		{"round position", post.Round.Pos.String(), "content/posts/r1/2024-03-05-start.md:5:8"},
		{"tandem", post.Tandem.Key, "t01"},
		{"tandem position", post.Tandem.Pos.String(), "content/posts/r1/2024-03-05-start.md:6:9"},
		{"kind", post.Kind, KindRetrospective},
		{"tags without repeats", post.Tags, []string{"KI", "Führung"}},
		{"summary", post.Summary, "Worum es ging."},
		{"slug", post.Slug, "erste-schritte"},
		{"status", post.Status, StatusApproved},
		{"name without date", post.Name, "start"},
		{"approved by", post.Review.ApprovedBy, "frauke"},
		{"approved at", post.Review.ApprovedAt, time.Date(2024, 3, 5, 10, 12, 0, 0, time.UTC)},
		{"submitted at", post.Review.SubmittedAt, time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)},
		{"digest", post.Review.Digest, "sha256:abc"},
		{"review position", post.Review.Pos.String(), "content/posts/r1/2024-03-05-start.md:13:3"},
		{"change note", post.Review.ChangesRequested.Note, "Bitte den Namen weglassen."},
		{"change by", post.Review.ChangesRequested.By, "frauke"},
		{"body", string(post.Body), "\nErster Absatz.\n"},
		{"body line", post.BodyLine, 22},
		{"hash", post.Hash, sha256.Sum256([]byte(fullPost))},
		{"title position via Pos", post.Pos("title").String(), "content/posts/r1/2024-03-05-start.md:2:8"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if !equal(c.got, c.want) {
				t.Errorf("got %#v, want %#v", c.got, c.want)
			}
		})
	}
}

func equal(a, b any) bool {
	if as, ok := a.([]string); ok {
		bs, ok := b.([]string)
		return ok && slices.Equal(as, bs)
	}
	if at, ok := a.(time.Time); ok {
		bt, ok := b.(time.Time)
		return ok && at.Equal(bt)
	}
	return a == b
}

func TestParseDefaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		path, slug, name string
	}{
		{"content/posts/2024-03-05-Rückblick.md", "rueckblick", "Rückblick"},
		{"content/posts/Große Pläne.md", "grosse-plaene", "Große Pläne"},
		{"content/posts/r2/2024-13-99-x.md", "x", "x"},
		{"content/posts/2024-03-05.md", "2024-03-05", "2024-03-05"},
		{"content/posts/snake_case.md", "snake-case", "snake_case"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			t.Parallel()
			post, problems := Parse(tt.path, []byte("---\ntitle: T\ndate: 2024-03-05\nround: r1\n---\n"))
			wantProblems(t, problems, nil)
			if post.Slug != tt.slug || post.Name != tt.name {
				t.Errorf("slug %q name %q, want %q %q", post.Slug, post.Name, tt.slug, tt.name)
			}
			if post.Kind != KindDiary || post.Status != StatusDraft || post.Summary != "" || post.Review.ChangesRequested != nil {
				t.Errorf("defaults: kind %q status %q summary %q", post.Kind, post.Status, post.Summary)
			}
		})
	}
}

func TestParseProblems(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"missing title and date", "---\nround: r1\n---\n", []string{
			`p.md:2:1 missing-field: the required field "title" is missing`,
			`p.md:2:1 missing-field: the required field "date" is missing`}},
		{"typo in a field name", "---\ntitel: T\ntitle: T\ndate: 2024-03-05\n---\n", []string{
			`p.md:2:1 unknown-field: a post has no field "titel"; it is ignored`}},
		{"impossible date", "---\ntitle: T\ndate: 2023-02-30\n---\n", []string{
			`p.md:3:7 bad-date: "date" is not a valid date: "2023-02-30"`}},
		{"authors as a number is a list of one (validate finds no such person)", "---\ntitle: T\ndate: 2024-03-05\nauthors: 5\n---\n", nil},
		{"bad kind and status", "---\ntitle: T\ndate: 2024-03-05\nkind: diery\nstatus: aproved\n---\n", []string{
			`p.md:4:7 bad-value: "kind" cannot be "diery"`,
			`p.md:5:9 bad-value: "status" cannot be "aproved"`}},
		{"unknown review field", "---\ntitle: T\ndate: 2024-03-05\nreview:\n  aproved_by: x\n---\n", []string{
			`p.md:5:3 unknown-field: the review block has no field "aproved_by"; it is ignored`}},
		{"YAML error stops decoding", "---\ntitle: [T\ndate: 2024-03-05\n---\n", []string{
			`p.md:2:1 yaml-syntax: a list opened with [ on this line is never closed`}},
		{"error after blank lines at the top", "\n\n---\ntitle: T\ndate: 2024-02-30\n---\n", []string{
			`p.md:5:7 bad-date: "date" is not a valid date: "2024-02-30"`}},
		{"body limit at the body's line", "---\ntitle: T\ndate: 2024-03-05\n---\ntext\n" + deepQuote, []string{
			"p.md:6:1 too-deep: quotes and lists nest 40 deep here; at most 32 levels are allowed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, problems := Parse("p.md", []byte(tt.in))
			wantProblems(t, problems, tt.want)
		})
	}
}

const deepQuote = "> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > x\n"

func TestParseKeepsPostWithBrokenFrontMatter(t *testing.T) {
	t.Parallel()
	post, _ := Parse("content/posts/2024-03-05-x.md", []byte("---\ntitle: [\n---\nBody\n"))
	if post == nil || post.Meta != nil || string(post.Body) != "Body\n" || post.BodyLine != 4 {
		t.Fatalf("post = %+v", post)
	}
	if got := post.Pos("title").String(); got != "content/posts/2024-03-05-x.md:1:1" {
		t.Errorf("Pos without front matter = %s", got)
	}
}

func TestParseCRLFAndBOMGiveTheSamePost(t *testing.T) {
	t.Parallel()
	lf, _ := Parse("p.md", []byte("---\ntitle: T\ndate: 2024-03-05\n---\nA\nB\n"))
	crlf, problems := Parse("p.md", []byte("\ufeff---\r\ntitle: T\r\ndate: 2024-03-05\r\n---\r\nA\r\nB\r\n"))
	wantProblems(t, problems, nil)
	if lf.Hash != crlf.Hash || string(lf.Body) != string(crlf.Body) || lf.Title != crlf.Title || crlf.BodyLine != 5 {
		t.Errorf("CRLF post differs: body %q line %d", crlf.Body, crlf.BodyLine)
	}
}

// BenchmarkParse parses a post with full front matter and a body of a
// few kilobytes, the size of a diary entry.
func BenchmarkParse(b *testing.B) {
	data := []byte(fullPost + strings.Repeat("Ein Absatz über das Treffen, mit **Betonung** und einem [Link](https://example.com).\n\n", 40))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, problems := Parse("p.md", data); problems.HasErrors() {
			b.Fatal(problems)
		}
	}
}

// TestUnclosedFrontMatterHint checks that broken YAML below an empty line
// of the front matter asks whether the closing --- is missing, and that
// other broken YAML keeps its own hint.
func TestUnclosedFrontMatterHint(t *testing.T) {
	unclosed := "---\ntitle: Test\ndate: 2024-03-05\nround: r1\n\nHeute haben wir viel gelernt.\n\n---\n\nMehr Text.\n"
	_, problems := Parse("content/posts/a.md", []byte(unclosed))
	if len(problems) != 1 || problems[0].Pos.String() != "content/posts/a.md:6:1" ||
		!strings.HasPrefix(problems[0].Hint, "is the closing --- missing? The front matter runs to the --- on line 8; if it ends at the empty line 5, put a line --- there.") {
		t.Errorf("unclosed: %v", problems)
	}
	broken := "---\ntitle: Test\nHeute haben wir viel gelernt.\n---\nText\n"
	_, problems = Parse("content/posts/b.md", []byte(broken))
	if len(problems) != 1 || strings.Contains(problems[0].Hint, "closing ---") {
		t.Errorf("broken: %v", problems)
	}
}
