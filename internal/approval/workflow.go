package approval

import (
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Workflow moves posts through the review states by editing their front
// matter: Submit (draft -> review), Approve (review -> approved) and
// Reject (any -> draft, with changes requested). It owns the status field
// and the review block and leaves every other byte of the file alone.
//
// Decisions worth knowing:
//   - Submit keeps an earlier changes_requested note, so the reviewer
//     sees what they asked for; Approve removes it.
//   - Reject removes the approval and submitted_at: the next Submit starts
//     a new wait.
//   - Approving an approved post approves its current text again.
type Workflow struct {
	Programme *programme.Programme
	// Verify checks signatures when Submit asks whether an approval still
	// counts; may be nil (see review.Gate.Verify).
	Verify review.Verifier
}

// Signer returns an armored SSH signature over an approval; Approve
// writes it to review.signature.
type Signer func(review.Approval) (string, error)

// ApproveOptions tune Approve.
type ApproveOptions struct {
	// Force approves a draft nobody submitted for review.
	Force bool
	// Sign, when set, signs the approval.
	Sign Signer
}

// Edit is the outcome of a transition on one post.
type Edit struct {
	Path string `json:"path"`
	// Before is the gate's state of the post before the change.
	Before review.State `json:"before"`
	// Status is the status the post has now.
	Status string `json:"status"`
	// Digest is the approved digest (Approve only).
	Digest string `json:"digest,omitempty"`
	// Scheduled is the post's date when it lies after the time of the
	// approval (Approve only): the post is published then, not at once.
	Scheduled time.Time `json:"scheduled,omitzero"`
	// Changed is false when the file already said what was asked.
	Changed bool `json:"changed"`
	// Warnings are things the user should know although it worked.
	Warnings []string `json:"warnings,omitempty"`
	// WarningTexts are the Warnings for printing in another language.
	WarningTexts []diag.Text `json:"-"`
	// Data is the new file; equal to the old one when !Changed.
	Data []byte `json:"-"`
}

// Submit asks for review: status review and review.submitted_at = now.
func (w Workflow) Submit(p *content.Post, data []byte, now time.Time) (Edit, error) {
	before := w.gate(now).Judge(p)
	ed := Edit{Path: p.Path, Before: before.State, Status: content.StatusReview, Data: data}
	switch before.State {
	case review.Waiting:
		ed.warn(diag.T("already waiting for review%s", since(p.Review.SubmittedAt)))
		return ed, nil
	case review.Published, review.Scheduled:
		return ed, refusal(p, "status", diag.T("it is already approved and the approval covers the current text; there is nothing to review"),
			diag.T("edit the post first; a changed post can be submitted again"))
	}
	return w.apply(p, data, ed, func(b *block) {
		b.remove(approvalFields...)
		b.set(fieldSubmittedAt, timeNode(now))
	})
}

// Approve records that reviewer by approved the current text of p.
func (w Workflow) Approve(p *content.Post, data []byte, by string, now time.Time, opts ApproveOptions) (Edit, error) {
	if err := w.CheckReviewer(by); err != nil {
		return Edit{Path: p.Path, Data: data}, err
	}
	before := w.gate(now).Judge(p)
	ed := Edit{Path: p.Path, Before: before.State, Status: content.StatusApproved, Digest: before.Digest, Data: data}
	if p.Date.After(now) {
		ed.Scheduled = p.Date
	}
	if p.Status == content.StatusDraft && !opts.Force {
		msg := diag.T("it is a draft: nobody has submitted it for review")
		if cr := p.Review.ChangesRequested; cr != nil {
			msg = diag.T("changes were requested by %s%s and it has not been submitted again", cr.By, on(cr.At))
		}
		return ed, refusal(p, "status", msg, diag.T("ask the author to run tandem review submit %s, or approve it anyway with --force", p.Path))
	}
	sig := ""
	if opts.Sign != nil {
		s, err := opts.Sign(review.Approval{Path: p.Path, By: by, At: now.UTC().Truncate(time.Second), Digest: before.Digest})
		if err != nil {
			return ed, diag.Fail(diag.T("%s: cannot sign the approval: %s", p.Path, diag.TextOf(err)), err)
		}
		sig = s
	} else if w.Programme.RequireSignedApprovals {
		ed.warn(diag.T("programme.yaml requires signed approvals and this one is not signed, so the post stays unpublished"))
	}
	list := records(p, by, now, before.Digest, sig)
	return w.apply(p, data, ed, func(b *block) {
		b.remove(fieldChangesRequested)
		b.setApprovals(list)
	})
}

// Reject sends p back to draft with reviewer by's note.
func (w Workflow) Reject(p *content.Post, data []byte, by, note string, now time.Time) (Edit, error) {
	if err := w.CheckReviewer(by); err != nil {
		return Edit{Path: p.Path, Data: data}, err
	}
	note = strings.TrimSpace(note)
	if note == "" {
		return Edit{Path: p.Path, Data: data}, diag.Fail(diag.T("a note is needed: tell the author what to change (--note \"…\")"))
	}
	before := w.gate(now).Judge(p)
	ed := Edit{Path: p.Path, Before: before.State, Status: content.StatusDraft, Data: data}
	return w.apply(p, data, ed, func(b *block) {
		b.remove(approvalFields...)
		b.remove(fieldSubmittedAt)
		b.set(fieldChangesRequested, mapNode(
			textNode("by"), textNode(by),
			textNode("at"), timeNode(now),
			textNode("note"), textNode(note)))
	})
}

// CheckReviewer returns an error, with a "did you mean" hint, when by is
// not listed under reviewers.
func (w Workflow) CheckReviewer(by string) error {
	if w.Programme.IsReviewer(by) {
		return nil
	}
	keys := make([]string, len(w.Programme.Reviewers))
	for i, r := range w.Programme.Reviewers {
		keys[i] = r.Key
	}
	msg := diag.T("%q is not listed under reviewers in programme.yaml", by)
	if by == "" {
		msg = diag.T("say who approves: --by <reviewer>")
	}
	hint := diag.Suggest(by, keys)
	if len(keys) == 0 {
		hint = diag.T("add the people who may approve posts under reviewers: in programme.yaml")
	}
	return diag.Make(diag.Pos{Path: programme.File}, diag.Error, "not-a-reviewer", hint, msg)
}

func (w Workflow) gate(now time.Time) review.Gate {
	return review.Gate{Programme: w.Programme, Now: now, Verify: w.Verify}
}

// apply edits the owned fields and checks the result reads back as
// intended, with the same digest.
func (w Workflow) apply(p *content.Post, data []byte, ed Edit, change func(*block)) (Edit, error) {
	f, err := readPostFile(data)
	if err != nil {
		return ed, diag.Fail(diag.T("%s: %s", p.Path, diag.TextOf(err)), err)
	}
	b := f.reviewBlock()
	change(b)
	out, err := f.rewrite(ed.Status, b)
	if err != nil {
		return ed, diag.Fail(diag.T("%s: %s", p.Path, diag.TextOf(err)), err)
	}
	if err := checkRewrite(p, data, out, ed.Status); err != nil {
		return ed, err
	}
	ed.Data, ed.Changed = out, string(out) != string(data)
	return ed, nil
}

// checkRewrite parses the new file and makes sure the edit changed only
// what it owns: the status is as intended and the digest is the same.
func checkRewrite(p *content.Post, old, out []byte, status string) error {
	np, problems := content.Parse(p.Path, out)
	if np == nil || np.Meta == nil || problems.HasErrors() && errorCount(problems) > errorsIn(p.Path, old) {
		return diag.Fail(diag.T("%s: the edited front matter does not read back (%v); the file was not changed, please report this", p.Path, problems.Err()))
	}
	np.Files = p.Files
	if !np.Meta.Has("slug") {
		np.Slug = p.Slug
	}
	if !np.Meta.Has("round") {
		np.Round = p.Round // validate takes it from the tandem
	}
	if np.Status != status || review.Digest(np) != review.Digest(p) {
		return diag.Fail(diag.T("%s: the edit would change more than the review fields; the file was not changed, please report this", p.Path))
	}
	return nil
}

// errorsIn counts the errors content.Parse finds in data.
func errorsIn(name string, data []byte) int {
	_, problems := content.Parse(name, data)
	return errorCount(problems)
}

func errorCount(l diag.List) int {
	n, _ := l.Count()
	return n
}

// refusal is a positioned problem about p's field.
func refusal(p *content.Post, field string, msg, hint diag.Text) error {
	return diag.Make(p.Pos(field), diag.Error, "review-refused", hint, msg)
}

func since(t time.Time) diag.Text {
	if t.IsZero() {
		return diag.Text{}
	}
	return diag.T(" since %s", t.Format("2006-01-02"))
}

// warn adds a warning to the edit.
func (ed *Edit) warn(t diag.Text) {
	ed.Warnings = append(ed.Warnings, t.String())
	ed.WarningTexts = append(ed.WarningTexts, t)
}

func on(t time.Time) diag.Text {
	if t.IsZero() {
		return diag.Text{}
	}
	return diag.T(" on %s", t.Format("2006-01-02"))
}
