package programme

import (
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Goal is a learning goal of a tandem and how far it got.
type Goal struct {
	Text string
	// Status is one of GoalStatuses, or "" for a goal written as a plain
	// line of text (no state stated).
	Status string
	// Note says what became of the goal, optional.
	Note string
	Pos  diag.Pos
}

// Goal states, in the order reports list them.
const (
	GoalOpen       = "open"
	GoalInProgress = "in_progress"
	GoalReached    = "reached"
	GoalDropped    = "dropped"
)

// GoalStatuses returns the states a goal may have (a new slice on every
// call).
func GoalStatuses() []string {
	return []string{GoalOpen, GoalInProgress, GoalReached, GoalDropped}
}

var goalFields = []string{"text", "status", "note"}

// GoalTexts returns the texts of the tandem's goals.
func (t *Tandem) GoalTexts() []string {
	if len(t.Goals) == 0 {
		return nil
	}
	out := make([]string, len(t.Goals))
	for i, g := range t.Goals {
		out[i] = g.Text
	}
	return out
}

// decodeGoals reads goals: each a line of text, or text, status and note.
func decodeGoals(m *metadata.Map, l *diag.List) []Goal {
	var goals []Goal
	for _, e := range m.Entries("goals", l) {
		if e.Fields == nil {
			goals = append(goals, Goal{Text: e.Text, Pos: e.Pos})
			continue
		}
		f := e.Fields
		f.WarnUnknown(goalFields, diag.T("a goal"), l)
		g := Goal{Text: f.String("text", true, l), Note: f.String("note", false, l), Pos: e.Pos}
		if f.Has("status") {
			g.Status = f.Enum("status", GoalOpen, GoalStatuses(), l)
		}
		if g.Text != "" {
			goals = append(goals, g)
		}
	}
	return goals
}
