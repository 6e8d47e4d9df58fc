package check

import (
	"fmt"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// samplePages picks the pages whose rendering shows every address the
// theme's templates write: the first page of every shape (see
// pageShapes), in the order the outline lists them. Pages of the same
// shape get the same data in every field a template can branch on, so
// they differ only in the values the site model fills in (titles, the
// addresses of posts, people and lists), not in what the templates write.
func samplePages(o *render.Outline) []int {
	seen := map[string]bool{}
	var picked []int
	for i, p := range o.Pages {
		fresh := false
		for _, shape := range pageShapes(p.Page) {
			if !seen[shape] {
				seen[shape], fresh = true, true
			}
		}
		if fresh {
			picked = append(picked, i)
		}
	}
	return picked
}

// pageShapes describes what the templates of a page can branch on: its
// own shape, and the shape of every post it lists (as a card) or pins.
func pageShapes(p *render.Page) []string {
	shapes := []string{pageShape(p)}
	for _, v := range p.Posts {
		shapes = append(shapes, "card "+postShape(v))
	}
	for _, v := range p.Pinned {
		shapes = append(shapes, "pinned "+postShape(v))
	}
	return shapes
}

// pageShape is the page's kind with what its templates can branch on:
// where it is in a paginated list, whether it lists or pins posts, has a
// feed, and the shape of the post, round, tandem or author it shows.
func pageShape(p *render.Page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|pager %s|posts %s|pinned %t|feed %t|noindex %t", p.Kind, pagerShape(p.Pager), amount(len(p.Posts)), len(p.Pinned) > 0, p.Feed != "", p.NoIndex)
	if p.Post != nil {
		b.WriteString("|" + postShape(p.Post))
	}
	if r := p.Round; r != nil {
		fmt.Fprintf(&b, "|round summary %t tandems %t current %t dates %t", r.Summary != "", len(r.Tandems) > 0, r == p.Site.Current, !r.Start.IsZero() && !r.End.IsZero())
	}
	if t := p.Tandem; t != nil {
		mentorPages := 0
		for _, m := range t.Mentors {
			if m.Href != "" {
				mentorPages++
			}
		}
		fmt.Fprintf(&b, "|tandem mentee %t round %t goals %t topics %t cadence %t mentors %s with pages %s",
			t.Mentee != nil, t.Round != nil, len(t.Goals) > 0, len(t.Topics) > 0, t.Cadence != "", amount(len(t.Mentors)), amount(mentorPages))
	}
	if a := p.Author; a != nil {
		fmt.Fprintf(&b, "|author department %t", a.Department != "")
	}
	return b.String()
}

// postShape is what templates can branch on in a post: its kind and
// review state, bundle files, neighbours, how many authors and tags it
// has, its round and tandem, summary and review record.
func postShape(v *render.PostView) string {
	p := v.Post
	authorPages := 0
	for _, a := range v.Authors {
		if a.Href != "" {
			authorPages++
		}
	}
	r := p.Review
	return fmt.Sprintf("post %s %s files %t prev %t next %t authors %s with pages %s tags %s round %t tandem %t mentee %t summary %t reason %t approved %t changes %t",
		p.Kind, p.Verdict.State, len(p.Files) > 0, v.Prev != nil, v.Next != nil, amount(len(v.Authors)), amount(authorPages), amount(len(v.Tags)),
		v.Round != nil, p.Tandem != nil, p.Tandem != nil && p.Tandem.Mentee != nil, p.Summary != "", p.Verdict.Reason != "", r.ApprovedBy != "", r.ChangesRequested != nil)
}

// pagerShape says where a page is in its list: "only", "first",
// "middle" or "last", or "none" for a page without pages.
func pagerShape(p *render.Pager) string {
	switch {
	case p == nil:
		return "none"
	case p.Total == 1:
		return "only"
	case p.Number == 1:
		return "first"
	case p.Number == p.Total:
		return "last"
	}
	return "middle"
}

// amount tells none, one and several apart: what a template's if, with
// and range can tell.
func amount(n int) string {
	switch n {
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return "n"
}
