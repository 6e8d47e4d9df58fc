package approval

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

const name = "content/posts/2024-03-01-start.md"

// approvedPost returns a post file approved by frauke with a matching digest.
func approvedPost(t *testing.T, extra ...string) string {
	t.Helper()
	front := append([]string{"title: Start", "date: 2024-03-01", "tandem: t01", "authors: [anna]"}, extra...)
	text := reviewtest.Post(append(front, "status: approved")...)
	d := validDigest(t, name, text)
	return reviewtest.Post(append(front, "status: approved", "review:", "  approved_by: frauke", "  approved_at: 2024-03-02T10:00:00Z", "  digest: "+d)...)
}

func TestTransitions(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	base := []string{"title: Start", "date: 2024-03-01", "tandem: t01", "authors: [anna]"}
	draft := reviewtest.Post(base...)
	inReview := reviewtest.Post(append(base, "status: review", "review:", "  submitted_at: 2024-03-01T08:00:00Z")...)
	sentBack := reviewtest.Post(append(base, "status: draft", "review:", "  changes_requested:", "    by: frauke", "    at: 2024-03-02T08:00:00Z", "    note: Bitte kürzen.")...)
	approved := approvedPost(t)
	stale := strings.Replace(approved, "Erster Absatz.", "Erster Absatz, geändert.", 1)
	sign := func(a review.Approval) (string, error) {
		return "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n", nil
	}
	tests := []struct {
		name, in, action, by, note string
		opts                       ApproveOptions
		before                     review.State
		status                     string
		after                      review.State
		changed                    bool
		check                      func(t *testing.T, r content.Review)
	}{
		{name: "submit a draft", in: draft, action: "submit", before: review.Draft, status: "review", after: review.Waiting, changed: true,
			check: func(t *testing.T, r content.Review) { wantTime(t, "submitted_at", r.SubmittedAt, reviewtest.Day(5)) }},
		{name: "submit after changes requested keeps the note", in: sentBack, action: "submit", before: review.ChangesRequested, status: "review", after: review.Waiting, changed: true,
			check: func(t *testing.T, r content.Review) {
				if r.ChangesRequested == nil || r.ChangesRequested.Note != "Bitte kürzen." {
					t.Errorf("changes_requested = %+v, want the note kept", r.ChangesRequested)
				}
			}},
		{name: "submit twice changes nothing", in: inReview, action: "submit", before: review.Waiting, status: "review", after: review.Waiting},
		{name: "submit a stale approval", in: stale, action: "submit", before: review.Stale, status: "review", after: review.Waiting, changed: true,
			check: func(t *testing.T, r content.Review) {
				if r.ApprovedBy != "" || r.Digest != "" || !r.ApprovedAt.IsZero() {
					t.Errorf("approval fields kept: %+v", r)
				}
			}},
		{name: "approve a post in review", in: inReview, action: "approve", by: "frauke", before: review.Waiting, status: "approved", after: review.Published, changed: true,
			check: func(t *testing.T, r content.Review) {
				wantApproval(t, r, "frauke")
				wantTime(t, "submitted_at", r.SubmittedAt, reviewtest.Day(1).Add(-time.Hour))
			}},
		{name: "approve a draft with force", in: draft, action: "approve", by: "gerd", opts: ApproveOptions{Force: true}, before: review.Draft, status: "approved", after: review.Published, changed: true,
			check: func(t *testing.T, r content.Review) { wantApproval(t, r, "gerd") }},
		{name: "approve with force after changes requested drops the note", in: sentBack, action: "approve", by: "gerd", opts: ApproveOptions{Force: true}, before: review.ChangesRequested, status: "approved", after: review.Published, changed: true,
			check: func(t *testing.T, r content.Review) {
				if r.ChangesRequested != nil {
					t.Errorf("changes_requested kept after approval: %+v", r.ChangesRequested)
				}
			}},
		{name: "approve again re-approves the current text", in: stale, action: "approve", by: "gerd", before: review.Stale, status: "approved", after: review.Published, changed: true,
			check: func(t *testing.T, r content.Review) { wantApproval(t, r, "gerd") }},
		{name: "approve with a signer writes the signature", in: inReview, action: "approve", by: "frauke", opts: ApproveOptions{Sign: sign}, before: review.Waiting, status: "approved", after: review.Published, changed: true,
			check: func(t *testing.T, r content.Review) {
				if !strings.Contains(r.Signature, "U1NIU0lH") {
					t.Errorf("signature = %q", r.Signature)
				}
			}},
		{name: "reject a post in review", in: inReview, action: "reject", by: "gerd", note: "Bitte den Namen des Vorstands weglassen.", before: review.Waiting, status: "draft", after: review.ChangesRequested, changed: true,
			check: func(t *testing.T, r content.Review) {
				cr := r.ChangesRequested
				if cr == nil || cr.By != "gerd" || !cr.At.Equal(reviewtest.Day(5)) || cr.Note != "Bitte den Namen des Vorstands weglassen." {
					t.Errorf("changes_requested = %+v", cr)
				}
				if !r.SubmittedAt.IsZero() {
					t.Errorf("submitted_at kept: %v", r.SubmittedAt)
				}
			}},
		{name: "reject a published post removes the approval", in: approved, action: "reject", by: "frauke", note: "Doch nicht.\nBitte zuerst mit Ben sprechen.", before: review.Published, status: "draft", after: review.ChangesRequested, changed: true,
			check: func(t *testing.T, r content.Review) {
				if r.ApprovedBy != "" || r.Digest != "" || !r.ApprovedAt.IsZero() {
					t.Errorf("approval fields kept: %+v", r)
				}
				if r.ChangesRequested == nil || r.ChangesRequested.Note != "Doch nicht.\nBitte zuerst mit Ben sprechen." {
					t.Errorf("a note over two lines did not survive: %+v", r.ChangesRequested)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := Workflow{Programme: prog}
			p := reviewtest.ParseValid(t, name, tt.in)
			ed, err := act(w, p, tt.in, tt.action, tt.by, tt.note, tt.opts)
			if err != nil {
				t.Fatalf("%s: %v", tt.action, err)
			}
			if ed.Before != tt.before || ed.Status != tt.status || ed.Changed != tt.changed {
				t.Errorf("before %s, status %s, changed %v; want %s, %s, %v", ed.Before, ed.Status, ed.Changed, tt.before, tt.status, tt.changed)
			}
			if !tt.changed && string(ed.Data) != tt.in {
				t.Errorf("unchanged edit returned other bytes:\n%s", ed.Data)
			}
			np := reviewtest.ParseValid(t, name, string(ed.Data))
			if got := (review.Gate{Programme: prog, Now: reviewtest.Day(5)}).Judge(np); got.State != tt.after {
				t.Errorf("after: gate says %s (%s), want %s\n%s", got.State, got.Reason, tt.after, ed.Data)
			}
			if outsideOwned(string(ed.Data)) != outsideOwned(tt.in) {
				t.Errorf("lines outside status/review changed:\n--- before\n%s--- after\n%s", tt.in, ed.Data)
			}
			if tt.action == "approve" && ed.Digest != review.Digest(p) {
				t.Errorf("edit digest %s, want %s", ed.Digest, review.Digest(p))
			}
			if tt.check != nil {
				tt.check(t, np.Review)
			}
		})
	}
}

func act(w Workflow, p *content.Post, in, action, by, note string, opts ApproveOptions) (Edit, error) {
	switch action {
	case "submit":
		return w.Submit(p, []byte(in), reviewtest.Day(5))
	case "approve":
		return w.Approve(p, []byte(in), by, reviewtest.Day(5), opts)
	default:
		return w.Reject(p, []byte(in), by, note, reviewtest.Day(5))
	}
}

func wantTime(t *testing.T, field string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("%s = %v, want %v", field, got, want)
	}
}

