package render

import (
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// archive adds the archive of every shown post, newest first, page_size
// to a page: /posts/, /posts/page/2/ and on. Its template groups each
// page's cards by month (byMonth, the template function bymonth).
func (pl *planner) archive() {
	r := pl.r
	pl.list("posts", site.PostsRoot, r.strings.T("all_posts"), pl.s.Posts, func(*keyer) {}, func(pg *Page) {
		pg.Description = r.strings.T("all_posts_description")
	})
}

// MonthGroup is the cards of one month, as the archive shows them: ID
// ("2024-03") and Label ("März 2024"), in the site's language.
type MonthGroup struct {
	ID, Label string
	Posts     []*Card
}

// byMonth groups cards, in their order, by the month of their date; a
// card whose date is not 2006-01-02 goes with the cards before it. It
// makes nothing a view lacks: the archive's template calls it (bymonth) on .Posts.
func (s *Strings) byMonth(cards []*Card) []MonthGroup {
	var out []MonthGroup
	for _, c := range cards {
		id := c.DateISO
		if len(id) >= 7 {
			id = id[:7]
		}
		if n := len(out); n == 0 || (out[n-1].ID != id && len(id) == 7) {
			out = append(out, MonthGroup{ID: id, Label: s.monthLabel(id)})
		}
		last := &out[len(out)-1]
		last.Posts = append(last.Posts, c)
	}
	return out
}

// monthLabel names the month id ("2024-03") in the site's language.
func (s *Strings) monthLabel(id string) string {
	year, month := id, 0
	if len(id) == 7 {
		year = id[:4]
		month, _ = strconv.Atoi(id[5:])
	}
	if month < 1 || month > 12 {
		return id
	}
	return s.T("month_year", "month", s.months[month-1], "year", year)
}

// topicLinks links each of the programme's topics to the page of the tag
// of its address (content.Slugify, as the reports count topics), when
// one of the shown posts carries it.
func topicLinks(s *site.Site) []Link {
	var out []Link
	for _, t := range s.Programme.Topics {
		l := Link{Name: t}
		slug := content.Slugify(t)
		for _, tag := range s.Tags {
			if tag.Slug == slug {
				l.Href = tag.Href
				break
			}
		}
		out = append(out, l)
	}
	return out
}
