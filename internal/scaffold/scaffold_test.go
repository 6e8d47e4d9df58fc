package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

const programmeYAML = `title: Tandem-Tagebuch
language: de
rounds:
  - id: r1
    title: Runde 1
    start: 2024-01-08
    end: 2024-06-28
people:
  ada: {name: Ada Lehrling, role: mentor}
  bo: {name: Bo Azubi, role: mentor}
  cleo: {name: Dr. Cleo Chefin, role: mentee}
  frauke: {name: Frauke, role: reviewer}
reviewers: [frauke]
`

// newTestSite writes a site with a programme, tandem t01 and the given
// files into a temporary folder.
func newTestSite(t *testing.T, files map[string]string) (Site, string) {
	t.Helper()
	dir := t.TempDir()
	all := map[string]string{
		"content/programme.yaml":   programmeYAML,
		"content/tandems/t01.yaml": "round: r1\nmentors: [ada, bo]\nmentee: cleo\ngoals: [Kurzvideos verstehen]\n",
	}
	for name, data := range files {
		all[name] = data
	}
	for name, data := range all {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	clock := func() time.Time { return time.Date(2024, 3, 5, 23, 30, 0, 0, time.UTC) }
	return Site{Root: root, Clock: clock}, dir
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// wantError checks that err is a *diag.Failure with that message; a
// "…" in want stands for any text (the YAML library's own words).
func wantError(t *testing.T, err error, want string) {
	t.Helper()
	var e *diag.Failure
	if !errors.As(err, &e) {
		t.Fatalf("got %v (%T), want the error %q", err, err, want)
	}
	if before, after, wild := strings.Cut(want, "…"); wild {
		if got := e.Error(); !strings.HasPrefix(got, before) || !strings.HasSuffix(got, after) {
			t.Errorf("error\n%s\nwant\n%s", got, want)
		}
		return
	}
	if e.Error() != want {
		t.Errorf("error\n%s\nwant\n%s", e.Error(), want)
	}
}

// noPosts checks that nothing was written below content/posts.
func noPosts(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "content/posts")); !os.IsNotExist(err) {
		t.Error("content/posts was created")
	}
}

