package metadata

import (
	"reflect"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// getterCase runs one getter on a document given as front matter (so
// lines start at 2) and compares value and problems.
type getterCase struct {
	name     string
	in       string
	get      func(m *Map, l *diag.List) any
	want     any
	problems []string
}

func runGetters(t *testing.T, tests []getterCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, problems := Parse("p.md", []byte(tt.in), 1)
			wantProblems(t, problems, nil)
			var l diag.List
			got := tt.get(m, &l)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("value = %#v, want %#v", got, tt.want)
			}
			wantProblems(t, l, tt.problems)
		})
	}
}

func str(key string, required bool) func(*Map, *diag.List) any {
	return func(m *Map, l *diag.List) any { return m.String(key, required, l) }
}

func strs(key string) func(*Map, *diag.List) any {
	return func(m *Map, l *diag.List) any { return m.Strings(key, l) }
}

func TestString(t *testing.T) {
	t.Parallel()
	runGetters(t, []getterCase{
		{"text is trimmed", "title: '  Hallo  '\n", str("title", true), "Hallo", nil},
		{"number as text", "title: 5\n", str("title", true), "5", nil},
		{"missing optional", "x: 1\n", str("title", false), "", nil},
		{"missing required", "x: 1\n", str("title", true), "",
			[]string{`p.md:2:1 missing-field: the required field "title" is missing`}},
		{"null required", "title: ~\n", str("title", true), "",
			[]string{`p.md:2:1 missing-field: the required field "title" is missing`}},
		{"empty required", "title: '  '\n", str("title", true), "",
			[]string{`p.md:2:8 missing-field: the required field "title" is empty`}},
		{"list where text belongs", "title: [a]\n", str("title", false), "",
			[]string{`p.md:2:8 wrong-type: "title" must be text, found a list`}},
		{"mapping where text belongs", "title:\n  a: b\n", str("title", false), "",
			[]string{`p.md:3:3 wrong-type: "title" must be text, found a mapping`}},
	})
}

func TestStrings(t *testing.T) {
	t.Parallel()
	runGetters(t, []getterCase{
		{"one text is a list of one", "tags: Snapchat\n", strs("tags"), []string{"Snapchat"}, nil},
		{"flow list", "tags: [a, ' b ']\n", strs("tags"), []string{"a", "b"}, nil},
		{"block list", "tags:\n  - a\n  - 2024\n", strs("tags"), []string{"a", "2024"}, nil},
		{"missing", "x: 1\n", strs("tags"), []string(nil), nil},
		{"empty text", "tags: ''\n", strs("tags"), []string(nil), nil},
		{"empty list", "tags: []\n", strs("tags"), []string{}, nil},
		{"a number is a list of one, as in a list", "authors: 5\n", strs("authors"), []string{"5"}, nil},
		{"a bool is a list of one, as in a list", "tags: true\n", strs("tags"), []string{"true"}, nil},
		{"one text with a comma warns", "tags: a, b\n", strs("tags"), []string{"a, b"},
			[]string{`p.md:2:7 list-as-text: tags is one text, "a, b", not a list of 2`}},
		{"mapping is not a list", "tags:\n  a: b\n", strs("tags"), []string(nil),
			[]string{`p.md:3:3 wrong-type: "tags" must be a list, found a mapping`}},
		{"bad entries are reported and skipped", "tags:\n  - a\n  - [b]\n  - ~\n  - ''\n  - c\n", strs("tags"), []string{"a", "c"},
			[]string{`p.md:4:5 wrong-type: each entry of "tags" must be text, found a list`,
				`p.md:5:5 wrong-type: each entry of "tags" must be text, found the text "~"`}},
	})
}

func TestInt(t *testing.T) {
	t.Parallel()
	get := func(m *Map, l *diag.List) any { return m.Int("page_size", 10, l) }
	runGetters(t, []getterCase{
		{"number", "page_size: 3\n", get, 3, nil},
		{"missing gives default", "x: 1\n", get, 10, nil},
		{"null gives default", "page_size:\n", get, 10, nil},
		{"fraction is not cut to a whole number", "page_size: 2.5\n", get, 10,
			[]string{`p.md:2:12 wrong-type: "page_size" must be a whole number, found the text "2.5"`}},
		{"quoted number is text", "page_size: '3'\n", get, 10,
			[]string{`p.md:2:12 wrong-type: "page_size" must be a whole number, found the text "3"`}},
		{"word", "page_size: ten\n", get, 10,
			[]string{`p.md:2:12 wrong-type: "page_size" must be a whole number, found the text "ten"`}},
		{"list", "page_size: [1]\n", get, 10,
			[]string{`p.md:2:12 wrong-type: "page_size" must be a whole number, found a list`}},
	})
}

