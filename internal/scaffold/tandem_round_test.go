package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/programme"
)

func TestNewTandem(t *testing.T) {
	t.Parallel()
	s, dir := newTestSite(t, nil)
	name, err := s.NewTandem(Tandem{ID: "t02", Round: "r1", Mentors: []string{"ada"}, Mentee: "cleo",
		Goals: []string{"Kurzvideos verstehen", "Teams: Kanäle, Chats & mehr", "#1 Priorität"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `round: r1
mentors: [ada]
mentee: cleo
goals:
  - Kurzvideos verstehen
  - 'Teams: Kanäle, Chats & mehr'
  - '#1 Priorität'
start: 2024-03-05
`
	if got := readFile(t, dir, name); name != "content/tandems/t02.yaml" || got != want {
		t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
	}
	prog, problems := programme.Load(os.DirFS(dir))
	if problems.HasErrors() {
		t.Fatalf("the site no longer loads: %v", problems)
	}
	if tandem := prog.Tandem("t02"); tandem == nil || len(tandem.Goals) != 3 || tandem.Goals[1].Text != "Teams: Kanäle, Chats & mehr" {
		t.Errorf("read back as %+v", tandem)
	}
}

// TestNewTandemStart: a new tandem starts today, or on its round's first
// day when the round has not begun, or on the day --start gives; the
// diary-gap warning counts from that day.
func TestNewTandemStart(t *testing.T) {
	t.Parallel()
	later := strings.Replace(programmeYAML, "people:", "  - {id: r2, title: R2, start: 2024-09-02, end: 2025-02-28}\npeople:", 1)
	tests := []struct {
		name, round, start, want string
	}{
		{"today", "r1", "", "2024-03-05"},
		{"a round that has not begun", "r2", "", "2024-09-02"},
		{"--start", "r1", "2024-02-12", "2024-02-12"},
	}
	for _, tt := range tests {
		s, dir := newTestSite(t, map[string]string{"content/programme.yaml": later})
		name, err := s.NewTandem(Tandem{ID: "t02", Round: tt.round, Mentors: []string{"ada"}, Mentee: "cleo", Start: tt.start})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := readFile(t, dir, name); !strings.HasSuffix(got, "\nstart: "+tt.want+"\n") {
			t.Errorf("%s:\n%s\nwant start: %s", tt.name, got, tt.want)
		}
		prog, problems := programme.Load(os.DirFS(dir))
		if tandem := prog.Tandem("t02"); problems.HasErrors() || tandem == nil || tandem.Start.Format("2006-01-02") != tt.want {
			t.Errorf("%s: read back as %+v (%v)", tt.name, tandem, problems)
		}
	}
	s, _ := newTestSite(t, nil)
	if _, err := s.NewTandem(Tandem{ID: "t02", Round: "r1", Mentors: []string{"ada"}, Mentee: "cleo", Start: "2024-02-30"}); err == nil {
		t.Error("--start 2024-02-30 was taken")
	}
}

func TestNewTandemRefuses(t *testing.T) {
	t.Parallel()
	ok := Tandem{ID: "t02", Round: "r1", Mentors: []string{"ada"}, Mentee: "cleo"}
	with := func(change func(*Tandem)) Tandem {
		t := ok
		change(&t)
		return t
	}
	tests := []struct {
		name string
		req  Tandem
		want string
	}{
		{"an existing tandem", with(func(t *Tandem) { t.ID = "t01" }), "content/tandems/t01.yaml exists already; tandem new never replaces a file; choose another name or edit the file"},
		{"an id with capitals", with(func(t *Tandem) { t.ID = "T 02" }), `the tandem id "T 02" may only contain a-z, 0-9 and -; use "t-02"`},
		{"an unknown round", with(func(t *Tandem) { t.Round = "r2" }), `round "r2" is unknown; did you mean "r1"?`},
		{"an unknown mentor", with(func(t *Tandem) { t.Mentors = []string{"ada", "boo"} }), `person "boo" is unknown; did you mean "bo"?`},
		{"an unknown mentee", with(func(t *Tandem) { t.Mentee = "xaver" }), `person "xaver" is unknown; known: ada, bo, cleo, frauke`},
		{"no mentor", with(func(t *Tandem) { t.Mentors = nil }), "the tandem needs at least one mentor; add --mentors a,b with the people keys of the apprentices"},
		{"mentee as mentor", with(func(t *Tandem) { t.Mentors = []string{"cleo"} }), `"cleo" is both mentor and mentee; name the mentee only with --mentee`},
		{"a goal of two lines", with(func(t *Tandem) { t.Goals = []string{"a\nb"} }), "the goal contains a line break or control character; write it on one line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, dir := newTestSite(t, nil)
			_, err := s.NewTandem(tt.req)
			wantError(t, err, tt.want)
			if _, err := os.Stat(filepath.Join(dir, "content/tandems/t02.yaml")); !os.IsNotExist(err) {
				t.Error("a file was written")
			}
		})
	}
}

// commented is a programme.yaml with comments and blank lines everywhere
// a person might put them.
const commented = `# Programm der Beispiel AG
title: Tandem-Tagebuch   # kurz halten

rounds:
  # Die erste Runde
  - id: r1
    title: "Runde 1"
    start: 2024-01-08
    end: 2024-06-28
    summary: |
      Die erste Runde.
      # Text, kein Kommentar

# Wer mitmacht
people:
  ada: {name: Ada Lehrling, role: mentor}   # IT
  cleo: {name: Dr. Cleo Chefin, role: mentee}

reviewers: [ada]
# Ende
`

func TestNewRoundKeepsEveryByte(t *testing.T) {
	t.Parallel()
	s, dir := newTestSite(t, map[string]string{"content/programme.yaml": commented, "content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\n"})
	if err := os.Chmod(filepath.Join(dir, "content/programme.yaml"), 0o640); err != nil {
		t.Fatal(err)
	}
	name, err := s.NewRound(Round{ID: "r2", Title: "Runde 2: Herbst", Start: "2024-09-02", End: "2025-02-28", Summary: "Mit KI."})
	if err != nil {
		t.Fatal(err)
	}
	got := readFile(t, dir, name)
	added := "  - id: r2\n    title: 'Runde 2: Herbst'\n    start: 2024-09-02\n    end: 2025-02-28\n    summary: Mit KI.\n"
	cut := strings.Index(commented, "\n# Wer mitmacht")
	if want := commented[:cut] + added + commented[cut:]; got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	info, err := os.Stat(filepath.Join(dir, name))
	if err != nil || info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 as before (%v)", info.Mode(), err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content"))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

func TestNewRoundRefuses(t *testing.T) {
	t.Parallel()
	ok := Round{ID: "r2", Title: "Runde 2", Start: "2024-09-02", End: "2025-02-28"}
	with := func(change func(*Round)) Round {
		r := ok
		change(&r)
		return r
	}
	tests := []struct {
		name string
		req  Round
		want string
	}{
		{"an existing id", with(func(r *Round) { r.ID = "r1" }), `round "r1" exists already (content/programme.yaml:4:5); choose another id`},
		{"an id with a space", with(func(r *Round) { r.ID = "runde 2" }), `the round id "runde 2" may only contain a-z, 0-9 and -; use "runde-2"`},
		{"no title", with(func(r *Round) { r.Title = "" }), `the round needs a title; add --title, e.g. --title "Runde 3"`},
		{"no start", with(func(r *Round) { r.Start = "" }), `--start is missing; add it as YYYY-MM-DD, e.g. --start 2024-03-05`},
		{"no end", with(func(r *Round) { r.End = "" }), `--end is missing; add it as YYYY-MM-DD, e.g. --end 2024-03-05`},
		{"a date with dots", with(func(r *Round) { r.Start = "2.9.2024" }), `--start "2.9.2024" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05`},
		{"an impossible date", with(func(r *Round) { r.End = "2025-02-30" }), `--end "2025-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2024-03-05`},
		{"the end before the start", with(func(r *Round) { r.End = "2024-08-01" }), "the round would end (2024-08-01) before it starts (2024-09-02); swap --start and --end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, dir := newTestSite(t, nil)
			_, err := s.NewRound(tt.req)
			wantError(t, err, tt.want)
			if got := readFile(t, dir, "content/programme.yaml"); got != programmeYAML {
				t.Errorf("programme.yaml changed:\n%s", got)
			}
		})
	}
}

