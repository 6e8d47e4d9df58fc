package review

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// State is where a post stands in the review workflow.
type State string

// The states a post can be in, from the gate's point of view.
const (
	// Draft: being written; also after a reviewer requested changes.
	Draft State = "draft"
	// ChangesRequested: a reviewer sent the post back with a note.
	ChangesRequested State = "changes_requested"
	// Waiting: submitted, waiting for a reviewer.
	Waiting State = "review"
	// Stale: approved, but the text changed since, or the approval was
	// recorded under digest v1, which covered less (see DigestFields).
	Stale State = "stale"
	// Invalid: says approved, but the approval record is incomplete, by
	// someone who is not a reviewer, or (when required) not signed.
	Invalid State = "invalid"
	// Scheduled: approved, published once its date has come.
	Scheduled State = "scheduled"
	// Published: approved and due.
	Published State = "published"
)

// Verdict is the gate's decision for one post.
type Verdict struct {
	State State
	// Reason explains a Stale or Invalid state in one sentence, in
	// English; ReasonText is the same for printing in another language.
	Reason     string
	ReasonText diag.Text
	// Digest is the post's current digest.
	Digest string
	// Unconsented names the people the post lists as pictured who have
	// not agreed to photos, when require_photo_consent holds it back
	// (State Invalid), e.g. "Lea Beispiel (lea), Tim (tim)".
	Unconsented string
}

// Published reports whether the post appears in a production build.
func (v Verdict) Published() bool { return v.State == Published }

// Verifier checks the signature of an approval; it returns nil when the
// signature is valid. It is consulted only when the programme requires
// signed approvals.
type Verifier func(prog *programme.Programme, p *content.Post, digest string) error

// Gate decides for each post whether it may be published at now.
type Gate struct {
	Programme *programme.Programme
	Now       time.Time
	// Verify checks signatures when the programme requires them; nil
	// means VerifySignature, or the allowed-signers file of Trust.
	Verify Verifier
	// Trust is what is trusted beyond programme.yaml (see Trust).
	Trust Trust
	// History, when set, holds the later decisions that supersede an
	// approval (see internal/history).
	History *history.History
}

// Judge returns the verdict for p at g.Now: Assess with p's Digest, At
// g.Now.
func (g Gate) Judge(p *content.Post) Verdict {
	return g.Assess(p, Digest(p)).At(g.Now, p)
}

// Assess returns the verdict for p, whose Digest is digest, leaving the
// time out: an approval that counts gives Published whatever p's date,
// and At makes it Scheduled until that date has come. Assess depends on
// p, digest, the programme, Verify, Trust and History, never on Now, so
// a caller that judges the same posts again at another time (a dev
// server, after every save) may keep each post's verdict while none of
// those changed: it hashes, compares and verifies only posts that did.
func (g Gate) Assess(p *content.Post, digest string) Verdict {
	v := Verdict{Digest: digest}
	switch p.Status {
	case content.StatusReview:
		v.State = Waiting
		return v
	case content.StatusApproved:
	default:
		v.State = Draft
		if p.Review.ChangesRequested != nil {
			v.State = ChangesRequested
		}
		return v
	}
	r := p.Review
	switch {
	case r.ApprovedBy == "" || r.ApprovedAt.IsZero() || r.Digest == "":
		v.refused(Invalid, diag.T("the approval record is incomplete (it needs approved_by, approved_at and digest); approve it with tandem review approve"))
	case !g.Programme.IsReviewer(r.ApprovedBy):
		v.refused(Invalid, diag.T("%q approved it, but is not listed under reviewers in programme.yaml", r.ApprovedBy))
	case r.Digest != v.Digest && r.Digest == digestV1(p):
		v.refused(Stale, diag.T("approval by %s on %s was %s", r.ApprovedBy, r.ApprovedAt.Format("2006-01-02"), v1Reason()))
	case r.Digest != v.Digest:
		v.refused(Stale, diag.T("approval by %s on %s is stale: the text changed since", r.ApprovedBy, r.ApprovedAt.Format("2006-01-02")))
	case requestBeside(r, r.ApprovedAt):
		// tandem review approve removes a request and reject removes the
		// approval, so a block with a request not before its approval was
		// edited by hand: the request counts, with or without the history
		// that would also refuse it, as it refuses it: Invalid, so build and
		// check warn at the review block instead of a post marked approved
		// leaving silently. (A note left from before keeps the approval.)
		v.refused(Invalid, besideReason(r, r.ApprovedBy, r.ApprovedAt))
	default:
		if err := g.signature(p, v.Digest); err != nil {
			v.refused(Invalid, diag.T("approval by %s on %s is not signed validly: %v", r.ApprovedBy, r.ApprovedAt.Format("2006-01-02"), err))
			return v
		}
		if state, why := g.policy(p, v.Digest); state != Published {
			v.refused(state, why)
			return v
		}
		if missing := g.unconsented(p); missing != "" {
			v.refused(Invalid, diag.T("pictured without consent to photos: %s", missing))
			v.Unconsented = missing
			return v
		}
		v.State = Published
	}
	return v
}

