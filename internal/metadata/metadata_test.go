package metadata

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// render writes each problem as "path:line:col code: message" so a test
// can compare positions, codes and words in one go.
func render(l diag.List) []string {
	var out []string
	for _, p := range l {
		out = append(out, fmt.Sprintf("%s %s: %s", p.Pos, p.Code, p.Msg))
	}
	return out
}

func wantProblems(t *testing.T, got diag.List, want []string) {
	t.Helper()
	if g := render(got); !slices.Equal(g, want) {
		t.Errorf("problems:\n got %q\nwant %q", g, want)
	}
}

// billionLaughs is the classic alias bomb, cut to three levels: refused
// before anything is expanded.
const billionLaughs = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
title: boom
`

func TestParse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		in       string
		offset   int
		keys     []string
		problems []string
	}{
		{"empty document", "", 0, nil, nil},
		{"only a comment", "# nothing yet\n", 0, nil, nil},
		{"only a document start", "--- ", 1, nil, nil},
		{"only null", "~\n", 0, nil, nil},
		{"fields in order", "title: T\ndate: 2024-03-05\ntags: [a]\n", 0, []string{"title", "date", "tags"}, nil},
		{"duplicate key names both lines", "title: A\ndate: 2024-03-05\ntitle: B\n", 0,
			[]string{"title", "date"}, []string{`f.yaml:3:1 yaml-duplicate-key: "title" is written twice (first on line 1)`}},
		{"duplicate key with front matter offset", "title: A\ntitle: B\n", 1,
			[]string{"title"}, []string{`f.yaml:3:1 yaml-duplicate-key: "title" is written twice (first on line 2)`}},
		{"quoted and plain key are the same key", "'a': 1\n\"a\": 2\n", 0,
			[]string{"a"}, []string{`f.yaml:2:1 yaml-duplicate-key: "a" is written twice (first on line 1)`}},
		{"billion laughs refused at the first anchor", billionLaughs, 0, nil,
			[]string{"f.yaml:1:4 yaml-alias: YAML anchors and aliases (& and *) are not allowed in tandem files"}},
		{"anchor alone refused", "title: x\na: &x 1\n", 1, nil,
			[]string{"f.yaml:3:4 yaml-alias: YAML anchors and aliases (& and *) are not allowed in tandem files"}},
		{"deep nesting is not called an alias", "a: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n", 0, nil,
			[]string{"f.yaml:1:68 yaml-too-deep: lists and fields nest more than 64 levels deep here"}},
		{"UTF-16, which the library would decode", "\xfe\xff\x00t\x00:\x00 \x00x\x00\n", 0, nil,
			[]string{"f.yaml:1:1 not-utf8: the file is saved as UTF-16, not UTF-8"}},
		{"a Latin-1 byte, counted in characters", "title: Übung\nort: K\xf6ln\n", 1, nil,
			[]string{"f.yaml:3:7 not-utf8: the text is not valid UTF-8 here"}},
		{"tab indentation", "title: x\n\tdate: y\n", 0, nil,
			[]string{"f.yaml:2:1 yaml-tab: a tab is used for indentation"}},
		{"tab indentation after spaces, front matter", "people:\n  a:\n  \tname: A\n", 1, nil,
			[]string{"f.yaml:4:3 yaml-tab: a tab is used for indentation"}},
		{"tab after the colon is fine", "title:\tx\n", 0, []string{"title"}, nil},
		{"tab inside a block of text is text", "summary: |\n  Code:\n  \tindented\n", 0, []string{"summary"}, nil},
		{"tab in a quoted line break is text", "title: \"a\n\tb\"\n", 0, []string{"title"}, nil},
		{"tab reported where it is, not where the library says", "a:\n  b: 1\n\tc: 2\n", 0, nil,
			[]string{"f.yaml:3:1 yaml-tab: a tab is used for indentation"}},
		{"truncated quote", "title: \"abc\n", 0, nil,
			[]string{"f.yaml:1:1 yaml-syntax: a quoted text starting on this line is never closed"}},
		{"truncated flow list", "tags: [a, b\n", 1, nil,
			[]string{"f.yaml:2:1 yaml-syntax: a list opened with [ on this line is never closed"}},
		{"bad indentation", "title: x\n  bad: y\n", 0, nil,
			[]string{"f.yaml:2:1 yaml-syntax: this line holds a colon and a space where none may be"}},
		{"{{},<<} has a mapping and a merge key for names", "{{},<<}", 0, nil, []string{
			"f.yaml:1:2 yaml-bad-key: a field name must be text, found a mapping",
			"f.yaml:1:5 yaml-merge-key: YAML merge keys (<<) are not allowed in tandem files"}},
		{"merge key with a value", "title: x\n<<: {date: 2024-03-05}\n", 1, []string{"title"},
			[]string{"f.yaml:3:1 yaml-merge-key: YAML merge keys (<<) are not allowed in tandem files"}},
		{"quoted << is a plain name", "'<<': 1\n", 0, []string{"<<"}, nil},
		{"complex key", "? [a]\n: b\nc: d\n", 0, []string{"c"},
			[]string{"f.yaml:1:3 yaml-bad-key: a field name must be text, found a list"}},
		{"second document is not dropped", "title: x\n---\nrounds: []\n", 0, nil,
			[]string{"f.yaml:3:1 yaml-second-document: a second YAML document starts here; a tandem file holds only one"}},
		{"--- before the first document is fine", "---\ntitle: x\n", 0, []string{"title"}, nil},
		{"empty document after --- is fine", "title: x\n---\n", 0, []string{"title"}, nil},
		{"document end marker is fine", "title: x\n...\n", 0, []string{"title"}, nil},
		{"syntax error in a second document", "title: x\n---\na: [\n", 0, nil,
			[]string{"f.yaml:3:1 yaml-syntax: a value is missing here, or starts with a character that needs quotes"}},
		{"a list is not a mapping", "- a\n- b\n", 1, nil,
			[]string{`f.yaml:2:1 yaml-not-mapping: expected a list of "key: value" fields, found a list`}},
		{"plain text is not a mapping", "just text", 0, nil,
			[]string{`f.yaml:1:1 yaml-not-mapping: expected a list of "key: value" fields, found the text "just text"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, problems := Parse("f.yaml", []byte(tt.in), tt.offset)
			wantProblems(t, problems, tt.problems)
			if !slices.Equal(m.Keys(), tt.keys) {
				t.Errorf("keys = %q, want %q", m.Keys(), tt.keys)
			}
			if m.Path() != "f.yaml" {
				t.Errorf("Path() = %q", m.Path())
			}
		})
	}
}

