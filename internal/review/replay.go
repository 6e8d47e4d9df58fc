package review

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
)

// superseded says why the approval a of p does not count when the
// history holds a later decision about the post: a request for changes,
// or an approval of another text (a later approval of the same text
// confirms it). A request made at the very time of the approval (sent
// back in the same second) counts as later: it cannot have come first. Restoring an older approved version of a file, signature
// and all, must not publish it again; and each approval a review_policy
// counts is checked on its own, so a reviewer's later request for changes
// is not outweighed by another reviewer approving the restored text.
//
// The decisions that count are those of the post's lineage and of the
// one where the approval was first recorded (internal/history's
// identity.go), so a file moved in two commits takes its past along; and
// a post whose file was deleted after the approval (withdrawn, or moved
// in two commits) needs a new one.
func (g Gate) superseded(p *content.Post, a content.Approval) (diag.Text, bool) {
	if r, ok := g.History.Removed(p.Path, a.By, a.At, a.Digest); ok {
		return diag.T("approval by %s on %s does not count: the post's file %s was deleted after it (commit %s), and a post brought back or moved in two commits needs a new approval",
			a.By, a.At.Format("2006-01-02"), r.Path, r.Commit[:min(len(r.Commit), 12)]), true
	}
	for _, e := range g.History.Concerning(p.Path, a.By, a.At, a.Digest) {
		if e.At.Before(a.At) || e.Kind == history.Approved && (e.At.Equal(a.At) || e.Digest == a.Digest) {
			continue // earlier, or an approval of the same time or text
		}
		where := diag.T("commit %s", e.Commit[:min(len(e.Commit), 12)])
		if e.Path != p.Path {
			where = diag.T("commit %s, as %s", e.Commit[:min(len(e.Commit), 12)], e.Path)
		}
		return diag.T("approval by %s on %s was superseded by a later %s by %s on %s (%s): an older approved version was restored",
			a.By, a.At.Format("2006-01-02"), kindText(e.Kind), e.By, e.At.Format("2006-01-02"), where), true
	}
	return diag.Text{}, false
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