func TestNewPost(t *testing.T) {
	t.Parallel()
	s, dir := newTestSite(t, nil)
	name, err := s.NewPost(Post{Title: "Unser erstes Treffen", Tandem: "t01"})
	if err != nil {
		t.Fatal(err)
	}
	if name != "content/posts/r1/2024-03-05-unser-erstes-treffen.md" {
		t.Errorf("path %q", name)
	}
	want := `---
title: Unser erstes Treffen
date: 2024-03-05
tandem: t01
round: r1
kind: diary
authors: [ada, bo]
tags: []
# summary: Ein Satz, der auf der Startseite und im Feed erscheint.
status: draft
---

Worum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg.

## Was wir gemacht haben

## Was wir gelernt haben
`
	if got := readFile(t, dir, name); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNewPostVariants(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		req   Post
		path  string
		check func(t *testing.T, p *content.Post, text string)
	}{
		{
			name: "a title YAML must quote",
			req:  Post{Title: `Er sagte: "Hallo" # und ging`, Tandem: "t01", Date: "2024-04-01"},
			path: "content/posts/r1/2024-04-01-er-sagte-hallo-und-ging.md",
			check: func(t *testing.T, p *content.Post, text string) {
				if p.Title != `Er sagte: "Hallo" # und ging` {
					t.Errorf("title reads back as %q", p.Title)
				}
			},
		},
		{
			name:  "an address of its own, as the title's is taken",
			files: map[string]string{"content/posts/r1/2024-01-20-treffen.md": "---\ntitle: Treffen\ndate: 2024-01-20\ntandem: t01\n---\nText\n"},
			req:   Post{Title: "Treffen", Tandem: "t01", Slug: "treffen-2"},
			path:  "content/posts/r1/2024-03-05-treffen-2.md",
			check: func(t *testing.T, p *content.Post, text string) {
				if p.Slug != "treffen-2" || p.Title != "Treffen" {
					t.Errorf("slug %q, title %q", p.Slug, p.Title)
				}
			},
		},
		{
			name: "a retrospective of a round, as a bundle",
			req:  Post{Title: "Rückblick auf Runde 1", Round: "r1", Kind: "retrospective", Bundle: true},
			path: "content/posts/r1/2024-03-05-rueckblick-auf-runde-1/index.md",
			check: func(t *testing.T, p *content.Post, text string) {
				if p.Kind != "retrospective" || p.Round.Key != "r1" || p.Tandem.Key != "" || len(p.Authors) != 0 {
					t.Errorf("got kind %q round %q tandem %q authors %v", p.Kind, p.Round.Key, p.Tandem.Key, p.Authors)
				}
			},
		},
		{
			name:  "an English site",
			files: map[string]string{"content/programme.yaml": strings.Replace(programmeYAML, "language: de", "language: en", 1)},
			req:   Post{Title: "First steps", Tandem: "t01"},
			path:  "content/posts/r1/2024-03-05-first-steps.md",
			check: func(t *testing.T, p *content.Post, text string) {
				if !strings.Contains(text, "## What we learned") {
					t.Errorf("not the English archetype:\n%s", text)
				}
			},
		},
		{
			name: "the site theme's archetype",
			files: map[string]string{
				"content/programme.yaml":              programmeYAML + "theme: eigen\n",
				"themes/eigen/archetypes/post.md":     "---\ntitle: {{yaml .Title}}\ndate: {{.Date}}\ntandem: {{.Tandem}}\nround: {{.Round}}\nkind: {{.Kind}}\nauthors: {{yaml .Authors}}\n---\nMit {{.Mentee}}: {{range .Goals}}{{.}}{{end}}\n",
				"themes/eigen/templates/unused.html":  "",
				"themes/eigen/archetypes/unrelated.x": "",
			},
			req:  Post{Title: "Eigen", Tandem: "t01"},
			path: "content/posts/r1/2024-03-05-eigen.md",
			check: func(t *testing.T, p *content.Post, text string) {
				if !strings.HasSuffix(text, "Mit Dr. Cleo Chefin: Kurzvideos verstehen\n") {
					t.Errorf("not the site's archetype:\n%s", text)
				}
			},
		},
		{
			name:  "a broken tandem file elsewhere does not block",
			files: map[string]string{"content/tandems/t02.yaml": "round: [\n"},
			req:   Post{Title: "Trotzdem", Tandem: "t01"},
			path:  "content/posts/r1/2024-03-05-trotzdem.md",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, dir := newTestSite(t, tt.files)
			name, err := s.NewPost(tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.path {
				t.Errorf("path %q, want %q", name, tt.path)
			}
			text := readFile(t, dir, name)
			p, probs := content.Parse(name, []byte(text))
			if probs.HasErrors() {
				t.Fatalf("the new post does not load: %v", probs)
			}
			if date := strings.TrimPrefix(name, "content/posts/r1/")[:10]; p.Status != "draft" || p.Date.Format("2006-01-02") != date {
				t.Errorf("status %q, date %v, want draft and %s", p.Status, p.Date, date)
			}
			if tt.check != nil {
				tt.check(t, p, text)
			}
		})
	}
}