func TestPositions(t *testing.T) {
	t.Parallel()
	// As front matter: the YAML starts on line 2 of the file.
	m, problems := Parse("p.md", []byte("title: Hallo\n\ntags:\n  - a\n  - b\n"), 1)
	wantProblems(t, problems, nil)
	tests := []struct {
		name string
		got  diag.Pos
		want string
	}{
		{"value", m.Pos("title"), "p.md:2:8"},
		{"key", m.KeyPos("tags"), "p.md:4:1"},
		{"list value", m.Pos("tags"), "p.md:5:3"},
		{"second entry", m.StringPos("tags", 1), "p.md:6:5"},
		{"entry out of range", m.StringPos("tags", 5), "p.md:5:3"},
		{"missing value points at the mapping", m.Pos("date"), "p.md:2:1"},
		{"missing key points at the mapping", m.KeyPos("date"), "p.md:2:1"},
		{"start", m.Start(), "p.md:2:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.got.String() != tt.want {
				t.Errorf("got %s, want %s", tt.got, tt.want)
			}
		})
	}
	if !m.Has("tags") || m.Has("date") || m.Node("tags") == nil || m.Node("date") != nil {
		t.Errorf("Has/Node disagree with the document")
	}
}

func TestStringPosSkipsWhatStringsSkips(t *testing.T) {
	t.Parallel()
	m, _ := Parse("p.md", []byte("authors:\n  - ''\n  - [x]\n  - ~\n  - anna\n  - bernd\n"), 1)
	var l diag.List
	got := m.Strings("authors", &l)
	want := []string{"p.md:6:5", "p.md:7:5"}
	for i := range got {
		if pos := m.StringPos("authors", i).String(); pos != want[i] {
			t.Errorf("StringPos(%d) for %q = %s, want %s", i, got[i], pos, want[i])
		}
	}
	if len(got) != len(want) {
		t.Errorf("Strings = %q", got)
	}
}