func TestBool(t *testing.T) {
	t.Parallel()
	get := func(m *Map, l *diag.List) any { return m.Bool("signed", false, l) }
	runGetters(t, []getterCase{
		{"true", "signed: true\n", get, true, nil},
		{"false", "signed: false\n", get, false, nil},
		{"missing gives default", "x: 1\n", get, false, nil},
		{"word", "signed: maybe\n", get, false,
			[]string{`p.md:2:9 wrong-type: "signed" must be true or false, found the text "maybe"`}},
	})
}

func TestDate(t *testing.T) {
	t.Parallel()
	get := func(m *Map, l *diag.List) any { return m.Date("date", true, l) }
	runGetters(t, []getterCase{
		{"day", "date: 2023-09-14\n", get, time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC), nil},
		{"RFC 3339 UTC", "date: 2024-03-05T09:00:00Z\n", get, time.Date(2024, 3, 5, 9, 0, 0, 0, time.UTC), nil},
		{"RFC 3339 with zone", "date: '2024-03-05T14:30:00+01:00'\n", get,
			time.Date(2024, 3, 5, 14, 30, 0, 0, time.FixedZone("", 3600)), nil},
		{"impossible day", "date: 2023-02-30\n", get, time.Time{},
			[]string{`p.md:2:7 bad-date: "date" is not a valid date: "2023-02-30"`}},
		{"german order", "date: 14.09.2023\n", get, time.Time{},
			[]string{`p.md:2:7 bad-date: "date" is not a valid date: "14.09.2023"`}},
		{"time without zone", "date: 2024-03-05T09:00:00\n", get, time.Time{},
			[]string{`p.md:2:7 bad-date: "date" is not a valid date: "2024-03-05T09:00:00"`}},
		{"missing required", "x: 1\n", get, time.Time{},
			[]string{`p.md:2:1 missing-field: the required field "date" is missing`}},
		{"list", "date: [2024-03-05]\n", get, time.Time{},
			[]string{`p.md:2:7 wrong-type: "date" must be text, found a list`}},
	})
}

func TestDateZoneIsKept(t *testing.T) {
	t.Parallel()
	d, err := ParseDate("2024-03-05T14:30:00+01:00")
	if err != nil || !d.Equal(time.Date(2024, 3, 5, 13, 30, 0, 0, time.UTC)) {
		t.Errorf("ParseDate = %v, %v", d, err)
	}
	if _, off := d.Zone(); off != 3600 {
		t.Errorf("zone offset = %d, want 3600", off)
	}
}

func TestEnum(t *testing.T) {
	t.Parallel()
	kinds := []string{"diary", "retrospective", "announcement"}
	get := func(m *Map, l *diag.List) any { return m.Enum("kind", "diary", kinds, l) }
	runGetters(t, []getterCase{
		{"allowed", "kind: retrospective\n", get, "retrospective", nil},
		{"missing gives default", "x: 1\n", get, "diary", nil},
		{"typo", "kind: retrospektive\n", get, "diary",
			[]string{`p.md:2:7 bad-value: "kind" cannot be "retrospektive"`}},
		{"list", "kind: [diary]\n", get, "diary",
			[]string{`p.md:2:7 wrong-type: "kind" must be text, found a list`}},
	})
}

func TestEnumHints(t *testing.T) {
	t.Parallel()
	kinds := []string{"diary", "retrospective", "announcement"}
	tests := []struct{ in, hint string }{
		{"kind: retrospektive\n", `did you mean "retrospective"? (allowed: diary, retrospective, announcement)`},
		{"kind: Diary\n", `did you mean "diary"? (allowed: diary, retrospective, announcement)`},
		{"kind: poem\n", "allowed: diary, retrospective, announcement"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			m, _ := Parse("p.md", []byte(tt.in), 0)
			var l diag.List
			m.Enum("kind", "diary", kinds, &l)
			if len(l) != 1 || l[0].Hint != tt.hint {
				t.Fatalf("problems %v, want one with hint %q", l, tt.hint)
			}
		})
	}
}