func TestReplaceRefusesAChangedFile(t *testing.T) {
	t.Parallel()
	s, dir := newTestSite(t, nil)
	changed := programmeYAML + "# someone saved meanwhile\n"
	if err := os.WriteFile(filepath.Join(dir, "content/programme.yaml"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	err := s.replace(programme.File, []byte(programmeYAML), []byte("title: neu\n"))
	wantError(t, err, "content/programme.yaml changed while tandem was editing it, so it was left as it is; run the command again")
	if got := readFile(t, dir, programme.File); got != changed {
		t.Errorf("the file was replaced:\n%s", got)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "content"))
	if len(entries) != 2 {
		t.Errorf("content/ holds %d entries, want programme.yaml and tandems/ only", len(entries))
	}
}

// TestCheckEditRefuses makes sure an edit that does not read back as
// exactly one more round is never written.
func TestCheckEditRefuses(t *testing.T) {
	t.Parallel()
	before, _ := programme.Load(os.DirFS(t.TempDir())) // no rounds
	req := Round{ID: "r3", Title: "Runde 3", Start: "2025-09-01", End: "2026-02-27"}
	for _, edited := range []string{
		"title: T\n",
		"title: T\nrounds:\n  - id: r3\n    title: Runde 3\n    start: 2025-09-01\n    end: 2026-02-28\n",
		"title: T\nrounds:\n  - id: r3\n    title: Runde 3\n    start: 2025-09-01\n    end: 2026-02-27\n  - id: r4\n    start: 2025-09-01\n    end: 2026-02-27\n",
		"title: [\n",
	} {
		if err := checkEdit(before, []byte(edited), req); err == nil {
			t.Errorf("accepted:\n%s", edited)
		}
	}
	good := "title: T\nrounds:\n  - id: r3\n    title: Runde 3\n    start: 2025-09-01\n    end: 2026-02-27\n"
	if err := checkEdit(before, []byte(good), req); err != nil {
		t.Errorf("refused a good edit: %v", err)
	}
}
