package review

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// policy judges the approvals of p, whose first approval is complete,
// by a reviewer, of digest and validly signed, against the review_policy
// of its kind (see programme.Policy): each further approval
// (review.approvals) its own record, by a reviewer, of the current digest
// and, when required, signed; no reviewer twice; no approval that a later
// decision in the history or a request for changes beside it in the
// block superseded (see superseded, requestBeside); and the
// approvers, each meeting one need, must meet every need. It returns the
// state and reason when the post may not be published.
func (g Gate) policy(p *content.Post, digest string) (State, diag.Text) {
	r := p.Review
	seen := []string{r.ApprovedBy}
	var approvers []string
	var stale, replaced diag.Text
	if why, ok := g.superseded(p, content.Approval{By: r.ApprovedBy, At: r.ApprovedAt, Digest: r.Digest}); ok {
		replaced = why
	} else {
		approvers = append(approvers, r.ApprovedBy)
	}
	for i, a := range r.Approvals {
		day := a.At.Format("2006-01-02")
		switch {
		case a.By == "" || a.At.IsZero() || a.Digest == "":
			return Invalid, diag.T("approval %d of the approvals list is incomplete (it needs by, at and digest); approve it with tandem review approve", i+2)
		case !g.Programme.IsReviewer(a.By):
			return Invalid, diag.T("%q approved it, but is not listed under reviewers in programme.yaml", a.By)
		case slices.Contains(seen, a.By):
			return Invalid, diag.T("%s approved it twice; each approval must come from another reviewer", a.By)
		case a.Digest != digest:
			stale = diag.T("approval by %s on %s is stale: the text changed since", a.By, day)
			continue
		}
		if err := g.signature(withApproval(p, a), digest); err != nil {
			return Invalid, diag.T("approval by %s on %s is not signed validly: %v", a.By, day, err)
		}
		seen = append(seen, a.By)
		if requestBeside(r, a.At) {
			if replaced.Format == "" {
				replaced = besideReason(r, a.By, a.At)
			}
			continue
		}
		if why, ok := g.superseded(p, a); ok {
			if replaced.Format == "" {
				replaced = why
			}
			continue
		}
		approvers = append(approvers, a.By)
	}
	missing := g.missing(p.Kind, approvers)
	switch {
	case len(missing) == 0:
		return Published, diag.Text{}
	case replaced.Format != "":
		return Invalid, replaced
	case stale.Format != "":
		return Stale, stale
	}
	return Waiting, diag.T("waiting for %s (review_policy for %s; approved by %s)",
		strings.Join(missing, ", "), p.Kind, strings.Join(approvers, ", "))
}

// withApproval is p with the further approval a in the place of its
// first, so that a's signature is checked as the first one's is: over
// the post's path, the digest, the approver and the time.
func withApproval(p *content.Post, a content.Approval) *content.Post {
	q := *p
	q.Review.ApprovedBy, q.Review.ApprovedAt, q.Review.Digest, q.Review.Signature = a.By, a.At, a.Digest, a.Signature
	return &q
}

// missing returns the needs of kind's policy that approvers leave unmet,
// each approver meeting one need at most (a largest matching, found
// by augmenting paths: policies are a few needs long).
func (g Gate) missing(kind string, approvers []string) []string {
	needs := g.Programme.PolicyFor(kind)
	owner := make([]int, len(needs)) // need -> approver index + 1
	for a := range approvers {
		g.assign(a, approvers, needs, owner, make([]bool, len(needs)))
	}
	var out []string
	for i, n := range needs {
		if owner[i] == 0 {
			out = append(out, n.Key)
		}
	}
	return out
}

// assign tries to give approver a a need, moving others along.
func (g Gate) assign(a int, approvers []string, needs []programme.Ref, owner []int, seen []bool) bool {
	for i, n := range needs {
		if seen[i] || !g.Programme.Meets(approvers[a], n.Key) {
			continue
		}
		seen[i] = true
		if owner[i] == 0 || g.assign(owner[i]-1, approvers, needs, owner, seen) {
			owner[i] = a + 1
			return true
		}
	}
	return false
}
