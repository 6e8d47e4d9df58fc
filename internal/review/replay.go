package review

import (
	"fmt"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// superseded says why p's approval does not count when the history holds
// a later decision about the post: a later approval (of another text) or
// a request for changes. Restoring an older approved version of a file,
// signature and all, must not publish it again.
func (g Gate) superseded(p *content.Post) (string, bool) {
	r := p.Review
	e, ok := g.History.Superseding(p.Path, r.ApprovedAt)
	if !ok {
		return "", false
	}
	where := "commit " + e.Commit[:min(len(e.Commit), 12)]
	if e.Path != p.Path {
		where += ", as " + e.Path
	}
	return fmt.Sprintf("approval by %s on %s was superseded by a later %s by %s on %s (%s): an older approved version was restored",
		r.ApprovedBy, r.ApprovedAt.Format("2006-01-02"), e.Kind, e.By, e.At.Format("2006-01-02"), where), true
}
