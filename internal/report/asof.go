package report

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// asOf is the day a report's figures hold for, which its title block
// prints: the newest of the ends and post dates it covers, but no later
// than now. A running round's figures are measured up to now, so its
// report is as of today; a finished round's figures no longer change
// with now, and neither does its date, so building the same content
// again on another day gives the same bytes. Without any end or post it
// is now.
func asOf(now time.Time, ends []time.Time, posts []*site.Post) time.Time {
	var newest time.Time
	for _, t := range ends {
		if !t.IsZero() && civil(t).After(newest) {
			newest = civil(t)
		}
	}
	for _, p := range posts {
		if d := civil(p.Date); d.After(newest) {
			newest = d
		}
	}
	if now.IsZero() {
		return newest
	}
	if today := civil(now); newest.IsZero() || today.Before(newest) {
		return today
	}
	return newest
}
