package validate

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

const programmeYAML = `title: T
rounds:
  - {id: r1, start: 2024-01-01, end: 2024-06-30}
  - {id: r2, start: 2024-09-01, end: 2025-02-28}
people:
  anna: {name: Anna}
  bernd: {name: Bernd}
  frauke: {name: Frauke}
reviewers: [frauke]
`

// load reads a programme with tandems t01 (round r1) and t02 (round r2),
// failing the test on any problem.
func load(t *testing.T, yaml string) *programme.Programme {
	t.Helper()
	p, problems := programme.Load(fstest.MapFS{
		programme.File:             {Data: []byte(yaml)},
		"content/tandems/t01.yaml": {Data: []byte("round: r1\nmentors: [anna]\nmentee: bernd\n")},
		"content/tandems/t02.yaml": {Data: []byte("round: r2\nmentors: [bernd]\n")},
	})
	if len(problems) > 0 {
		t.Fatalf("programme: %v", problems)
	}
	return p
}

// post parses a post whose front matter is fields (without the ---).
func post(t *testing.T, path, fields string) *content.Post {
	t.Helper()
	p, problems := content.Parse(path, []byte("---\n"+fields+"---\nText\n"))
	if problems.HasErrors() {
		t.Fatalf("post %s: %v", path, problems)
	}
	return p
}

type problem struct{ where, msg, hint string }

func check(t *testing.T, got diag.List, want []problem) {
	t.Helper()
	var g []problem
	for _, p := range got {
		g = append(g, problem{p.Pos.String(), p.Code + ": " + p.Msg, p.Hint})
	}
	if !slices.Equal(g, want) {
		t.Errorf("problems:\n got %q\nwant %q", g, want)
	}
}

const head = "title: T\ndate: 2024-03-05\n"

func TestCheckPostReferences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		fields string
		want   []problem
	}{
		{"all known", head + "round: r1\nauthors: [anna]\n", nil},
		{"known tandem only", head + "tandem: t01\n", nil},
		{"round typo", head + "round: r3\n", []problem{{"p.md:4:8", `unknown-round: round "r3" is unknown`,
			`did you mean "r1"? (known: r1, r2)`}}},
		{"round far off", head + "round: herbst\n", []problem{{"p.md:4:8", `unknown-round: round "herbst" is unknown`,
			"known: r1, r2; add new ones under rounds: in programme.yaml"}}},
		{"tandem typo", head + "tandem: t03\n", []problem{{"p.md:4:9", `unknown-tandem: tandem "t03" is unknown`,
			`did you mean "t01"? (known: t01, t02)`}}},
		{"author typo", head + "round: r1\nauthors: [anna, brend]\n", []problem{{"p.md:5:17", `unknown-person: author "brend" is unknown`,
			`did you mean "bernd"? (known: anna, bernd, frauke)`}}},
		{"author far off", head + "round: r1\nauthors: [geschaeftsfuehrung]\n", []problem{{"p.md:5:11", `unknown-person: author "geschaeftsfuehrung" is unknown`,
			"known: anna, bernd, frauke; add new ones under people: in programme.yaml"}}},
		{"no round and no tandem", head, []problem{{"p.md:2:1", "missing-field: the post belongs to no round",
			`add "round: <id>" or "tandem: <id>" to the front matter`}}},
		{"round does not match the tandem", head + "round: r2\ntandem: t01\n", []problem{{"p.md:4:8",
			`round-mismatch: round "r2" does not match tandem "t01", which belongs to round "r1"`,
			"write round: r1, or leave round out (it follows from the tandem)"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := load(t, programmeYAML)
			check(t, Check(p, []*content.Post{post(t, "p.md", tt.fields)}), tt.want)
		})
	}
}

func TestRoundFromTandem(t *testing.T) {
	t.Parallel()
	p := load(t, programmeYAML)
	post := post(t, "p.md", "title: T\ndate: 2024-10-05\ntandem: t02\n")
	check(t, Check(p, []*content.Post{post}), nil)
	if post.Round.Key != "r2" || post.Round.Pos.String() != "p.md:4:9" {
		t.Errorf("round = %+v, want r2 at the tandem field p.md:4:9", post.Round)
	}
}