func TestSubAndItems(t *testing.T) {
	t.Parallel()
	in := "contact:\n  name: A\n  name: B\n  <<: {x: 1}\nrounds:\n  - id: r1\n  - plain\n  - id: r2\n    id: r3\nnothing:\nlist: [a]\n"
	m, problems := Parse("p.yaml", []byte(in), 0)
	wantProblems(t, problems, nil)
	var l diag.List
	c := m.Sub("contact", &l)
	if c == nil || c.String("name", true, &l) != "A" || c.Start().String() != "p.yaml:2:3" {
		t.Fatalf("Sub(contact) = %+v", c)
	}
	items := m.Items("rounds", &l)
	if len(items) != 2 || items[0].String("id", true, &l) != "r1" || items[1].String("id", true, &l) != "r2" {
		t.Fatalf("Items(rounds) gave %d items", len(items))
	}
	if m.Sub("nothing", &l) != nil || m.Items("nothing", &l) != nil || m.Sub("absent", &l) != nil {
		t.Error("a null or missing value gives no Map")
	}
	if m.Sub("list", &l) != nil || m.Items("contact", &l) != nil {
		t.Error("a wrong kind gives no Map")
	}
	wantProblems(t, l, []string{
		`p.yaml:3:3 yaml-duplicate-key: "name" is written twice (first on line 2)`,
		"p.yaml:4:3 yaml-merge-key: YAML merge keys (<<) are not allowed in tandem files",
		`p.yaml:7:5 wrong-type: "rounds" must hold fields, found the text "plain"`,
		`p.yaml:9:5 yaml-duplicate-key: "id" is written twice (first on line 8)`,
		`p.yaml:11:7 wrong-type: "list" must hold fields, found a list`,
		`p.yaml:2:3 wrong-type: "contact" must be a list, found a mapping`,
	})
}

// TestDateHint checks that a date and time without time zone is answered
// with the same time and the zones to add, in English and German, and any
// other bad date with the formats tandem reads.
func TestDateHint(t *testing.T) {
	t.Parallel()
	de := messages.New().Printer("de")
	tests := []struct{ in, en, de string }{
		{"date: 2024-03-05T09:00:00\n",
			"the time needs a time zone: write 2024-03-05T09:00:00+01:00 in winter (CET), 2024-03-05T09:00:00+02:00 in summer (CEST) or 2024-03-05T09:00:00Z for UTC",
			"Die Uhrzeit braucht eine Zeitzone: Schreibe 2024-03-05T09:00:00+01:00 im Winter (MEZ), 2024-03-05T09:00:00+02:00 im Sommer (MESZ) oder 2024-03-05T09:00:00Z für UTC"},
		{"date: 2026-12-08 10:00\n",
			"the time needs a time zone: write 2026-12-08T10:00:00+01:00 in winter (CET), 2026-12-08T10:00:00+02:00 in summer (CEST) or 2026-12-08T10:00:00Z for UTC",
			"Die Uhrzeit braucht eine Zeitzone: Schreibe 2026-12-08T10:00:00+01:00 im Winter (MEZ), 2026-12-08T10:00:00+02:00 im Sommer (MESZ) oder 2026-12-08T10:00:00Z für UTC"},
		{"date: 14.09.2023\n",
			"write the date as YYYY-MM-DD (2024-03-05) or RFC 3339 (2024-03-05T14:30:00+01:00)",
			"Schreibe das Datum als JJJJ-MM-TT (2024-03-05) oder nach RFC 3339 (2024-03-05T14:30:00+01:00)"},
	}
	for _, tt := range tests {
		m, problems := Parse("p.md", []byte(tt.in), 1)
		wantProblems(t, problems, nil)
		var l diag.List
		m.Date("date", true, &l)
		if len(l) != 1 {
			t.Fatalf("%q: %d problems, want 1", tt.in, len(l))
		}
		if l[0].Hint != tt.en {
			t.Errorf("%q: hint %q, want %q", tt.in, l[0].Hint, tt.en)
		}
		if got := l.In(de)[0].Hint; got != tt.de {
			t.Errorf("%q: German hint %q, want %q", tt.in, got, tt.de)
		}
	}
}
