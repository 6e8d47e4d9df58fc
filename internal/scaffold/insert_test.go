package scaffold

import (
	"strings"
	"testing"
)

var r3 = Round{ID: "r3", Title: "Runde 3: Herbst", Start: "2025-09-01", End: "2026-02-27"}

// item is r3 as insertRound writes it with the "-" at column dash and
// the fields at column field.
func item(dash, field int) string {
	return roundItem(r3, dash, field, "\n")
}

func TestInsertRound(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		// at is the text the new entry must follow; the rest of the
		// file must follow the entry unchanged.
		at   string
		item string
	}{
		{
			name: "after the last round, before a comment that belongs to the next field",
			in: `# Programm der Beispiel AG
title: Tandem-Tagebuch   # kurz halten
rounds:
  # Die erste Runde
  - id: r1
    title: "Runde 1"
    start: 2024-01-08
    end: 2024-06-28

  - id: r2   # läuft
    title: 'Runde 2'
    start: 2024-09-02
    end: 2025-02-28
    # Ende von r2

# Die Leute
people:
  ada: {name: Ada}
`,
			at:   "    # Ende von r2\n",
			item: item(2, 4),
		},
		{
			name: "a block summary stays with its round",
			in: `rounds:
- id: r1
  start: 2024-01-08
  end: 2024-06-28
  summary: |
    Zwei Zeilen
    # sind Text, kein Kommentar

# Ende
`,
			at:   "    # sind Text, kein Kommentar\n",
			item: item(0, 2),
		},
		{
			name: "rounds last, file without final line break",
			in:   "title: T\nrounds:\n    -   id: r1\n        start: 2024-01-08\n        end: 2024-06-28",
			at:   "end: 2024-06-28",
			item: "\n" + item(4, 8),
		},
		{
			name: "a round written in braces",
			in:   "rounds:\n  - {id: r1, start: 2024-01-08, end: 2024-06-28}\npeople: {}\n",
			at:   "end: 2024-06-28}\n",
			item: item(2, 4),
		},
		{
			name: "rounds with nothing after it",
			in:   "title: T\nrounds:   # noch keine\npeople: {}\n",
			at:   "rounds:   # noch keine\n",
			item: item(2, 4),
		},
		{
			name: "no rounds field",
			in:   "title: T\n# Schluss\n",
			at:   "# Schluss\n",
			item: "rounds:\n" + item(2, 4),
		},
		{
			name: "no rounds field in an indented file",
			in:   "  title: T\n  people: {}\n",
			at:   "  people: {}\n",
			item: "  rounds:\n" + item(4, 6),
		},
		{
			name: "an empty file",
			in:   "",
			at:   "",
			item: "rounds:\n" + item(2, 4),
		},
		{
			name: "Windows line endings",
			in:   "title: T\r\nrounds:\r\n  - id: r1\r\n    start: 2024-01-08\r\n    end: 2024-06-28\r\npeople: {}\r\n",
			at:   "end: 2024-06-28\r\n",
			item: roundItem(r3, 2, 4, "\r\n"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := insertRound([]byte(tt.in), r3)
			if err != nil {
				t.Fatal(err)
			}
			cut := strings.Index(tt.in, tt.at) + len(tt.at)
			want := tt.in[:cut] + tt.item + tt.in[cut:]
			if string(got) != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestInsertRoundEmptyList(t *testing.T) {
	t.Parallel()
	got, err := insertRound([]byte("title: T\nrounds: []   # bald\npeople: {}\n"), r3)
	if err != nil {
		t.Fatal(err)
	}
	want := "title: T\nrounds:    # bald\n" + item(2, 4) + "people: {}\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestInsertRoundRefuses(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"rounds: [{id: r1, start: 2024-01-08, end: 2024-06-28}]\n",
		"rounds: r1\n",
		"rounds: {r1: x}\n",
		"rounds:\n  - r1\n",
		"- a\n- b\n",
		"{title: T, rounds: []}\n",
		"title: [\n",
		"title: T\n...\n",
		"title: T\n---\nx: 1\n",
	} {
		if out, err := insertRound([]byte(in), r3); err == nil {
			t.Errorf("%q: edited to %q, want a refusal", in, out)
		}
	}
}

func TestRoundItemQuotes(t *testing.T) {
	t.Parallel()
	got := roundItem(Round{ID: "r9", Title: `Runde "neun": Frühling`, Start: "2026-03-01", End: "2026-08-31", Summary: "# kein Kommentar"}, 2, 4, "\n")
	want := "  - id: r9\n    title: 'Runde \"neun\": Frühling'\n    start: 2026-03-01\n    end: 2026-08-31\n    summary: '# kein Kommentar'\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
