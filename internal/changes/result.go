package changes

import (
	"context"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Result is one post's answer to tandem review diff (and its --format
// json): a report, or a problem with its code, or neither when there is
// nothing to compare.
type Result struct {
	*Report
	Path    string        `json:"path"`
	State   string        `json:"state"`
	Problem *diag.Problem `json:"problem,omitempty"`
}

// Compared reports whether a post with the verdict v is compared with
// its approved version: a stale approval, or with sinceApproval any post
// that records an approval.
func Compared(v review.Verdict, p *content.Post, sinceApproval bool) bool {
	return v.State == review.Stale || sinceApproval && p.Review.Digest != ""
}

// NeedsHistory reports whether any of the posts will be compared, so the
// git history must be read.
func NeedsHistory(g review.Gate, posts []*content.Post, sinceApproval bool) bool {
	for _, p := range posts {
		if Compared(g.Judge(p), p, sinceApproval) {
			return true
		}
	}
	return false
}

// Against compares the post p with its approved version, found in the
// history h of the site folder dir (readErr is why reading it failed,
// if it did). A post that is not compared gets its state only.
func Against(ctx context.Context, g review.Gate, h *history.History, readErr error, dir string, p *content.Post, sinceApproval bool) Result {
	v := g.Judge(p)
	res := Result{Path: p.Path, State: string(v.State)}
	if !Compared(v, p, sinceApproval) {
		return res
	}
	if readErr != nil {
		pr, ok := Shallow(p, readErr)
		if !ok {
			pr = unreadable(p, readErr)
		}
		res.Problem = &pr
		return res
	}
	old, err := Find(ctx, dir, h, g.Programme, p)
	if err != nil {
		pr, ok := err.(diag.Problem)
		if !ok {
			pr = unreadable(p, err)
		}
		res.Problem = &pr
		return res
	}
	r := NewReport(old, p)
	res.Report = &r
	return res
}

// unreadable is the problem of a history that could not be read.
func unreadable(p *content.Post, err error) diag.Problem {
	return diag.Make(p.Pos("review"), diag.Error, "history-unreadable", diag.T("run git status in the site folder to see what is wrong"), diag.TextOf(err))
}
