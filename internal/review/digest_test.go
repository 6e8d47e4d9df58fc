package review

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
)

const basePost = `---
title: Erste Schritte
date: 2024-03-05
authors: [anna, bernd]
round: r1
tags: [KI, Führung]
summary: Worum es ging.
---
Erster Absatz.

Zweiter Absatz.
`

func parsePost(t *testing.T, text string) *content.Post {
	t.Helper()
	p, problems := content.Parse("content/posts/2024-03-05-start.md", []byte(text))
	if problems.HasErrors() {
		t.Fatalf("parse: %v", problems)
	}
	return p
}

func TestDigestForm(t *testing.T) {
	t.Parallel()
	d := Digest(parsePost(t, basePost))
	if !regexp.MustCompile(`^sha256:[0-9a-f]{64}$`).MatchString(d) {
		t.Errorf("Digest = %q, want sha256: and 64 hex digits", d)
	}
	if d != Digest(parsePost(t, basePost)) {
		t.Error("Digest is not deterministic")
	}
}

// TestDigestIsStable pins the digest of one post: approvals in people's
// files hold digests, so any change to how the digest is computed must
// show up here rather than turn every approval stale. The v1 pin keeps
// the old form recognisable (the gate names approvals made under it).
func TestDigestIsStable(t *testing.T) {
	t.Parallel()
	const want = "sha256:30133ede2c9a02fc909512fa8db20d3b9a6d8afc542a3bbf287544871e422c96"
	if got := Digest(parsePost(t, basePost)); got != want {
		t.Errorf("Digest = %s, want %s", got, want)
	}
	const wantV1 = "sha256:10d56054b8697e37384f3e45c9aee1fb3334d58420713b44e29223484d5ee6dd"
	if got := digestV1(parsePost(t, basePost)); got != wantV1 {
		t.Errorf("digestV1 = %s, want %s", got, wantV1)
	}
}

func TestDigestCoversWhatReadersSee(t *testing.T) {
	t.Parallel()
	base := Digest(parsePost(t, basePost))
	tests := []struct {
		name    string
		edit    func(string) string
		changes bool
	}{
		{"title", replace("Erste Schritte", "Erste Schritte!"), true},
		{"date", replace("date: 2024-03-05", "date: 2024-03-06"), true},
		{"time of day", replace("date: 2024-03-05", "date: 2024-03-05T10:00:00Z"), true},
		{"slug", replace("round: r1", "round: r1\nslug: anders"), true},
		{"summary", replace("Worum es ging.", "Worum es geht."), true},
		{"tag added", replace("[KI, Führung]", "[KI, Führung, Teams]"), true},
		{"tag order", replace("[KI, Führung]", "[Führung, KI]"), true},
		{"tags moved between names", replace("[KI, Führung]", "[KIF, ührung]"), true},
		{"author added", replace("[anna, bernd]", "[anna, bernd, frauke]"), true},
		{"body", replace("Zweiter Absatz.", "Zweiter  Absatz."), true},
		{"body gets a line", replace("Zweiter Absatz.\n", "Zweiter Absatz.\n\n"), true},
		{"status", replace("round: r1", "round: r1\nstatus: approved"), false},
		{"review block", replace("round: r1", "round: r1\nreview:\n  approved_by: frauke\n  approved_at: 2024-03-05T10:12:00Z\n  digest: sha256:00"), false},
		{"YAML comment", replace("round: r1", "round: r1 # Herbst"), false},
		{"YAML quoting", replace("title: Erste Schritte", "title: 'Erste Schritte'"), false},
		{"field order", replace("authors: [anna, bernd]\nround: r1", "round: r1\nauthors: [anna, bernd]"), false},
		{"round", replace("round: r1", "round: r2"), true},
		{"tandem", replace("round: r1", "round: r1\ntandem: t02"), true},
		{"kind", replace("round: r1", "round: r1\nkind: retrospective"), true},
		{"kind written as the default", replace("round: r1", "round: r1\nkind: diary"), false},
		{"zone that changes the shown day", replace("date: 2024-03-05", "date: 2024-03-05T23:30:00-05:00"), true},
		{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }, false},
		{"BOM", func(s string) string { return "\ufeff" + s }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			text := tt.edit(basePost)
			if text == basePost {
				t.Fatal("the edit changed nothing")
			}
			if got := Digest(parsePost(t, text)); (got != base) != tt.changes {
				t.Errorf("digest changed = %v, want %v", got != base, tt.changes)
			}
		})
	}
}

func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

func TestDigestCoversBundleFiles(t *testing.T) {
	t.Parallel()
	digest := func(files map[string]string) string {
		site := fstest.MapFS{"content/posts/b/index.md": {Data: []byte(basePost)}}
		for name, data := range files {
			site["content/posts/b/"+name] = &fstest.MapFile{Data: []byte(data)}
		}
		p, problems := content.LoadBundle(site, "content/posts/b")
		if problems.HasErrors() {
			t.Fatal(problems)
		}
		return Digest(p)
	}
	base := digest(map[string]string{"tafel.jpg": "JPEG"})
	tests := []struct {
		name    string
		files   map[string]string
		changes bool
	}{
		{"same", map[string]string{"tafel.jpg": "JPEG"}, false},
		{"hidden file", map[string]string{"tafel.jpg": "JPEG", ".DS_Store": "x"}, false},
		{"bytes", map[string]string{"tafel.jpg": "JPEG!"}, true},
		{"name", map[string]string{"tafel2.jpg": "JPEG"}, true},
		{"moved into a folder", map[string]string{"img/tafel.jpg": "JPEG"}, true},
		{"file added", map[string]string{"tafel.jpg": "JPEG", "b.png": ""}, true},
		{"file removed", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := digest(tt.files); (got != base) != tt.changes {
				t.Errorf("digest changed = %v, want %v", got != base, tt.changes)
			}
		})
	}
}

// BenchmarkDigest hashes a post of a few kilobytes with two bundle files.
func BenchmarkDigest(b *testing.B) {
	p, _ := content.Parse("p.md", []byte(basePost+strings.Repeat("Noch ein Absatz mit etwas Text.\n\n", 100)))
	p.Files = []content.File{{Name: "a.png"}, {Name: "b.png"}}
	for b.Loop() {
		Digest(p)
	}
}