func TestNewPostRefuses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		req   Post
		want  string
	}{
		{"an unknown tandem", nil, Post{Title: "A", Tandem: "t1"}, `tandem "t1" is unknown; did you mean "t01"?`},
		{"an unknown round", nil, Post{Title: "A", Round: "herbst", Kind: "announcement"}, `round "herbst" is unknown; known: r1`},
		{"a slug that is no address", nil, Post{Title: "A", Tandem: "t01", Slug: "Mein Treffen"}, `--slug "Mein Treffen" is not an address; use lowercase letters, digits and hyphens, e.g. --slug mein-treffen`},
		{"a round that is not the tandem's", map[string]string{"content/programme.yaml": strings.Replace(programmeYAML, "people:", "  - {id: r2, start: 2024-09-02, end: 2025-02-28}\npeople:", 1)},
			Post{Title: "A", Tandem: "t01", Round: "r2"}, `--round "r2" does not match tandem "t01", which belongs to round "r1"; leave --round out; it follows from the tandem`},
		{"neither tandem nor round", nil, Post{Title: "A"}, "the post belongs to no tandem or round; add --tandem ID for a diary post, or --round ID for a retrospective or announcement"},
		{"a kind with a typo", nil, Post{Title: "A", Tandem: "t01", Kind: "dairy"}, `--kind "dairy" is not a kind of post; allowed: diary, retrospective, announcement`},
		{"a date in another form", nil, Post{Title: "A", Tandem: "t01", Date: "5.3.2024"}, `--date "5.3.2024" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05`},
		{"no title", nil, Post{Title: "  ", Tandem: "t01"}, `the post needs a title; write it in quotes after the flags: tandem new post --tandem t01 "Unser erstes Treffen"`},
		{"a title of two lines", nil, Post{Title: "A\nB", Tandem: "t01"}, "the title contains a line break or control character; write it on one line"},
		{"a title without letters", nil, Post{Title: "!!!", Tandem: "t01"}, `the title "!!!" gives no file name; use a title with letters or digits`},
		{"an archetype that concatenates", map[string]string{
			"content/programme.yaml":          programmeYAML + "theme: eigen\n",
			"themes/eigen/archetypes/post.md": "---\ntitle: \"{{.Title}}\"\ndate: {{.Date}}\ntandem: {{.Tandem}}\nauthors: {{yaml .Authors}}\n---\n",
		}, Post{Title: `Sie sagte "ja"`, Tandem: "t01"},
			`the archetype themes/eigen/archetypes/post.md makes a post that does not read back: content/posts/r1/2024-03-05-sie-sagte-ja.md:2:1: …; write values with {{yaml .Title}}, which quotes them as YAML needs`},
		{"a page another post has", map[string]string{"content/posts/r1/2024-01-20-treffen.md": "---\ntitle: Treffen\ndate: 2024-01-20\ntandem: t01\n---\n"},
			Post{Title: "Treffen", Tandem: "t01"}, "the post content/posts/r1/2024-01-20-treffen.md already has the address /posts/treffen/; choose another title, or give the new post its own address with --slug"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, dir := newTestSite(t, tt.files)
			_, err := s.NewPost(tt.req)
			wantError(t, err, tt.want)
			if tt.files == nil {
				noPosts(t, dir)
			}
		})
	}
}

func TestNewPostNeverOverwrites(t *testing.T) {
	t.Parallel()
	for _, bundle := range []bool{false, true} {
		s, dir := newTestSite(t, nil)
		req := Post{Title: "Zweimal", Tandem: "t01", Bundle: bundle}
		name, err := s.NewPost(req)
		if err != nil {
			t.Fatal(err)
		}
		mine := "---\ntitle: Meins\n---\nSchon geschrieben.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(mine), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = s.NewPost(req)
		wantError(t, err, name+" exists already; tandem new never replaces a file; choose another name or edit the file")
		if got := readFile(t, dir, name); got != mine {
			t.Errorf("bundle %v: the file was changed to\n%s", bundle, got)
		}
	}
}

func TestNewPostProgrammeErrors(t *testing.T) {
	t.Parallel()
	s, dir := newTestSite(t, map[string]string{"content/programme.yaml": "title: [\n"})
	_, err := s.NewPost(Post{Title: "A", Tandem: "t01"})
	var l diag.ListError
	if !errors.As(err, &l) || len(l) == 0 || l[0].Path != "content/programme.yaml" || l[0].Line == 0 {
		t.Fatalf("got %v, want the programme's positioned problems", err)
	}
	noPosts(t, dir)
}
