package render

import (
	"net/url"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

var dashboardOrder = []review.State{review.Waiting, review.Stale, review.Invalid, review.ChangesRequested, review.Draft, review.Scheduled}

// dashboard is the view of /review/index.html. Only preview builds
// write it.
func (r *Renderer) dashboard(s *site.Site) *Dashboard {
	d := &Dashboard{}
	for _, p := range s.Posts {
		if p.Verdict.Published() {
			d.Published++
		}
	}
	for _, state := range dashboardOrder {
		var list []*site.Post
		for _, p := range s.Posts {
			if p.Verdict.State == state {
				list = append(list, p)
			}
		}
		if len(list) == 0 {
			continue
		}
		slices.SortFunc(list, func(a, b *site.Post) int { return site.Compare(a.Post, b.Post) })
		g := DashboardGroup{State: string(state), StateText: r.strings.T("state_" + string(state))}
		for _, p := range list {
			e := DashboardEntry{Title: p.Title, Href: p.Href, DateText: r.strings.Date(p.Date), Review: r.reviewOf(s, p)}
			if p.Round != nil {
				e.Round = p.Round.Title
			}
			if p.Tandem != nil {
				e.Tandem = p.Tandem.ID
			}
			for _, a := range p.Authors {
				e.Authors = append(e.Authors, Link{Name: a.Name, Href: a.Href})
			}
			for _, f := range p.Files {
				e.Files = append(e.Files, Link{Name: f.Name, Href: p.Href + escapePath(f.Name)})
			}
			g.Posts = append(g.Posts, e)
		}
		d.Groups = append(d.Groups, g)
	}
	return d
}

// escapePath escapes each name of a slash-separated path for an address.
func escapePath(p string) string {
	names := strings.Split(p, "/")
	for i, n := range names {
		names[i] = url.PathEscape(n)
	}
	return strings.Join(names, "/")
}
