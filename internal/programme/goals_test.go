package programme

import (
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestGoals reads goals written as plain text and as entries with a
// state, side by side in one list.
func TestGoals(t *testing.T) {
	t.Parallel()
	p, problems := Load(fstest.MapFS{File: file("title: T\n"), "content/tandems/t1.yaml": file("round: r1\ngoals:\n" +
		"  - Teams nutzen\n" +
		"  - text: LinkedIn-Profil\n    status: reached\n    note: seit März online\n" +
		"  - {text: TikTok einschätzen, status: in_progress}\n" +
		"  - text: Ohne Zustand\n")})
	wantProblems(t, problems, nil)
	pos := func(line, col int) diag.Pos { return diag.Pos{Path: "content/tandems/t1.yaml", Line: line, Col: col} }
	want := []Goal{
		{Text: "Teams nutzen", Pos: pos(3, 5)},
		{Text: "LinkedIn-Profil", Status: GoalReached, Note: "seit März online", Pos: pos(4, 5)},
		{Text: "TikTok einschätzen", Status: GoalInProgress, Pos: pos(7, 5)},
		{Text: "Ohne Zustand", Pos: pos(8, 5)},
	}
	if got := p.Tandems[0].Goals; !reflect.DeepEqual(got, want) {
		t.Errorf("goals =\n%+v\nwant\n%+v", got, want)
	}
	if got := p.Tandems[0].GoalTexts(); !reflect.DeepEqual(got, []string{"Teams nutzen", "LinkedIn-Profil", "TikTok einschätzen", "Ohne Zustand"}) {
		t.Errorf("GoalTexts = %q", got)
	}
}

// TestGoalProblems checks that a wrong goal is reported where it is
// written, with a suggestion.
func TestGoalProblems(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"misspelt state", "goals:\n  - {text: A, status: reachd}\n",
			[]string{`content/tandems/t1.yaml:3:23 bad-value: "status" cannot be "reachd"`}},
		{"no text", "goals:\n  - status: open\n",
			[]string{`content/tandems/t1.yaml:3:5 missing-field: the required field "text" is missing`}},
		{"unknown field", "goals:\n  - {text: A, stat: open}\n",
			[]string{`content/tandems/t1.yaml:3:15 unknown-field: a goal has no field "stat"; it is ignored`}},
		{"a list in the list", "goals:\n  - [a, b]\n",
			[]string{`content/tandems/t1.yaml:3:5 wrong-type: each entry of "goals" must be text or fields, found a list`}},
		{"a number", "goals:\n  - 5\n",
			[]string{`content/tandems/t1.yaml:3:5 wrong-type: each entry of "goals" must be text or fields, found the text "5"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, problems := Load(fstest.MapFS{File: file("title: T\n"), "content/tandems/t1.yaml": file("round: r1\n" + tt.yaml)})
			wantProblems(t, problems, tt.want)
		})
	}
	_, problems := Load(fstest.MapFS{File: file("title: T\n"), "content/tandems/t1.yaml": file("round: r1\ngoals:\n  - {text: A, status: reachd}\n")})
	if len(problems) != 1 || problems[0].Hint != `did you mean "reached"? (allowed: open, in_progress, reached, dropped)` {
		t.Errorf("hint = %+v, want a suggestion", problems)
	}
}