// At returns v, which Assess gave for p, at now: Scheduled while the
// post is published but its date has not come.
func (v Verdict) At(now time.Time, p *content.Post) Verdict {
	if v.State == Published && p.Date.After(now) {
		v.State = Scheduled
	}
	return v
}

func (g Gate) signature(p *content.Post, digest string) error {
	switch {
	case !g.requireSigned():
		return nil
	case g.Trust.Signers != nil:
		return g.verifyTrusted(p, digest)
	case g.Verify != nil:
		return g.Verify(g.Programme, p, digest)
	}
	return VerifySignature(g.Programme, p, digest)
}

// Problem returns the warning a build prints for a post whose approval does
// not count, or false when there is nothing to say.
func (v Verdict) Problem(p *content.Post) (diag.Problem, bool) {
	if v.State != Stale && v.State != Invalid {
		return diag.Problem{}, false
	}
	if v.Unconsented != "" {
		return diag.Make(p.Pos("pictured"), diag.Warning, "photo-consent",
			diag.T("ask them and record people.KEY.consent.photo: true in programme.yaml, or take their photos out of the post and them out of pictured:"),
			diag.T("%s pictured in the post, without consent to photos (require_photo_consent); the post is not published", v.Unconsented)), true
	}
	pos := p.Review.Pos
	if pos.Path == "" {
		pos = p.Pos("status")
	}
	hint := diag.T("a reviewer must approve the current text: tandem review approve %s --by <reviewer>", p.Path)
	return diag.Make(pos, diag.Warning, "approval-"+string(v.State), hint, diag.T("%s; the post is not published", v.ReasonText)), true
}

// requestBeside reports whether the request for changes of r, written
// by hand beside an approval made at (see Assess), counts against it: it
// does unless it is dated before the approval, so one at the same time,
// or without a date, which history and reader cannot place, counts.
func requestBeside(r content.Review, at time.Time) bool {
	cr := r.ChangesRequested
	return cr != nil && (cr.At.IsZero() || !cr.At.Before(at))
}

// besideReason says why the approval by whom at a request beside it
// (requestBeside) does not count.
func besideReason(r content.Review, by string, at time.Time) diag.Text {
	cr := r.ChangesRequested
	if cr.At.IsZero() {
		return diag.T("approval by %s on %s stands beside a request for changes by %s without a date: the request counts until a reviewer approves the text again with tandem review approve",
			by, at.Format("2006-01-02"), cr.By)
	}
	return diag.T("approval by %s on %s stands beside a later request for changes by %s on %s: the request counts until a reviewer approves the text again with tandem review approve",
		by, at.Format("2006-01-02"), cr.By, cr.At.Format("2006-01-02"))
}

// refused sets the verdict's state and its reason.
func (v *Verdict) refused(s State, reason diag.Text) {
	v.State, v.Reason, v.ReasonText = s, reason.String(), reason
}
