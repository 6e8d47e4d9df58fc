package review

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"time"
)

// superseded says why p's approval does not count when the history holds
// a later decision about the post: a later approval (of another text) or
// a request for changes. Restoring an older approved version of a file,
// signature and all, must not publish it again. latest is the time of
// the post's latest approval that counts (its first, or a further one a
// review_policy asked for).
func (g Gate) superseded(p *content.Post, latest time.Time) (diag.Text, bool) {
	r := p.Review
	e, ok := g.History.Superseding(p.Path, latest)
	if !ok {
		return diag.Text{}, false
	}
	where := diag.T("commit %s", e.Commit[:min(len(e.Commit), 12)])
	if e.Path != p.Path {
		where = diag.T("commit %s, as %s", e.Commit[:min(len(e.Commit), 12)], e.Path)
	}
	return diag.T("approval by %s on %s was superseded by a later %s by %s on %s (%s): an older approved version was restored",
		r.ApprovedBy, r.ApprovedAt.Format("2006-01-02"), kindText(e.Kind), e.By, e.At.Format("2006-01-02"), where), true
}

// kindText names a kind of review decision in a message.
func kindText(k history.Kind) diag.Text {
	switch k {
	case history.Approved:
		return diag.T("approval")
	case history.ChangesRequested:
		return diag.T("changes requested")
	}
	return diag.Verbatim(string(k))
}
