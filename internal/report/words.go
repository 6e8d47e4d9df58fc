package report

import (
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// words writes the figures as a document (tandem report --format text
// or md): for the whole programme, the rounds side by side and the posts
// per month, then each round's report. Pseudonymised, people are named
// by pseudonyms and no free text is written: no titles of rounds or
// tandems, goals, notes, cadences, tags, quotes, highlights or events'
// titles, no departments or contact.
type words struct {
	*doc
	s     *site.Site
	req   Request
	names Names
}

func (t words) document(p Programme) {
	level := 1
	if t.req.Round == "" {
		level = 2
		t.heading(1, diag.T("Programme report: %s", t.s.Programme.Title))
		t.titleBlock(p.AsOf.Format("2006-01-02"))
		t.field(diag.T("Rounds"), strconv.Itoa(len(p.Rounds)))
		t.preview(p.Unpublished)
		t.end()
		t.sideBySide(p)
	}
	for _, r := range p.Rounds {
		t.round(r, level)
	}
}

// titleBlock writes the programme, organisation, day and contact.
func (t words) titleBlock(asOf string) {
	prog := t.s.Programme
	t.field(diag.T("Programme"), prog.Title)
	if prog.Organisation != "" {
		t.field(diag.T("Organisation"), prog.Organisation)
	}
	if c := prog.Contact; !t.req.Pseudonymise && (c.Name != "" || c.Email != "") {
		t.field(diag.T("Contact"), strings.Trim(c.Name+", "+c.Email, ", "))
	}
	t.field(diag.T("As of"), asOf)
}

// preview says that held-back posts are counted, and how many.
func (t words) preview(unpublished int) {
	if t.req.Preview {
		t.field(diag.T("Preview"), diag.T("held-back posts are counted and marked (%d of them)", unpublished).In(t.pr))
	}
}

// sideBySide writes a line per round and the months with posts.
func (t words) sideBySide(p Programme) {
	t.heading(2, diag.T("The rounds side by side"))
	for _, r := range p.Rounds {
		line := diag.T("%s: %d tandems, %d mentors, %d mentees, %d returning, %d documented meetings, %d posts, goals reached %d of %d",
			t.roundName(r), r.Tandems, r.Mentors, r.Mentees, len(r.Returning), r.Diary, r.Posts, r.Goals.Reached, r.Goals.Total()).In(t.pr)
		if sv := r.Survey; sv != nil {
			line += "; " + t.surveyLine(r)
		}
		t.doc.b.WriteString("- " + t.value(line) + "\n")
	}
	t.end()
	t.heading(2, diag.T("Posts per month"))
	for _, m := range p.Months {
		if m.Posts > 0 {
			t.pair(m.Start.Format("2006-01"), strconv.Itoa(m.Posts))
		}
	}
	t.end()
}

func (t words) roundName(r Round) string {
	if t.req.Pseudonymise || r.Title == "" {
		return r.ID
	}
	return r.Title
}

func (t words) surveyLine(r Round) string {
	sv := r.Survey
	parts := []string{diag.T("survey: %d responses", sv.Responses).In(t.pr)}
	if sv.HasSatisfaction {
		parts = append(parts, diag.T("satisfaction %s of %d", decimal(sv.Satisfaction, t.req.Lang), sv.Scale).In(t.pr))
	}
	if sv.HasNPS {
		parts = append(parts, "NPS "+nps(sv.NPS))
	}
	return strings.Join(parts, ", ")
}

// nps is the score with its sign.
func nps(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// round writes one round's report, its heading at level.
func (t words) round(r Round, level int) {
	t.heading(level, diag.T("Round report: %s", t.roundName(r)))
	if level == 1 {
		t.titleBlock(r.AsOf.Format("2006-01-02"))
	} else {
		t.field(diag.T("As of"), r.AsOf.Format("2006-01-02"))
	}
	t.field(diag.T("Round"), diag.T("%s, %s to %s", r.ID, isoDay(r.Start), isoDay(r.End)).In(t.pr))
	if level == 1 {
		t.preview(r.Unpublished)
	}
	t.end()
	t.keyFigures(r, level+1)
	t.heading(level+1, diag.T("Tandems"))
	for _, row := range r.Rows {
		t.tandem(row, level+2)
	}
	t.topics(r, level+1)
	t.highlights(r, level+1)
	t.survey(r, level+1)
	t.events(r, level+1)
}

func (t words) keyFigures(r Round, level int) {
	t.heading(level, diag.T("Key figures"))
	n := strconv.Itoa
	t.field(diag.T("Tandems"), n(r.Tandems))
	t.field(diag.T("Mentors"), n(r.Mentors))
	t.field(diag.T("Mentees"), n(r.Mentees))
	depts := n(len(r.Departments))
	if !t.req.Pseudonymise && len(r.Departments) > 0 {
		depts += " (" + strings.Join(r.Departments, ", ") + ")"
	}
	t.field(diag.T("Departments"), depts)
	t.field(diag.T("Pairs from different departments"), diag.T("%d of %d", r.CrossPairs, r.Pairs).In(t.pr))
	returning := n(len(r.Returning))
	if !t.req.Pseudonymise && len(r.Returning) > 0 {
		returning += " (" + strings.Join(r.Returning, ", ") + ")"
	}
	t.field(diag.T("Returning from an earlier round"), returning)
	held := 0
	for _, row := range r.Rows {
		held += row.Unpublished
	}
	t.field(diag.T("Documented meetings"), t.counted(r.Diary, held))
	t.field(diag.T("Posts"), t.counted(r.Posts, r.Unpublished))
	g := r.Goals
	t.field(diag.T("Goals reached"), diag.T("%d of %d (in progress %d, open %d, dropped %d, no state given %d)",
		g.Reached, g.Total(), g.InProgress, g.Open, g.Dropped, g.None).In(t.pr))
	t.end()
}

// counted is n, with how many of them are not published in a preview.
func (t words) counted(n, unpublished int) string {
	if !t.req.Preview || unpublished == 0 {
		return strconv.Itoa(n)
	}
	return diag.T("%d (%d not published)", n, unpublished).In(t.pr)
}
