package report

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Tandem is what one tandem's diary shows.
type Tandem struct {
	*site.Tandem
	// Entries counts the documented meetings (diary posts); Unpublished
	// those of them not published (preview only).
	Entries, Unpublished int
	// Dates are the entries' days, oldest first.
	Dates []time.Time
	// First and Last are the first and last entry's day (zero without
	// entries).
	First, Last time.Time
	// Start and End are the span the diary is measured over: from the
	// round's start (or the tandem's, when later) to the round's end or
	// now, whichever is earlier. End is before Start when the round has
	// not begun.
	Start, End time.Time
	// GapDays is the longest gap in days, from GapFrom to GapTo.
	GapDays        int
	GapFrom, GapTo time.Time
	IntervalWeeks  int // the meeting interval the cadence names, in weeks
	Expected       int // meetings the cadence asks for over the span
	MeetsCadence   bool
	Goals          Goals
	// Weeks are the weeks of the round with entries, in order.
	Weeks []Week
}

// tandemRow computes the diary figures of t as of now.
func tandemRow(t *site.Tandem, now time.Time) Tandem {
	row := Tandem{Tandem: t, Dates: make([]time.Time, 0, len(t.Diary))}
	for _, p := range t.Diary {
		if p.Kind != content.KindDiary {
			continue
		}
		row.Entries++
		if !p.Verdict.Published() {
			row.Unpublished++
		}
		row.Dates = append(row.Dates, civil(p.Date))
	}
	if n := len(row.Dates); n > 0 {
		row.First, row.Last = row.Dates[0], row.Dates[n-1]
	}
	row.Goals.add(t.Goals)
	interval := programme.MeetingInterval(t.Cadence)
	row.IntervalWeeks = int(interval / (7 * 24 * time.Hour))
	if t.Round == nil || t.Round.Start.IsZero() || t.Round.End.IsZero() {
		return row
	}
	row.Start, row.End = civil(t.Round.Start), civil(t.Round.End)
	if !t.Start.IsZero() && civil(t.Start).After(row.Start) {
		row.Start = civil(t.Start)
	}
	if today := civil(now); !now.IsZero() && today.Before(row.End) {
		row.End = today
	}
	if !row.End.After(row.Start) {
		return row
	}
	row.Expected = int(row.End.Sub(row.Start) / interval)
	row.MeetsCadence = row.Entries >= row.Expected
	row.longestGap()
	return row
}

// longestGap finds the longest time from the start to the first entry,
// between entries and from the last entry to the end; entries outside
// the span are left out.
func (row *Tandem) longestGap() {
	prev := row.Start
	check := func(d time.Time) {
		if days := int(d.Sub(prev).Hours() / 24); days > row.GapDays {
			row.GapDays, row.GapFrom, row.GapTo = days, prev, d
		}
		prev = d
	}
	for _, d := range row.Dates {
		if d.Before(row.Start) || d.After(row.End) {
			continue
		}
		check(d)
	}
	check(row.End)
}
