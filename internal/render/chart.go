package render

import (
	"html/template"
	"time"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/report"
)

// ChartView is the timeline of a round as an inline SVG: a row per
// tandem, a dot per week with diary entries (larger for more), the
// months along the bottom and the round's events as lines. Its numbers
// are the SVG's coordinates; the template only places them.
type ChartView struct {
	// Width and Height are the SVG's viewBox; Plot is where the weeks
	// start (the tandems' names stand left of it).
	Width, Height, Plot int
	Rows                []ChartRow
	Ticks, Events       []ChartTick
}

// ChartRow is a tandem's row: its name, its top (Y) and middle (Mid).
type ChartRow struct {
	Label  string
	Y, Mid int
	Marks  []ChartMark
}

// MarksHTML is the row's marks as the default theme's report.html
// printed them, four values each, made in Go (see markup): a round's
// report has a mark for every week of every tandem with entries (630 on
// a round of the 10,000-post bench site), which took about two fifths
// of the page's execution. It is made from the row's fields alone.
func (r ChartRow) MarksHTML() template.HTML {
	var m markup
	m.b.Grow(len(r.Marks) * 128)
	for _, k := range r.Marks {
		m.raw("\n      <circle class=\"chart-mark\" cx=\"")
		m.number(k.X)
		m.raw("\" cy=\"")
		m.number(r.Mid)
		m.raw("\" r=\"")
		m.number(k.R)
		m.raw("\"><title>")
		m.text(k.Title)
		m.raw("</title></circle>")
	}
	return m.html()
}

// ChartMark is a week with entries: its middle, its radius and its text.
type ChartMark struct {
	X, R  int
	Title string
}

// ChartTick is a mark on the time axis (a month) or an event, at X.
type ChartTick struct {
	X     int
	Label string
}

// The chart's layout in SVG units.
const (
	chartLabel    = 120 // the least width of the names
	chartMaxLabel = 300 // the most: a longer name runs into the weeks
	chartRow      = 26  // height of a row
	chartTop      = 6
	chartAxis     = 30 // height of the month labels
	chartPlot     = 600
	chartMinGap   = 40 // the least room for a month's label
)

// chart lays out the timeline of round f.
func (r *Renderer) chart(f report.Round) ChartView {
	cell := min(max(chartPlot/max(f.Weeks, 1), 4), 48)
	label := chartLabel
	for _, row := range f.Rows {
		label = max(label, min(7*utf8.RuneCountInString(tandemName(row.Tandem))+12, chartMaxLabel))
	}
	c := ChartView{Plot: label, Width: label + cell*f.Weeks + 8}
	x := func(week int) int { return label + cell*week }
	for i, row := range f.Rows {
		cr := ChartRow{Label: tandemName(row.Tandem), Y: chartTop + i*chartRow}
		cr.Mid = cr.Y + chartRow/2
		for _, w := range row.Weeks {
			cr.Marks = append(cr.Marks, ChartMark{X: x(w.Number) + cell/2, R: min(2+w.Entries, max(cell/2, 3)),
				Title: r.strings.T("chart_week", "date", r.strings.Date(w.Monday), "n", w.Entries)})
		}
		c.Rows = append(c.Rows, cr)
	}
	c.Height = chartTop + len(f.Rows)*chartRow + chartAxis
	c.Ticks = r.monthTicks(f, cell, x)
	for _, e := range f.Round.Events {
		if w := f.Week(e.Date); w >= 0 && w < f.Weeks {
			c.Events = append(c.Events, ChartTick{X: x(w) + cell/2, Label: e.Title + " (" + r.strings.Date(e.Date) + ")"})
		}
	}
	return c
}

// monthTicks marks the first of each month in the round, every month
// when there is room for its label, else every third.
func (r *Renderer) monthTicks(f report.Round, cell int, x func(int) int) []ChartTick {
	step := 1
	if cell*4 < chartMinGap {
		step = 3
	}
	var ticks []ChartTick
	start := time.Date(f.Round.Start.Year(), f.Round.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
	for m := start; !m.After(f.Round.End); m = m.AddDate(0, 1, 0) {
		w := f.Week(m)
		if w < 0 || (int(m.Month())-1)%step != 0 {
			continue
		}
		label := clip(r.strings.months[m.Month()-1], 3)
		if m.Month() == time.January || len(ticks) == 0 {
			label += " " + m.Format("2006")
		}
		ticks = append(ticks, ChartTick{X: x(w), Label: label})
	}
	return ticks
}

// clip cuts s to n characters, marking a cut with "…" when n > 3.
func clip(s string, n int) string {
	runes := []rune(s)
	if len(runes) <= n {
		return s
	}
	if n > 3 {
		return string(runes[:n-1]) + "…"
	}
	return string(runes[:n])
}
