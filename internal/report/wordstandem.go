package report

import (
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// tandem writes one tandem's diary figures and goals.
func (t words) tandem(row Tandem, level int) {
	name := row.ID
	if !t.req.Pseudonymise && row.Mentee != nil {
		name += " – " + row.Mentee.Name
	}
	t.heading(level, diag.T("Tandem %s", name))
	var mentors []string
	for _, m := range row.Mentors {
		mentors = append(mentors, t.names(m))
	}
	t.field(diag.T("Mentors"), strings.Join(mentors, ", "))
	if row.Mentee != nil {
		t.field(diag.T("Mentee"), t.names(row.Mentee))
	}
	t.field(diag.T("Documented meetings"), t.counted(row.Entries, row.Unpublished))
	if !row.First.IsZero() {
		t.field(diag.T("First and last entry"), diag.T("%s to %s", isoDay(row.First), isoDay(row.Last)).In(t.pr))
	}
	if row.GapDays > 0 {
		t.field(diag.T("Longest gap"), diag.T("%d days, %s to %s", row.GapDays, isoDay(row.GapFrom), isoDay(row.GapTo)).In(t.pr))
	}
	cadence := diag.T("every %d weeks: %d meetings expected, %d documented", row.IntervalWeeks, row.Expected, row.Entries).In(t.pr)
	if row.MeetsCadence {
		cadence += " – " + diag.T("on track").In(t.pr)
	} else {
		cadence += " – " + diag.T("less often than agreed").In(t.pr)
	}
	if !t.req.Pseudonymise && row.Cadence != "" {
		cadence = row.Cadence + "; " + cadence
	}
	t.field(diag.T("Cadence"), cadence)
	g := row.Goals
	t.field(diag.T("Goals reached"), diag.T("%d of %d (in progress %d, open %d, dropped %d, no state given %d)",
		g.Reached, g.Total(), g.InProgress, g.Open, g.Dropped, g.None).In(t.pr))
	if !t.req.Pseudonymise {
		for _, goal := range row.Tandem.Goals {
			line := goal.Text
			if goal.Status != "" {
				line = t.goalState(goal.Status) + ": " + line
			}
			if goal.Note != "" {
				line += " (" + goal.Note + ")"
			}
			t.field(diag.T("Goal"), line)
		}
		if len(row.Topics) > 0 {
			t.field(diag.T("Topics"), strings.Join(row.Topics, ", "))
		}
	}
	t.end()
}

// goalState words a goal's state.
func (t words) goalState(status string) string {
	switch status {
	case "open":
		return diag.T("open").In(t.pr)
	case "in_progress":
		return diag.T("in progress").In(t.pr)
	case "reached":
		return diag.T("reached").In(t.pr)
	case "dropped":
		return diag.T("dropped").In(t.pr)
	}
	return status
}

// topics writes the planned topics with their posts, then (named only)
// the round's other tags.
func (t words) topics(r Round, level int) {
	if len(r.Topics) == 0 {
		return
	}
	t.heading(level, diag.T("Topics: planned and covered"))
	for _, topic := range r.Topics {
		switch {
		case topic.Planned:
			t.pair(diag.T("%s (planned)", topic.Name).In(t.pr), strconv.Itoa(topic.Posts))
		case !t.req.Pseudonymise:
			t.pair(topic.Name, strconv.Itoa(topic.Posts))
		}
	}
	t.end()
}

// highlights writes the highlights of the round's retrospectives.
func (t words) highlights(r Round, level int) {
	if t.req.Pseudonymise || len(r.Highlights) == 0 {
		return
	}
	t.heading(level, diag.T("Highlights"))
	for _, h := range r.Highlights {
		t.doc.b.WriteString("- " + t.value(h) + "\n")
	}
	t.end()
}

func (t words) survey(r Round, level int) {
	sv := r.Survey
	if sv == nil {
		return
	}
	t.heading(level, diag.T("Closing survey"))
	responses := strconv.Itoa(sv.Responses)
	if sv.Invited > 0 {
		responses = diag.T("%d of %d", sv.Responses, sv.Invited).In(t.pr)
	}
	t.field(diag.T("Responses"), responses)
	if sv.HasSatisfaction {
		t.field(diag.T("Satisfaction"), diag.T("%s of %d", decimal(sv.Satisfaction, t.req.Lang), sv.Scale).In(t.pr))
	}
	if sv.HasNPS {
		t.field(diag.T("Net promoter score"), nps(sv.NPS))
	}
	if sv.Quote != "" && !t.req.Pseudonymise {
		t.field(diag.T("Quote"), sv.Quote)
	}
	t.end()
}

func (t words) events(r Round, level int) {
	if len(r.Events) == 0 {
		return
	}
	t.heading(level, diag.T("Events"))
	for _, e := range r.Events {
		kind := diag.T("event").In(t.pr)
		switch e.Kind {
		case "kickoff":
			kind = diag.T("kick-off").In(t.pr)
		case "closing":
			kind = diag.T("closing event").In(t.pr)
		}
		if !t.req.Pseudonymise && e.Title != "" {
			kind += ": " + e.Title
		}
		t.pair(isoDay(e.Date), kind)
	}
	t.end()
}