func TestNothingDefinedYet(t *testing.T) {
	t.Parallel()
	p, _ := programme.Load(fstest.MapFS{programme.File: {Data: []byte("title: T\n")}})
	check(t, Check(p, []*content.Post{post(t, "p.md", head+"round: r1\ntandem: t1\nauthors: [anna]\n")}), []problem{
		{"p.md:5:9", `unknown-tandem: tandem "t1" is unknown`, "none are defined yet; add it under content/tandems/"},
		{"p.md:4:8", `unknown-round: round "r1" is unknown`, "none are defined yet; add it under rounds: in programme.yaml"},
		{"p.md:6:11", `unknown-person: author "anna" is unknown`, "none are defined yet; add it under people: in programme.yaml"},
	})
}

func TestCheckProgramme(t *testing.T) {
	t.Parallel()
	yaml := `title: T
rounds:
  - {id: r1, start: 2024-01-01, end: 2024-06-30}
  - {id: r1, start: 2024-09-01, end: 2025-02-28}
  - {id: Runde 3, start: 2025-09-01, end: 2026-02-28}
people:
  Anna: {name: Anna}
  bernd: {name: Bernd}
reviewers: [frauke]
`
	p, problems := programme.Load(fstest.MapFS{
		programme.File:               {Data: []byte(yaml)},
		"content/tandems/T 01.yaml":  {Data: []byte("round: r1\nmentors: [anna]\n")},
		"content/tandems/t02.yaml":   {Data: []byte("round: r9\nmentors: [bernd]\nmentee: frauke\n")},
		"content/tandems/t03.yaml":   {Data: []byte("round: r1\n")},
		"content/tandems/.t04.yaml~": {Data: []byte("round: r1\n")},
	})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	check(t, Check(p, nil), []problem{
		{"content/programme.yaml:4:5", `duplicate-round: round "r1" is defined twice (first at line 3)`, "give each round its own id"},
		{"content/programme.yaml:5:5", `bad-id: round id "Runde 3" may only contain a-z, 0-9 and -`, `use "runde-3"`},
		{"content/programme.yaml:7:3", `bad-id: person key "Anna" may only contain a-z, 0-9 and -`, `use "anna"`},
		{"content/programme.yaml:9:13", `unknown-person: reviewer "frauke" is unknown`, "known: Anna, bernd; add new ones under people: in programme.yaml"},
		{"content/tandems/T 01.yaml:1:1", `bad-id: tandem id "T 01" (from the file name) may only contain a-z, 0-9 and -`, "rename the file to t-01.yaml"},
		{"content/tandems/T 01.yaml:2:11", `unknown-person: mentor "anna" is unknown`, `did you mean "Anna"? (known: Anna, bernd)`},
		{"content/tandems/t02.yaml:1:8", `unknown-round: round "r9" is unknown`, `did you mean "r1"? (known: Runde 3, r1, r1)`},
		{"content/tandems/t02.yaml:3:9", `unknown-person: mentee "frauke" is unknown`, "known: Anna, bernd; add new ones under people: in programme.yaml"},
	})
}

// TestPersonNameTooLong: a person's name longer than MaxPersonNameRunes
// is an error at the person; one at the limit is not.
func TestPersonNameTooLong(t *testing.T) {
	t.Parallel()
	yaml := "title: T\npeople:\n  anna: {name: " + strings.Repeat("ä", MaxPersonNameRunes) + "}\n  bernd: {name: " + strings.Repeat("ö", MaxPersonNameRunes+1) + "}\n"
	p, problems := programme.Load(fstest.MapFS{programme.File: {Data: []byte(yaml)}})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	check(t, Check(p, nil), []problem{
		{"content/programme.yaml:4:3", "name-too-long: the name of bernd has 101 characters; at most 100 are allowed", "write the name as it is shown on a card: first and last name"},
	})
}