func wantApproval(t *testing.T, r content.Review, by string) {
	t.Helper()
	if r.ApprovedBy != by || !r.ApprovedAt.Equal(reviewtest.Day(5)) || !strings.HasPrefix(r.Digest, review.DigestPrefix) {
		t.Errorf("approval = %s at %v digest %q; want %s at %v", r.ApprovedBy, r.ApprovedAt, r.Digest, by, reviewtest.Day(5))
	}
	if r.ChangesRequested != nil {
		t.Errorf("changes_requested kept after approval")
	}
}

func TestRefusals(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	base := []string{"title: Start", "date: 2024-03-01", "tandem: t01"}
	draft := reviewtest.Post(base...)
	inReview := reviewtest.Post(append(base, "status: review")...)
	sentBack := reviewtest.Post(append(base, "review:", "  changes_requested:", "    by: frauke", "    note: Bitte kürzen.")...)
	failing := func(review.Approval) (string, error) { return "", errors.New("no key in the agent") }
	tests := []struct {
		name, in, action, by, note string
		opts                       ApproveOptions
		want, hint                 string
	}{
		{name: "unknown reviewer", in: inReview, action: "approve", by: "fraukee", want: `"fraukee" is not listed under reviewers`, hint: `did you mean "frauke"?`},
		{name: "an author is no reviewer", in: inReview, action: "approve", by: "anna", want: `"anna" is not listed under reviewers`, hint: "known: frauke, gerd"},
		{name: "no reviewer given", in: inReview, action: "approve", by: "", want: "--by"},
		{name: "draft without force", in: draft, action: "approve", by: "frauke", want: "it is a draft", hint: "--force"},
		{name: "changes requested without force", in: sentBack, action: "approve", by: "gerd", want: "changes were requested by frauke", hint: "tandem review submit"},
		{name: "signing fails", in: inReview, action: "approve", by: "frauke", opts: ApproveOptions{Sign: failing}, want: "cannot sign the approval: no key in the agent"},
		{name: "reject without note", in: inReview, action: "reject", by: "frauke", note: "  ", want: "a note is needed"},
		{name: "reject by someone else", in: inReview, action: "reject", by: "ben", note: "nein", want: `"ben" is not listed under reviewers`},
		{name: "submit a valid approval", in: approvedPost(t), action: "submit", want: "already approved", hint: "edit the post first"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := Workflow{Programme: prog}
			ed, err := act(w, reviewtest.ParseValid(t, name, tt.in), tt.in, tt.action, tt.by, tt.note, tt.opts)
			if err == nil {
				t.Fatalf("%s succeeded:\n%s", tt.action, ed.Data)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			var p diag.Problem
			if tt.hint != "" && (!errors.As(err, &p) || !strings.Contains(p.Hint, tt.hint)) {
				t.Errorf("error %q: hint should say %q", err, tt.hint)
			}
			if ed.Changed || (ed.Data != nil && string(ed.Data) != tt.in) {
				t.Errorf("a refused %s changed the text", tt.action)
			}
		})
	}
}

func TestApproveWarnsWhenSignaturesAreRequired(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	prog.RequireSignedApprovals = true
	in := reviewtest.Post("title: Start", "date: 2024-03-01", "tandem: t01", "status: review")
	ed, err := Workflow{Programme: prog}.Approve(reviewtest.Parse(t, name, in), []byte(in), "frauke", reviewtest.Day(5), ApproveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ed.Warnings) != 1 || !strings.Contains(ed.Warnings[0], "requires signed approvals") {
		t.Errorf("warnings = %q", ed.Warnings)
	}
}
