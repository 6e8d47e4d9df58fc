package report

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Programme is what the whole programme achieved: every round's figures,
// oldest first, and the posts of each month.
type Programme struct {
	Rounds []Round
	// Months run from the month the first round starts (or the first
	// post, if earlier) to the month the last round ends (or the last
	// post, if later); empty without rounds and posts.
	Months []Month
	// Posts counts the shown posts, Unpublished those not published
	// (preview only).
	Posts, Unpublished int
	// AsOf is the day the figures hold for: now while a round runs,
	// else the last round's end or the newest post, whichever is later.
	AsOf time.Time
}

// Month is a calendar month and the shown posts dated in it.
type Month struct {
	// Start is the first day of the month.
	Start time.Time
	Posts int
}

// OfProgramme computes the programme report of s, as of s.Now.
func OfProgramme(s *site.Site) Programme {
	out := Programme{Rounds: make([]Round, len(s.Rounds))}
	byName := namesInOrder(s.Tags)
	// The rounds read the model only: on every core. The model lists
	// them newest first.
	workers.ForEach(len(s.Rounds), func(i int) { out.Rounds[i] = of(s, s.Rounds[len(s.Rounds)-1-i], byName) })
	var ends []time.Time
	for _, r := range s.Rounds {
		ends = append(ends, r.End)
	}
	out.AsOf = asOf(s.Now, ends, s.Posts)
	var first, last time.Time
	widen := func(m time.Time) {
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	for _, r := range s.Rounds {
		if !r.Start.IsZero() && !r.End.IsZero() {
			widen(monthOf(r.Start))
			widen(monthOf(r.End))
		}
	}
	months := make([]time.Time, len(s.Posts)) // each post's month
	for i, p := range s.Posts {
		months[i] = monthOf(p.Date)
		widen(months[i])
		out.Posts++
		if !p.Verdict.Published() {
			out.Unpublished++
		}
	}
	if first.IsZero() {
		return out
	}
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		out.Months = append(out.Months, Month{Start: m})
	}
	for _, m := range months {
		out.Months[monthsBetween(first, m)].Posts++
	}
	return out
}

// monthsBetween counts the months from the first day of a month to the
// first day of a later one.
func monthsBetween(from, to time.Time) int {
	return (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
}

// monthOf is the first day of t's month, as written.
func monthOf(t time.Time) time.Time {
	d := civil(t)
	return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
}