// TestRefsAreStringsWithPositions: Refs gives what Strings and StringPos
// give, entry by entry, for every shape a list is written in (one pass,
// where StringPos for each entry takes time growing with the square of
// the list's length).
func TestRefsAreStringsWithPositions(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"authors:\n  - ''\n  - [x]\n  - ~\n  - anna\n  - bernd\n",
		"authors: [anna, \"bernd\", 'cleo',  dora]\n",
		"authors: [Ärger, Öl, Übel]\n",
		"authors: anna\n",
		"authors: []\n",
		"title: x\n",
	} {
		m, _ := Parse("p.md", []byte(text), 1)
		var l1, l2 diag.List
		strs, refs := m.Strings("authors", &l1), m.Refs("authors", &l2)
		if len(strs) != len(refs) || len(l1) != len(l2) {
			t.Fatalf("%q: Strings %q (%d problems), Refs %v (%d problems)", text, strs, len(l1), refs, len(l2))
		}
		for i, r := range refs {
			if r.Key != strs[i] || r.Pos != m.StringPos("authors", i) {
				t.Errorf("%q: Refs[%d] = %v, want %q at %v", text, i, r, strs[i], m.StringPos("authors", i))
			}
		}
	}
}

func TestStartOfEmptyDocument(t *testing.T) {
	t.Parallel()
	m, _ := Parse("p.md", nil, 1)
	if got := m.Start().String(); got != "p.md:2:1" {
		t.Errorf("Start() = %s, want p.md:2:1", got)
	}
}

func TestWarnUnknown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
		hint []string
	}{
		{"typo gets did-you-mean", "titel: x\n", []string{`f.yaml:2:1 unknown-field: a post has no field "titel"; it is ignored`},
			[]string{`did you mean "title"?`}},
		{"case differs", "Date: x\n", []string{`f.yaml:2:1 unknown-field: a post has no field "Date"; it is ignored`},
			[]string{`did you mean "date"?`}},
		{"far away lists the known fields", "colour: red\n", []string{`f.yaml:2:1 unknown-field: a post has no field "colour"; it is ignored`},
			[]string{"known: date, tags, title"}},
		{"known fields are quiet", "title: x\ntags: [a]\n", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, problems := Parse("f.yaml", []byte(tt.in), 1)
			wantProblems(t, problems, nil)
			var l diag.List
			m.WarnUnknown([]string{"title", "date", "tags"}, diag.T("a post"), &l)
			wantProblems(t, l, tt.want)
			for i, p := range l {
				if p.Severity != diag.Warning || p.Hint != tt.hint[i] {
					t.Errorf("problem %d: severity %v hint %q, want warning %q", i, p.Severity, p.Hint, tt.hint[i])
				}
			}
		})
	}
}

func TestParseNeverPanics(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"{{},<<}", "[[[[", "? ? ?", "&a [*a]", "!!binary ~", strings.Repeat("[", 200)} {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			m, problems := Parse("f.yaml", []byte(in), 0)
			if m == nil {
				t.Fatal("Parse returned a nil Map")
			}
			for _, p := range problems {
				if p.Line < 1 || p.Col < 1 || p.Path != "f.yaml" {
					t.Errorf("problem without a position: %v", p)
				}
			}
		})
	}
}
