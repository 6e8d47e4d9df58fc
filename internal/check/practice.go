package check

import (
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

const day = 24 * time.Hour

// Practice returns good-practice warnings about the programme and its
// posts. Every post counts, shown or not: a draft diary entry still shows
// that a tandem met.
func Practice(o *build.Outlined, opts Options) diag.List {
	if opts.SummaryWords <= 0 {
		opts.SummaryWords = DefaultSummaryWords
	}
	if opts.DiaryGap <= 0 {
		opts.DiaryGap = DefaultDiaryGap
	}
	prog := o.Site.Programme
	posts := make([]*content.Post, 0, len(o.Site.Posts)+len(o.Held))
	for _, p := range o.Site.Posts {
		posts = append(posts, p.Post)
	}
	for _, h := range o.Held {
		posts = append(posts, h.Post)
	}
	diaries := map[string][]time.Time{} // diary post dates by tandem
	retros := map[string]bool{}         // rounds with a retrospective
	for _, p := range posts {
		switch p.Kind {
		case content.KindDiary:
			diaries[p.Tandem.Key] = append(diaries[p.Tandem.Key], p.Date)
		case content.KindRetrospective:
			retros[p.Round.Key] = true
		}
	}
	var l diag.List
	brandContrast(prog, &l)
	for i := range prog.Tandems {
		t := &prog.Tandems[i]
		sameDepartment(prog, t, &l)
		if len(t.Goals) == 0 {
			l.Warnf(t.Pos, "no-goals", diag.T("add the goals, one per line: goals: [\"Kurzvideos verstehen\", \"Einen Beitrag selbst posten\"]"),
				"tandem %s has no learning goals", t.ID)
		}
		diaryGaps(prog, t, diaries[t.ID], opts, &l)
	}
	for _, r := range prog.Rounds {
		if !retros[r.ID] && !r.End.IsZero() && !opts.Now.Before(r.End.Add(day)) {
			l.Warnf(r.Pos, "no-retrospective", diag.T("write one: tandem new post --round %s --kind retrospective \"Title\"", r.ID),
				"round %s ended on %s and has no retrospective", r.ID, ymd(r.End))
		}
	}
	for _, p := range posts {
		if words := o.Bodies[p.Path].Words; p.Summary == "" && words > opts.SummaryWords { // counted when outlined
			l.Warnf(p.Pos("summary"), "no-summary", diag.T("add a line \"summary: …\" with one or two sentences to the front matter"),
				"the post has %d words but no summary, so the home page and the feed show its first paragraph", words)
		}
	}
	return l
}

// sameDepartment warns about a mentor from the mentee's own department:
// reverse mentoring is about seeing the company from elsewhere.
func sameDepartment(prog *programme.Programme, t *programme.Tandem, l *diag.List) {
	mentee, ok := prog.People[t.Mentee.Key]
	dept := strings.TrimSpace(mentee.Department)
	if !ok || dept == "" {
		return
	}
	for _, m := range t.Mentors {
		mentor := prog.People[m.Key]
		if strings.EqualFold(strings.TrimSpace(mentor.Department), dept) {
			l.Warnf(m.Pos, "same-department", diag.T("pair the mentee with an apprentice from another department"),
				"mentor %s and mentee %s both work in %s", m.Key, t.Mentee.Key, dept)
		}
	}
}

// diaryGaps warns about every stretch longer than opts.DiaryGap without a
// diary post of t, from the start of its round (or the tandem's own
// start, if later) to the round's end or now, whichever is earlier. A
// tandem that started less than its meeting interval (programme.MeetingInterval
// of its cadence) before now has had no time to meet and is not warned.
func diaryGaps(prog *programme.Programme, t *programme.Tandem, diary []time.Time, opts Options, l *diag.List) {
	r := prog.Round(t.Round.Key)
	if r == nil || r.Start.IsZero() || r.End.IsZero() {
		return
	}
	start, end := r.Start, r.End.Add(day)
	if t.Start.After(start) {
		start = t.Start
	}
	if opts.Now.Before(end) {
		end = opts.Now
	}
	if !end.After(start) || opts.Now.Sub(start) < programme.MeetingInterval(t.Cadence) {
		return
	}
	var dates []time.Time
	for _, d := range diary {
		if !d.Before(start) && !d.After(end) {
			dates = append(dates, d)
		}
	}
	slices.SortFunc(dates, time.Time.Compare)
	points := append(append([]time.Time{start}, dates...), end)
	for i := 1; i < len(points); i++ {
		from, to := points[i-1], points[i]
		if to.Sub(from) <= opts.DiaryGap {
			continue
		}
		weeks := weeksText(to.Sub(from))
		var msg diag.Text
		switch {
		case i == 1 && i == len(points)-1 && end.Equal(r.End.Add(day)):
			msg = diag.T("tandem %s wrote no diary post in round %s", t.ID, r.ID)
		case i == 1 && i == len(points)-1 && !start.Equal(r.Start):
			msg = diag.T("tandem %s has no diary post yet, %s after it began on %s", t.ID, weeks, ymd(start))
		case i == 1 && i == len(points)-1:
			msg = diag.T("tandem %s has no diary post yet, %s into round %s", t.ID, weeks, r.ID)
		case i == 1 && !start.Equal(r.Start):
			msg = diag.T("tandem %s wrote its first diary post %s after it began on %s (on %s)", t.ID, weeks, ymd(start), ymd(to))
		case i == 1:
			msg = diag.T("tandem %s wrote its first diary post %s into round %s (on %s)", t.ID, weeks, r.ID, ymd(to))
		case i == len(points)-1 && end.Equal(r.End.Add(day)):
			msg = diag.T("tandem %s wrote no diary post in the last %s of round %s (after %s)", t.ID, weeks, r.ID, ymd(from))
		case i == len(points)-1:
			msg = diag.T("tandem %s has no diary post since %s (%s)", t.ID, ymd(from), weeks)
		default:
			msg = diag.T("tandem %s wrote no diary post for %s, from %s to %s", t.ID, weeks, ymd(from), ymd(to))
		}
		hint := diag.T("write a diary post after every meeting: tandem new post --tandem %s \"Title\"", t.ID)
		if i == 1 && start.Equal(r.Start) {
			hint = diag.T("write a diary post after every meeting; if the tandem began after its round began, add its first day to %s: start: YYYY-MM-DD", t.Path)
		}
		l.Add(diag.Make(t.Pos, diag.Warning, "diary-gap", hint, msg))
	}
}

// weeksText says how many weeks d is: "9 weeks", or "over 8 weeks" for
// 8 weeks and some days ("1 week", "over 1 week" for one).
func weeksText(d time.Duration) diag.Text {
	weeks := int(d / (7 * day))
	over := d%(7*day) != 0
	switch {
	case weeks == 1 && over:
		return diag.T("over 1 week")
	case weeks == 1:
		return diag.T("1 week")
	case over:
		return diag.T("over %d weeks", weeks)
	}
	return diag.T("%d weeks", weeks)
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }
