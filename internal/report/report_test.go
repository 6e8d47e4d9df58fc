package report

import (
	"reflect"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ref(key string) metadata.Ref { return metadata.Ref{Key: key} }

func refs(keys ...string) []metadata.Ref {
	var out []metadata.Ref
	for _, k := range keys {
		out = append(out, ref(k))
	}
	return out
}

// smallProgramme: r1 (Q1 2024) with t1 (anna and ben from IT coach dora
// from Finance), r2 (Q2 2024) with t2 (anna, emil without department →
// carl from IT, joining on 15 April) and t3 (ben → fritz from HR).
func smallProgramme() *programme.Programme {
	person := func(key, name, dept string) programme.Person {
		return programme.Person{Key: key, Name: name, Department: dept}
	}
	return &programme.Programme{
		Title: "T", BaseURL: "https://example.com/", Topics: []string{"KI", "Social Media"},
		Rounds: []programme.Round{
			{ID: "r1", Title: "R1", Start: day(2024, 1, 1), End: day(2024, 3, 31)},
			{ID: "r2", Title: "R2", Start: day(2024, 4, 1), End: day(2024, 6, 30)},
		},
		People: map[string]programme.Person{
			"anna": person("anna", "Anna", "IT"), "ben": person("ben", "Ben", "IT"), "carl": person("carl", "Carl", "IT"),
			"dora": person("dora", "Dora", "Finance"), "emil": person("emil", "Emil", ""), "fritz": person("fritz", "Fritz", "HR"),
		},
		Tandems: []programme.Tandem{
			{ID: "t1", Round: ref("r1"), Mentors: refs("anna", "ben"), Mentee: ref("dora"), Cadence: "alle zwei Wochen",
				Goals: []programme.Goal{{Text: "a", Status: "reached"}, {Text: "b"}, {Text: "c", Status: "dropped"}}},
			{ID: "t2", Round: ref("r2"), Mentors: refs("anna", "emil"), Mentee: ref("carl"), Cadence: "monatlich", Start: day(2024, 4, 15),
				Goals: []programme.Goal{{Text: "d", Status: "open"}, {Text: "e", Status: "in_progress"}}},
			{ID: "t3", Round: ref("r2"), Mentors: refs("ben"), Mentee: ref("fritz")},
		},
	}
}

type post struct {
	name, round, tandem, kind string
	date                      time.Time
	tags                      []string
	published                 bool
}

var smallPosts = []post{
	{"a", "r1", "t1", content.KindDiary, day(2024, 1, 10), []string{"KI"}, true},
	{"b", "r1", "t1", content.KindDiary, day(2024, 1, 24), []string{"ki", "Excel"}, true},
	{"c", "r1", "t1", content.KindDiary, day(2024, 3, 6), nil, true},
	{"held", "r1", "t1", content.KindDiary, day(2024, 3, 20), []string{"Excel", "Geheim"}, false},
	{"retro", "r1", "", content.KindRetrospective, day(2024, 3, 28), []string{"Social Media"}, true},
	{"d", "r2", "t2", content.KindDiary, day(2024, 5, 1), nil, true},
}

func smallSite(preview bool, now time.Time) *site.Site {
	var posts []*content.Post
	var verdicts []review.Verdict
	for _, p := range smallPosts {
		posts = append(posts, &content.Post{Path: "content/posts/" + p.name + ".md", Slug: p.name, Title: p.name, Date: p.date,
			Round: ref(p.round), Tandem: ref(p.tandem), Kind: p.kind, Tags: p.tags})
		v := review.Verdict{State: review.Draft}
		if p.published {
			v.State = review.Published
		}
		verdicts = append(verdicts, v)
	}
	return site.New(smallProgramme(), posts, verdicts, site.Options{Preview: preview, Now: now})
}

func roundOf(s *site.Site, id string) Round {
	for _, r := range s.Rounds {
		if r.ID == id {
			return Of(s, r)
		}
	}
	panic("no round " + id)
}

// TestRoundFigures checks the figures of a small site against values
// computed by hand (see smallProgramme and smallPosts).
func TestRoundFigures(t *testing.T) {
	t.Parallel()
	s := smallSite(false, day(2024, 7, 15))
	r1 := roundOf(s, "r1")
	if r1.Tandems != 1 || r1.Mentors != 2 || r1.Mentees != 1 || !reflect.DeepEqual(r1.Departments, []string{"Finance", "IT"}) ||
		r1.Pairs != 2 || r1.CrossPairs != 2 || r1.Returning != nil {
		t.Errorf("r1 people: %d tandems, %d mentors, %d mentees, %q, %d/%d pairs, returning %q", r1.Tandems, r1.Mentors, r1.Mentees, r1.Departments, r1.CrossPairs, r1.Pairs, r1.Returning)
	}
	if r1.Posts != 4 || r1.Diary != 3 || r1.Unpublished != 0 {
		t.Errorf("r1 posts: %d, diary %d, unpublished %d; want 4, 3, 0 (the held-back post not counted)", r1.Posts, r1.Diary, r1.Unpublished)
	}
	if r1.Goals != (Goals{Reached: 1, Dropped: 1, None: 1}) || r1.Goals.Total() != 3 {
		t.Errorf("r1 goals: %+v", r1.Goals)
	}
	wantTopics := []Topic{{"KI", true, 2}, {"Social Media", true, 1}, {"Excel", false, 1}}
	if !reflect.DeepEqual(r1.Topics, wantTopics) {
		t.Errorf("r1 topics: %+v, want %+v", r1.Topics, wantTopics)
	}
	if !r1.WeekZero.Equal(day(2024, 1, 1)) || r1.Weeks != 13 {
		t.Errorf("r1 weeks: %d from %s, want 13 from 2024-01-01", r1.Weeks, r1.WeekZero)
	}
	t1 := r1.Rows[0]
	// 1 Jan → 10 Jan: 9 days, → 24 Jan: 14, → 6 Mar: 42 (2024 is a leap year), → 31 Mar: 25.
	// 90 days at one meeting a fortnight: 6 meetings asked for.
	if t1.Entries != 3 || !t1.First.Equal(day(2024, 1, 10)) || !t1.Last.Equal(day(2024, 3, 6)) ||
		t1.GapDays != 42 || !t1.GapFrom.Equal(day(2024, 1, 24)) || !t1.GapTo.Equal(day(2024, 3, 6)) ||
		t1.IntervalWeeks != 2 || t1.Expected != 6 || t1.MeetsCadence {
		t.Errorf("t1: %+v", t1)
	}
	wantWeeks := []Week{{1, 1, day(2024, 1, 8)}, {3, 1, day(2024, 1, 22)}, {9, 1, day(2024, 3, 4)}}
	if !reflect.DeepEqual(t1.Weeks, wantWeeks) {
		t.Errorf("t1 weeks: %+v, want %+v", t1.Weeks, wantWeeks)
	}

	r2 := roundOf(s, "r2")
	// Mentors anna, emil, ben; pairs with both departments: anna–carl
	// (same), ben–fritz (different); emil has none.
	if r2.Mentors != 3 || r2.Mentees != 2 || !reflect.DeepEqual(r2.Departments, []string{"HR", "IT"}) ||
		r2.Pairs != 2 || r2.CrossPairs != 1 || !reflect.DeepEqual(r2.Returning, []string{"Anna", "Ben"}) {
		t.Errorf("r2 people: %d mentors, %d mentees, %q, %d/%d pairs, returning %q", r2.Mentors, r2.Mentees, r2.Departments, r2.CrossPairs, r2.Pairs, r2.Returning)
	}
	// t2 from its own start, 15 Apr: → 1 May 16 days, → 30 Jun 60; 76 days monthly: 2.
	t2, t3 := r2.Rows[0], r2.Rows[1]
	if t2.Entries != 1 || t2.GapDays != 60 || !t2.GapFrom.Equal(day(2024, 5, 1)) || t2.Expected != 2 || t2.IntervalWeeks != 4 || t2.MeetsCadence {
		t.Errorf("t2: %+v", t2)
	}
	// t3 wrote nothing: the whole round (1 Apr → 30 Jun, 90 days) is
	// one gap; no cadence: every 4 weeks, 3 meetings.
	if t3.Entries != 0 || t3.GapDays != 90 || t3.Expected != 3 || !t3.First.IsZero() {
		t.Errorf("t3: %+v", t3)
	}
	if r2.Goals != (Goals{Open: 1, InProgress: 1}) {
		t.Errorf("r2 goals: %+v", r2.Goals)
	}
}

// TestRoundFiguresMidRound measures a running round up to now.
func TestRoundFiguresMidRound(t *testing.T) {
	t.Parallel()
	t2 := roundOf(smallSite(false, day(2024, 5, 15)), "r2").Rows[0]
	// 15 Apr → 15 May: 30 days, one meeting asked for, one written;
	// gaps 16 and 14 days.
	if t2.Expected != 1 || !t2.MeetsCadence || t2.GapDays != 16 || !t2.GapTo.Equal(day(2024, 5, 1)) {
		t.Errorf("t2 mid-round: %+v", t2)
	}
}

// TestPreviewCountsHeldBack: a preview counts the held-back post and
// says it is not published; production does not count it at all.
func TestPreviewCountsHeldBack(t *testing.T) {
	t.Parallel()
	r1 := roundOf(smallSite(true, day(2024, 7, 15)), "r1")
	t1 := r1.Rows[0]
	if r1.Posts != 5 || r1.Unpublished != 1 || t1.Entries != 4 || t1.Unpublished != 1 || !t1.Last.Equal(day(2024, 3, 20)) {
		t.Errorf("preview: %d posts (%d unpublished), t1 %d entries (%d unpublished), last %s", r1.Posts, r1.Unpublished, t1.Entries, t1.Unpublished, t1.Last)
	}
	if got := r1.Topics[len(r1.Topics)-1]; got.Name != "Geheim" {
		t.Errorf("preview topics end with %+v, want the held-back post's tag", got)
	}
}

// TestProgrammeFigures: rounds oldest first, and the posts per month
// from the first round's start to the last one's end.
func TestProgrammeFigures(t *testing.T) {
	t.Parallel()
	p := OfProgramme(smallSite(false, day(2024, 7, 15)))
	if len(p.Rounds) != 2 || p.Rounds[0].ID != "r1" || p.Rounds[1].ID != "r2" || p.Posts != 5 || p.Unpublished != 0 {
		t.Fatalf("rounds %d, posts %d (%d unpublished)", len(p.Rounds), p.Posts, p.Unpublished)
	}
	// January: a, b; March: c and the retrospective; May: d.
	want := []int{2, 0, 2, 0, 1, 0}
	var got []int
	for _, m := range p.Months {
		got = append(got, m.Posts)
	}
	if !reflect.DeepEqual(got, want) || !p.Months[0].Start.Equal(day(2024, 1, 1)) || !p.Months[5].Start.Equal(day(2024, 6, 1)) {
		t.Errorf("months %v from %s, want %v from January to June 2024", got, p.Months[0].Start, want)
	}
	pre := OfProgramme(smallSite(true, day(2024, 7, 15)))
	if pre.Posts != 6 || pre.Unpublished != 1 || pre.Months[2].Posts != 3 {
		t.Errorf("preview: %d posts, %d unpublished, March %d", pre.Posts, pre.Unpublished, pre.Months[2].Posts)
	}
}

// TestAsOf: a finished round's report is as of its end or its newest
// post, whichever is later, on any later day; a running round's and
// the programme's with a running round as of today.
func TestAsOf(t *testing.T) {
	t.Parallel()
	for _, now := range []time.Time{day(2024, 7, 15), day(2030, 1, 1)} {
		s := smallSite(false, now)
		if got := roundOf(s, "r1").AsOf; !got.Equal(day(2024, 3, 31)) {
			t.Errorf("now %s: r1 as of %s, want its end 2024-03-31", now, got)
		}
		if got := OfProgramme(s).AsOf; !got.Equal(day(2024, 6, 30)) {
			t.Errorf("now %s: the programme as of %s, want the last round's end", now, got)
		}
	}
	s := smallSite(false, day(2024, 5, 15))
	if got := roundOf(s, "r2").AsOf; !got.Equal(day(2024, 5, 15)) {
		t.Errorf("running r2 as of %s, want today", got)
	}
	if got := OfProgramme(s).AsOf; !got.Equal(day(2024, 5, 15)) {
		t.Errorf("the programme with a running round as of %s, want today", got)
	}
	late := []*site.Post{{Post: &content.Post{Date: day(2024, 4, 10)}}}
	if got := asOf(day(2025, 1, 1), []time.Time{day(2024, 3, 31)}, late); !got.Equal(day(2024, 4, 10)) {
		t.Errorf("a retrospective after the end: as of %s, want its day", got)
	}
}
