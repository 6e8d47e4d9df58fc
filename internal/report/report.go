package report

import (
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Round is what one round achieved.
type Round struct {
	*site.Round
	// Tandems, Mentors and Mentees count the round's tandems and the
	// different people in them.
	Tandems, Mentors, Mentees int
	// Departments are the departments of the round's people, sorted.
	Departments []string
	// Pairs counts the mentor–mentee pairs whose departments are both
	// given; CrossPairs those of them from different departments.
	Pairs, CrossPairs int
	// Returning are the round's people who took part in an earlier round,
	// by name.
	Returning []string
	// Posts counts the round's shown posts, Diary its diary posts and
	// Unpublished the shown posts not published (preview only).
	Posts, Diary, Unpublished int
	Goals                     Goals
	// Rows are the round's tandems, in programme order.
	Rows []Tandem
	// Topics are the planned topics with the posts covering each, then
	// the other tags of the round's posts.
	Topics []Topic
	// Weeks is the number of weeks the round spans, from the Monday of
	// its start week (WeekZero).
	Weeks    int
	WeekZero time.Time
	// Highlights are the highlights of the round's retrospectives, in
	// order.
	Highlights []string
	// AsOf is the day the figures hold for (see asOf): now while the
	// round runs, its end (or its newest post, if later) once it is over.
	AsOf time.Time
}

// Topic is a planned topic or a tag, with the number of the round's
// posts that carry it.
type Topic struct {
	Name    string
	Planned bool
	Posts   int
}

// Goals counts goals by state; None those written without one.
type Goals struct {
	Open, InProgress, Reached, Dropped, None int
}

// Total is the number of goals counted.
func (g Goals) Total() int { return g.Open + g.InProgress + g.Reached + g.Dropped + g.None }

func (g *Goals) add(goals []programme.Goal) {
	for _, goal := range goals {
		switch goal.Status {
		case programme.GoalOpen:
			g.Open++
		case programme.GoalInProgress:
			g.InProgress++
		case programme.GoalReached:
			g.Reached++
		case programme.GoalDropped:
			g.Dropped++
		default:
			g.None++
		}
	}
}

// Of computes the report of round r of s, as of s.Now.
func Of(s *site.Site, r *site.Round) Round { return of(s, r, namesInOrder(s.Tags)) }

// of is Of with the numbers of s's tags in the order of their names.
func of(s *site.Site, r *site.Round, byName []int32) Round {
	out := Round{Round: r, Tandems: len(r.Tandems), AsOf: asOf(s.Now, []time.Time{r.End}, r.Posts)}
	out.people(s)
	for _, p := range r.Posts {
		out.Posts++
		if p.Kind == content.KindDiary {
			out.Diary++
		}
		if !p.Verdict.Published() {
			out.Unpublished++
		}
	}
	out.Topics = topics(s.Programme.Topics, s.Tags, byName, r.Posts)
	out.WeekZero = monday(civil(r.Start))
	out.Weeks = max(1, weekOf(out.WeekZero, civil(r.End))+1)
	out.Rows = make([]Tandem, 0, len(r.Tandems))
	for _, t := range r.Tandems {
		row := tandemRow(t, s.Now)
		row.Weeks = weekCounts(out.WeekZero, out.Weeks, row.Dates)
		out.Goals.add(t.Goals)
		out.Rows = append(out.Rows, row)
	}
	return out
}

// Week is a week of a round with entries: its number from the round's
// first week (0) and how many entries fell in it.
type Week struct {
	Number, Entries int
	// Monday is the week's first day.
	Monday time.Time
}

// weekCounts groups the days into the weeks of a round that starts in
// the week of zero and spans weeks weeks; days outside them are left out.
func weekCounts(zero time.Time, weeks int, days []time.Time) []Week {
	var out []Week
	for _, d := range days {
		w := weekOf(zero, d)
		if w < 0 || w >= weeks {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Number == w {
			out[n-1].Entries++
			continue
		}
		out = append(out, Week{Number: w, Entries: 1, Monday: zero.AddDate(0, 0, 7*w)})
	}
	return out
}

// civil is the calendar day of t in its own zone, as midnight UTC: a
// post's date counts as written. It is t's seconds with its zone's
// offset added, cut to whole days: time.Date(t.Date()) in UTC without
// taking the date apart and putting it together again (the reports do
// it for every post at every save).
func civil(t time.Time) time.Time {
	_, offset := t.Zone()
	secs := t.Unix() + int64(offset)
	days := secs / secondsPerDay
	if secs%secondsPerDay < 0 {
		days-- // before 1970: cut towards the earlier day
	}
	return time.Unix(days*secondsPerDay, 0).UTC()
}

// secondsPerDay is the length of a calendar day in UTC.
const secondsPerDay = 24 * 60 * 60

// monday is the Monday of d's week.
func monday(d time.Time) time.Time {
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7))
}

// weekOf is the number of the week of d counted from the week starting
// on Monday zero (0 for that week; negative before it).
func weekOf(zero, d time.Time) int {
	days := int(d.Sub(zero).Hours() / 24)
	if days < 0 {
		return (days - 6) / 7
	}
	return days / 7
}

// sortedKeys returns the keys of set, sorted.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Week is the number of the round's week d falls in (0 for the week of
// its start; negative before it).
func (out Round) Week(d time.Time) int { return weekOf(out.WeekZero, civil(d)) }
