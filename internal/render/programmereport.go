package render

import (
	"strconv"
	"time"

	"github.com/tandem-mentoring/tandem/internal/report"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// ProgrammeReportView is the programme report (/report/): every round
// side by side and the posts per month, as internal/report computed them.
type ProgrammeReportView struct {
	// DateText is the day the figures hold for (report.Programme.AsOf).
	DateText string
	// Posts and Unpublished count the shown posts and, in a preview,
	// those not published.
	Posts, Unpublished int
	Rounds             []RoundColumn
	// Months are the months with their posts, oldest first; Chart lays
	// them out as bars.
	Months []MonthView
	Chart  BarChart
	sum    Key
}

// RoundColumn is one round in the programme report.
type RoundColumn struct {
	Title, Href, ReportHref, StartText, EndText string
	Tandems, Mentors, Mentees, Returning        int
	Diary, Posts, GoalsReached, Goals           int
	// HasSurvey is set when the round has a survey; Responses,
	// Satisfaction (with its Scale) and NPS are then its figures.
	HasSurvey         bool
	Responses, Scale  int
	Satisfaction, NPS string
}

// MonthView is a month and its posts.
type MonthView struct {
	ISO, Text string
	Posts     int
}

// BarChart is the posts per month as an inline SVG: a bar per month
// (X, Y, Height), a label below each year's first month.
type BarChart struct {
	Width, Height, Base, BarWidth int
	Bars                          []Bar
	Ticks                         []ChartTick
}

// Bar is a month's bar.
type Bar struct {
	X, Y, Height int
	Title        string
}

// The bar chart's layout in SVG units.
const (
	barPlot   = 160 // the tallest bar
	barTop    = 8
	barAxis   = 24
	barLeft   = 8
	barMaxW   = 40
	barMinW   = 6
	barMaxAll = 720
)

// programmeReport adds the programme report at /report/ with its view v,
// keyed by it.
func (pl *planner) programmeReport(v ProgrammeReportView) {
	pl.addIn(site.ReportRoot+site.IndexPage, "programme-report", pl.r.strings.T("programme_report"), site.ReportRoot,
		func(k *keyer) { k.key(v.sum) }, func(pg *Page) { pg.ProgrammeReport = &v })
}

// programmeReportView builds the programme report's view from its
// figures f.
func (r *Renderer) programmeReportView(s *site.Site, f report.Programme, ks *keying) ProgrammeReportView {
	v := ProgrammeReportView{DateText: r.strings.Date(f.AsOf), Posts: f.Posts, Unpublished: f.Unpublished}
	for _, round := range f.Rounds {
		v.Rounds = append(v.Rounds, r.roundColumn(round))
	}
	for _, m := range f.Months {
		v.Months = append(v.Months, MonthView{ISO: m.Start.Format("2006-01"), Text: r.monthText(m.Start), Posts: m.Posts})
	}
	v.Chart = r.barChart(f.Months)
	v.seal(ks)
	return v
}

func (r *Renderer) roundColumn(f report.Round) RoundColumn {
	c := RoundColumn{Title: f.Title, Href: f.Href, ReportHref: f.Href + ReportDir, StartText: r.strings.Date(f.Start), EndText: r.strings.Date(f.End),
		Tandems: f.Tandems, Mentors: f.Mentors, Mentees: f.Mentees, Returning: len(f.Returning), Diary: f.Diary, Posts: f.Posts,
		GoalsReached: f.Goals.Reached, Goals: f.Goals.Total()}
	if sv := r.surveyView(f.Round); sv != nil {
		c.HasSurvey, c.Responses, c.Scale, c.Satisfaction, c.NPS = true, sv.Responses, sv.Scale, sv.Satisfaction, sv.NPS
	}
	return c
}

// monthText is "März 2024".
func (r *Renderer) monthText(m time.Time) string {
	return r.strings.months[m.Month()-1] + " " + strconv.Itoa(m.Year())
}

// barChart lays out a bar per month, scaled to the busiest month.
func (r *Renderer) barChart(months []report.Month) BarChart {
	w := min(max(barMaxAll/max(len(months), 1), barMinW), barMaxW)
	c := BarChart{BarWidth: w - 2, Base: barTop + barPlot, Width: barLeft*2 + w*len(months), Height: barTop + barPlot + barAxis}
	most := 1
	for _, m := range months {
		most = max(most, m.Posts)
	}
	for i, m := range months {
		h := m.Posts * barPlot / most
		x := barLeft + i*w
		c.Bars = append(c.Bars, Bar{X: x, Y: c.Base - h, Height: h, Title: r.monthText(m.Start) + ": " + r.strings.Count(m.Posts)})
		if i == 0 || m.Start.Month() == time.January {
			c.Ticks = append(c.Ticks, ChartTick{X: x, Label: strconv.Itoa(m.Start.Year())})
		}
	}
	return c
}
