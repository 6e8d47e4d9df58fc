package render

import (
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/report"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// ReportDir is the folder of a round's report below the round's page.
const ReportDir = "report/"

// ReportView is a round's report as its page shows it: the figures
// internal/report computed, in the words and numbers the page prints.
// Templates compute nothing.
type ReportView struct {
	// Round links the round's page.
	Round                          Link
	Summary                        string
	Start, End, StartText, EndText string
	// DateText is the day the figures hold for (report.Round.AsOf).
	DateText                  string
	Tandems, Mentors, Mentees int
	Departments               []string
	// Pairs are the mentor–mentee pairs whose departments are both
	// given; CrossPairs those from different departments.
	Pairs, CrossPairs int
	// Returning are the people who took part in an earlier round.
	Returning []string
	// Posts, Diary and Unpublished count the round's posts, its diary
	// posts (documented meetings) and, in a preview, those not published.
	Posts, Diary, Unpublished int
	Goals                     GoalCounts
	Rows                      []ReportRow
	// Topics are the planned topics, then the other tags of the round's
	// posts, each with its number of posts.
	Topics []TopicView
	// Retrospectives are the round's retrospectives, as cards.
	Retrospectives []*Card
	// Highlights are the highlights of the round's retrospectives (see
	// PostView.Highlights), each with a link to its retrospective.
	Highlights []Highlight
	Survey     *SurveyView
	Events     []EventView
	Chart      ChartView
	sum        Key
}

// Highlight is one highlight of a round, from a retrospective.
type Highlight struct {
	Text string
	From Link
}

// GoalCounts counts goals by state; None counts those without one.
type GoalCounts struct {
	Open, InProgress, Reached, Dropped, None, Total int
}

// ReportRow is one tandem in its round's report.
type ReportRow struct {
	ID, Name, Href string
	Mentee         string
	Mentors        []string
	Cadence        string
	// Entries are the diary posts (documented meetings); Unpublished
	// those not published (preview only).
	Entries, Unpublished                   int
	FirstISO, FirstText, LastISO, LastText string
	// GapDays is the longest gap, from GapFromText to GapToText.
	GapDays                 int
	GapFromText, GapToText  string
	IntervalWeeks, Expected int
	MeetsCadence            bool
	Goals                   []GoalView
	Topics                  []string
	// Weeks are the weeks with entries, for the chart's text.
	Weeks []WeekView
}

// GoalView is a goal with its state.
type GoalView struct {
	Text, Status, StatusText, Note string
}

// TopicView is a planned topic or another tag, with its posts.
type TopicView struct {
	Name    string
	Planned bool
	Posts   int
}

// SurveyView is a round's survey; Satisfaction and NPS are "" when not
// given.
type SurveyView struct {
	Responses, Invited, Scale int
	Satisfaction, NPS, Quote  string
}

// EventView is a fixed date of a round.
type EventView struct {
	Kind, KindText, DateISO, DateText, Title string
}

// WeekView is a week with entries: the day it starts and how many.
type WeekView struct {
	DateText string
	Entries  int
}

// WeeksHTML is the row's weeks as the default theme's report.html
// printed them in a range, made in Go (see markup): each week's text,
// weekOf with its {date} replaced by the week's day as the t function
// replaces it, and its entries in brackets, the weeks apart by "; ". A
// round's report has a week for every week of every tandem with entries
// (630 on a round of the 10,000-post bench site), which took about two
// fifths of the page's execution, the page a save that changes a post's
// state makes again. It is made from the row's fields and weekOf alone.
func (r ReportRow) WeeksHTML(weekOf string) template.HTML {
	var m markup
	m.b.Grow(len(r.Weeks) * (len(weekOf) + 24))
	for i, w := range r.Weeks {
		if i > 0 {
			m.raw("; ")
		}
		m.text(strings.ReplaceAll(weekOf, "{date}", w.DateText))
		m.raw(" (")
		m.number(w.Entries)
		m.raw(")")
	}
	return m.html()
}

// reportViews are the views of the programme report and of every
// round's report (as Site.Rounds, newest first), from figures computed
// once for both.
type reportViews struct {
	programme ProgrammeReportView
	rounds    []ReportView
}

// reportViews builds the report views of s, the rounds' on every core.
// It reads the model and the posts' views only, so the planner runs it
// beside its other work.
func (r *Renderer) reportViews(s *site.Site, ps *posts, ks *keying) reportViews {
	f := report.OfProgramme(s)
	out := reportViews{programme: r.programmeReportView(s, f, ks), rounds: make([]ReportView, len(s.Rounds))}
	workers.ForEach(len(s.Rounds), func(i int) { // f.Rounds oldest first
		out.rounds[i] = r.reportView(s, f.Rounds[len(f.Rounds)-1-i], ps, ks)
	})
	return out
}

// reports adds the programme report and the report page of every round,
// each keyed by its view.
func (pl *planner) reports(views reportViews) {
	pl.programmeReport(views.programme)
	for i, round := range pl.s.Rounds {
		rep := views.rounds[i]
		url := round.URL + ReportDir
		pl.addIn(url+site.IndexPage, "report", pl.r.strings.T("report_of", "round", round.Title), url,
			func(k *keyer) { k.key(rep.sum) }, func(pg *Page) { pg.Report, pg.Description = &rep, rep.Summary })
	}
}

// reportView builds the report view of a round from its figures f.
func (r *Renderer) reportView(s *site.Site, f report.Round, ps *posts, ks *keying) ReportView {
	round := f.Round
	v := ReportView{Round: Link{Name: round.Title, Href: round.Href}, Summary: round.Summary,
		StartText: r.strings.Date(round.Start), EndText: r.strings.Date(round.End), DateText: r.strings.Date(f.AsOf),
		Tandems: f.Tandems, Mentors: f.Mentors, Mentees: f.Mentees, Departments: f.Departments, Pairs: f.Pairs, CrossPairs: f.CrossPairs,
		Returning: f.Returning, Posts: f.Posts, Diary: f.Diary, Unpublished: f.Unpublished, Goals: goalCounts(f.Goals),
		Retrospectives: ps.cardsOf(round.Retrospectives), Survey: r.surveyView(round)}
	for _, p := range round.Retrospectives {
		pv := ps.views[p.Number]
		for _, h := range pv.Highlights {
			v.Highlights = append(v.Highlights, Highlight{Text: h, From: Link{Name: pv.Title, Href: pv.Href}})
		}
	}
	v.Start, v.End = isoDate(round.Start), isoDate(round.End)
	for _, row := range f.Rows {
		v.Rows = append(v.Rows, r.reportRow(row))
	}
	for _, t := range f.Topics {
		v.Topics = append(v.Topics, TopicView{Name: t.Name, Planned: t.Planned, Posts: t.Posts})
	}
	for _, e := range round.Events {
		v.Events = append(v.Events, EventView{Kind: e.Kind, KindText: r.strings.T("event_" + e.Kind), DateISO: isoDate(e.Date), DateText: r.strings.Date(e.Date), Title: e.Title})
	}
	v.Chart = r.chart(f)
	v.seal(ks)
	return v
}

func (r *Renderer) reportRow(row report.Tandem) ReportRow {
	t := row.Tandem
	out := ReportRow{ID: t.ID, Name: tandemName(t), Href: t.Href, Cadence: t.Cadence, Topics: t.Topics,
		Entries: row.Entries, Unpublished: row.Unpublished, FirstISO: isoDate(row.First), FirstText: r.strings.Date(row.First),
		LastISO: isoDate(row.Last), LastText: r.strings.Date(row.Last), GapDays: row.GapDays,
		GapFromText: r.strings.Date(row.GapFrom), GapToText: r.strings.Date(row.GapTo),
		IntervalWeeks: row.IntervalWeeks, Expected: row.Expected, MeetsCadence: row.MeetsCadence}
	if t.Mentee != nil {
		out.Mentee = t.Mentee.Name
	}
	for _, m := range t.Mentors {
		out.Mentors = append(out.Mentors, m.Name)
	}
	out.Goals = r.goalViews(t.Goals)
	for _, w := range row.Weeks {
		out.Weeks = append(out.Weeks, WeekView{DateText: r.strings.Date(w.Monday), Entries: w.Entries})
	}
	return out
}

func goalCounts(g report.Goals) GoalCounts {
	return GoalCounts{Open: g.Open, InProgress: g.InProgress, Reached: g.Reached, Dropped: g.Dropped, None: g.None, Total: g.Total()}
}

// surveyView is the round's survey in the site's language, or nil.
func (r *Renderer) surveyView(round *site.Round) *SurveyView {
	s := round.Survey
	if s == nil {
		return nil
	}
	v := &SurveyView{Responses: s.Responses, Invited: s.Invited, Scale: s.Scale, Quote: s.Quote}
	if s.HasSatisfaction {
		v.Satisfaction = strconv.FormatFloat(s.Satisfaction, 'f', 1, 64)
		if sep := r.strings.T("decimal_separator"); sep != "decimal_separator" {
			v.Satisfaction = strings.Replace(v.Satisfaction, ".", sep, 1)
		}
	}
	if s.HasNPS {
		v.NPS = strconv.Itoa(s.NPS)
		if s.NPS > 0 {
			v.NPS = "+" + v.NPS
		}
	}
	return v
}

// isoDate is t as 2006-01-02, or "" for the zero time.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
