package review

import (
	"cmp"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// Daily is what a team reads once a day about its review queue (tandem
// review digest): what came into review since Since, everything still
// waiting (the longest waiting first), approvals that do not count, posts
// sent back, posts scheduled within Days days, and what was published
// since Since. Plain data, for Markdown, HTML and JSON.
type Daily struct {
	Now   time.Time `json:"now"`
	Since time.Time `json:"since"`
	Days  int       `json:"days"`
	// New are the waiting posts submitted since Since.
	New     []Entry `json:"new"`
	Waiting []Entry `json:"waiting"`
	// Stale holds the stale and invalid approvals.
	Stale     []Entry `json:"stale"`
	SentBack  []Entry `json:"sent_back"`
	Upcoming  []Entry `json:"upcoming"`
	Published []Entry `json:"published"`
}

// DailyOf makes the Daily of posts (validated) at g.Now: the queue's
// lists, cut to what is new since since, scheduled within days, and
// published since (shown from its date or its approval, whichever is
// later).
func DailyOf(g Gate, posts []*content.Post, since time.Time, days int) Daily {
	o := Queue(g, posts)
	d := Daily{Now: g.Now, Since: since, Days: days, New: []Entry{}, Waiting: o.Waiting,
		Stale: append(o.Stale, o.Invalid...), SentBack: o.ChangesRequested, Upcoming: []Entry{}, Published: []Entry{}}
	for _, e := range o.Waiting {
		if !waitStart(e).Before(since) {
			d.New = append(d.New, e)
		}
	}
	for _, e := range o.Scheduled {
		if e.Date.Before(g.Now.AddDate(0, 0, days)) {
			d.Upcoming = append(d.Upcoming, e)
		}
	}
	for _, p := range posts {
		v := g.Judge(p)
		shown := p.Date
		if p.Review.ApprovedAt.After(shown) {
			shown = p.Review.ApprovedAt
		}
		if v.State == Published && !shown.Before(since) {
			d.Published = append(d.Published, newEntry(p, v, g.Now))
		}
	}
	slices.SortFunc(d.Stale, byDate)
	slices.SortFunc(d.Published, func(a, b Entry) int { return cmp.Or(b.Date.Compare(a.Date), byPath(a, b)) })
	return d
}
