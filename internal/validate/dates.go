package validate

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// RetrospectiveGrace is how long after its round's last day a
// retrospective may be dated: it looks back on a round once the round is
// over. Other posts have no grace.
const RetrospectiveGrace = 8 * 7 * 24 * time.Hour

// checkDate warns about a post dated before its round starts or after it
// ends (plus RetrospectiveGrace for a retrospective). Days are compared
// as written, so a post dated on the round's last day at 23:00 is still
// inside it. It depends on the post and the programme only, not on the
// time of the check.
func checkDate(p *programme.Programme, post *content.Post, l *diag.List) {
	if post.Date.IsZero() || post.Round.Key == "" {
		return
	}
	if t := p.Tandem(post.Tandem.Key); t != nil && t.Round.Key != post.Round.Key {
		return // round-mismatch: which round the date should lie in is unclear
	}
	r := p.Round(post.Round.Key)
	if r == nil || r.Start.IsZero() || r.End.IsZero() {
		return
	}
	day, start, end := ymd(post.Date), ymd(r.Start), ymd(r.End)
	last := end
	if post.Kind == content.KindRetrospective {
		last = ymd(r.End.Add(RetrospectiveGrace))
	}
	hint := diag.T("fix the date, or give the post the tandem or round it belongs to")
	switch {
	case day < start:
		l.Warnf(post.Pos("date"), "date-outside-round", hint,
			"the post is dated %s, before round %s starts (%s to %s)", day, r.ID, start, end)
	case day > last && last == end:
		l.Warnf(post.Pos("date"), "date-outside-round", hint,
			"the post is dated %s, after round %s ends (%s to %s)", day, r.ID, start, end)
	case day > last:
		l.Warnf(post.Pos("date"), "date-outside-round", hint,
			"the retrospective is dated %s, over %d weeks after round %s ends (%s to %s)", day, int(RetrospectiveGrace/(7*24*time.Hour)), r.ID, start, end)
	}
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }
