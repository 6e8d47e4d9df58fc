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
	first, last := -1, -1 // months, numbered by monthNumber
	widen := func(m int) {
		if first < 0 || m < first {
			first = m
		}
		last = max(last, m)
	}
	for _, r := range s.Rounds {
		if !r.Start.IsZero() && !r.End.IsZero() {
			widen(monthNumber(r.Start))
			widen(monthNumber(r.End))
		}
	}
	months := make([]int, len(s.Posts)) // each post's month
	for i, p := range s.Posts {
		months[i] = monthNumber(p.Date)
		widen(months[i])
		out.Posts++
		if !p.Verdict.Published() {
			out.Unpublished++
		}
	}
	if first < 0 {
		return out
	}
	out.Months = make([]Month, last-first+1)
	for i := range out.Months {
		n := first + i
		out.Months[i].Start = time.Date(n/12, time.Month(n%12+1), 1, 0, 0, 0, 0, time.UTC)
	}
	for _, m := range months {
		out.Months[m-first].Posts++
	}
	return out
}

// monthNumber numbers t's month, as written: twelve times the year plus
// the month from 0 (January) to 11, so that months follow each other
// without taking a date apart for every post more than once.
func monthNumber(t time.Time) int {
	y, m, _ := t.Date()
	return y*12 + int(m) - 1
}
