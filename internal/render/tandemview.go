package render

import (
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// tandemView is a tandem as pages show it.
func (r *Renderer) tandemView(t *site.Tandem) TandemView {
	v := TandemView{ID: t.ID, Name: tandemName(t), Href: t.Href, Topics: t.Topics, Goals: r.goalViews(t.Goals), Cadence: t.Cadence, DiaryCount: len(t.Diary)}
	if t.Round != nil {
		v.Round = &Link{Name: t.Round.Title, Href: t.Round.Href}
	}
	if t.Mentee != nil {
		m := personView(t.Mentee)
		v.Mentee = &m
	}
	for _, m := range t.Mentors {
		v.Mentors = append(v.Mentors, personView(m))
	}
	return v
}

// goalViews are a tandem's goals as pages show them, each with its
// state's name in the site's language.
func (r *Renderer) goalViews(goals []programme.Goal) []GoalView {
	if len(goals) == 0 {
		return nil
	}
	out := make([]GoalView, len(goals))
	for i, g := range goals {
		out[i] = GoalView{Text: g.Text, Status: g.Status, Note: g.Note}
		if g.Status != "" {
			out[i].StatusText = r.strings.T("goal_" + g.Status)
		}
	}
	return out
}
