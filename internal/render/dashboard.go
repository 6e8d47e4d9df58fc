package render

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Dashboard is the preview-only review page: every post that needs
// attention, by state, and how many are published.
type Dashboard struct {
	Groups    []DashboardGroup
	Published int
}

// DashboardGroup is the posts in one state.
type DashboardGroup struct {
	State review.State
	Posts []DashboardEntry
}

// DashboardEntry is one post on the dashboard.
type DashboardEntry struct {
	Post *PostView
	// WaitingDays is how long a post in review has waited.
	WaitingDays int
}

var dashboardOrder = []review.State{review.Waiting, review.Stale, review.Invalid, review.ChangesRequested, review.Draft, review.Scheduled}

// dashboardJob plans /review/index.html. Only preview builds write it.
func (r *Renderer) dashboardJob(pl *planner, s *site.Site, salt string, views postViews) job {
	all := s.Posts
	d := &Dashboard{}
	for _, p := range all {
		if p.Verdict.Published() {
			d.Published++
		}
	}
	for _, state := range dashboardOrder {
		g := DashboardGroup{State: state}
		for _, p := range all {
			if p.Verdict.State != state {
				continue
			}
			e := DashboardEntry{Post: views.of(p)}
			if state == review.Waiting && !p.Review.SubmittedAt.IsZero() {
				e.WaitingDays = int(s.Now.Sub(p.Review.SubmittedAt).Hours() / 24)
			}
			g.Posts = append(g.Posts, e)
		}
		slices.SortFunc(g.Posts, func(a, b DashboardEntry) int {
			return cmp.Or(a.Post.Post.Date.Compare(b.Post.Post.Date), strings.Compare(a.Post.Post.Path, b.Post.Post.Path))
		})
		if len(g.Posts) > 0 {
			d.Groups = append(d.Groups, g)
		}
	}
	k := pl.keyer(salt, "review", strconv.Itoa(d.Published))
	for _, p := range all {
		if !p.Verdict.Published() {
			k.view(views.of(p))
		}
	}
	return job{path: "review/index.html", key: k.sum(),
		page: &Page{Site: s, Base: r.base, T: r.strings.text, Kind: "review", Title: r.strings.T("review_dashboard"), URL: "review/", Dashboard: d, NoIndex: true}}
}
