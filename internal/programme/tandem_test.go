package programme

import (
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

const smallProgramme = `title: T
rounds:
  - {id: r1, start: 2024-01-01, end: 2024-06-30}
  - {id: r2, start: 2024-09-01, end: 2025-02-28}
people:
  zoe: {name: Zoe}
  anna: {name: Anna}
  bernd: {name: Bernd}
reviewers: [zoe]
`

func TestTandems(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		File:                      file(smallProgramme),
		"content/tandems/t02.yml": file("round: r2\nmentors: anna\nmentee: bernd\n"),
		"content/tandems/t01.yaml": file("# Tandem 1\nround: r1\nmentors: [anna, zoe]\nmentee: bernd\n" +
			"topics: [KI]\ngoals:\n  - Instagram verstehen\n  - Teams nutzen\ncadence: alle zwei Wochen\n"),
		"content/tandems/.t03.yaml":    file("round: r1\n"),
		"content/tandems/notes.txt":    file("not a tandem"),
		"content/tandems/old/t9.yaml":  file("round: r1\n"),
		"content/tandems/t04.yaml.bak": file("round: r1\n"),
	}
	p, problems := Load(site)
	wantProblems(t, problems, nil)
	if got := p.TandemIDs(); !slices.Equal(got, []string{"t01", "t02"}) {
		t.Fatalf("tandems %q, want [t01 t02]", got)
	}
	tpos := func(line, col int) diag.Pos { return diag.Pos{Path: "content/tandems/t01.yaml", Line: line, Col: col} }
	want := Tandem{
		ID: "t01", Path: "content/tandems/t01.yaml", Pos: tpos(1, 1),
		Round:   Ref{Key: "r1", Pos: tpos(2, 8)},
		Mentors: []Ref{{Key: "anna", Pos: tpos(3, 11)}, {Key: "zoe", Pos: tpos(3, 17)}},
		Mentee:  Ref{Key: "bernd", Pos: tpos(4, 9)},
		Topics:  []string{"KI"}, Goals: []Goal{{Text: "Instagram verstehen", Pos: tpos(7, 5)}, {Text: "Teams nutzen", Pos: tpos(8, 5)}}, Cadence: "alle zwei Wochen",
	}
	if !reflect.DeepEqual(p.Tandems[0], want) {
		t.Errorf("t01 =\n%+v\nwant\n%+v", p.Tandems[0], want)
	}
	if m := p.Tandems[1].Mentors; len(m) != 1 || m[0].Key != "anna" || m[0].Pos.String() != "content/tandems/t02.yml:2:10" {
		t.Errorf("t02 mentors = %+v", m)
	}
}

func TestTandemProblems(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"no round", "mentee: bernd\n", []string{`content/tandems/t1.yaml:1:1 missing-field: the required field "round" is missing`}},
		{"unknown field", "round: r1\nmentor: anna\n", []string{`content/tandems/t1.yaml:2:1 unknown-field: a tandem file has no field "mentor"; it is ignored`}},
		{"mentors as a number is a list of one (validate finds no such person)", "round: r1\nmentors: 5\n", nil},
		{"broken YAML is one problem", "round: [r1\n", []string{`content/tandems/t1.yaml:1:1 yaml-syntax: a list opened with [ on this line is never closed`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, problems := Load(fstest.MapFS{File: file("title: T\n"), "content/tandems/t1.yaml": file(tt.yaml)})
			wantProblems(t, problems, tt.want)
		})
	}
}

func TestTandemInTwoFiles(t *testing.T) {
	t.Parallel()
	p, problems := Load(fstest.MapFS{
		File:                      file("title: T\n"),
		"content/tandems/t1.yaml": file("round: r1\n"),
		"content/tandems/t1.yml":  file("round: r2\n"),
	})
	wantProblems(t, problems, []string{`content/tandems/t1.yml:1:1 duplicate-tandem: tandem "t1" is also defined in content/tandems/t1.yaml`})
	if len(p.Tandems) != 1 || p.Tandems[0].Round.Key != "r1" {
		t.Errorf("tandems = %+v, want only t1.yaml", p.Tandems)
	}
}

func TestLookups(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{File: file(smallProgramme), "content/tandems/t1.yaml": file("round: r1\n")}
	p, problems := Load(site)
	wantProblems(t, problems, nil)
	checks := []struct {
		name      string
		got, want any
	}{
		{"round found", p.Round("r2").Title, "r2"},
		{"round missing", p.Round("r3") == nil, true},
		{"tandem found", p.Tandem("t1").Round.Key, "r1"},
		{"tandem missing", p.Tandem("t2") == nil, true},
		{"reviewer", p.IsReviewer("zoe"), true},
		{"not a reviewer", p.IsReviewer("anna"), false},
		{"round ids in file order", p.RoundIDs(), []string{"r1", "r2"}},
		{"person keys sorted", p.PersonKeys(), []string{"anna", "bernd", "zoe"}},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("got %v, want %v", c.got, c.want)
			}
		})
	}
}
