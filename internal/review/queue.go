package review

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// Overview is the review queue: what reviewers and authors have to do.
// It is plain data for text listings and JSON.
type Overview struct {
	Now time.Time `json:"now"`
	// Waiting are posts submitted for review, oldest first.
	Waiting []Entry `json:"waiting"`
	// Stale are approvals of a text that has changed since.
	Stale []Entry `json:"stale"`
	// Invalid are approvals that do not count (incomplete, not by a
	// reviewer, not signed when signatures are required).
	Invalid []Entry `json:"invalid"`
	// ChangesRequested are posts a reviewer sent back, oldest request first.
	ChangesRequested []Entry `json:"changes_requested"`
	// Scheduled are approved posts whose date has not come, soonest first.
	Scheduled []Entry `json:"scheduled"`
	// Drafts and Published count the posts needing nothing from reviewers.
	Drafts    int `json:"drafts"`
	Published int `json:"published"`
}

// Entry is one post in the queue.
type Entry struct {
	Path    string    `json:"path"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
	Authors []string  `json:"authors"`
	Round   string    `json:"round,omitempty"`
	Tandem  string    `json:"tandem,omitempty"`
	State   State     `json:"state"`
	// SubmittedAt and DaysWaiting (whole days) describe posts waiting
	// for review; DaysWaiting is 0 for the others. A post submitted
	// without the tool (no submitted_at) waits since its date.
	SubmittedAt *time.Time `json:"submitted_at,omitempty"`
	DaysWaiting int        `json:"days_waiting"`
	// ApprovedBy and ApprovedAt describe the approval of a stale or
	// invalid post; Reason says why it does not count.
	ApprovedBy string     `json:"approved_by,omitempty"`
	ApprovedAt *time.Time `json:"approved_at,omitempty"`
	Reason     string     `json:"reason,omitempty"`
	// ReasonText is Reason for printing in another language.
	ReasonText diag.Text `json:"-"`
	// ChangesRequested is the reviewer's note.
	ChangesRequested *Request `json:"changes_requested,omitempty"`
	// Files are the names of the post's bundle files: an approval covers
	// their bytes, and the post's page may show only some of them.
	Files []string `json:"files,omitempty"`
}

// Request is a reviewer's request for changes.
type Request struct {
	By   string    `json:"by"`
	At   time.Time `json:"at,omitzero"`
	Note string    `json:"note"`
}

// Problem returns "path: reason" for a stale or invalid approval.
func (e Entry) Problem() string { return e.Path + ": " + e.Reason }

// Queue judges every post with g and groups them for reviewers. posts
// should have passed validate, which fills in rounds from tandems.
func Queue(g Gate, posts []*content.Post) Overview {
	o := Overview{Now: g.Now, Waiting: []Entry{}, Stale: []Entry{}, Invalid: []Entry{}, ChangesRequested: []Entry{}, Scheduled: []Entry{}}
	for _, p := range posts {
		v := g.Judge(p)
		e := newEntry(p, v, g.Now)
		switch v.State {
		case Waiting:
			o.Waiting = append(o.Waiting, e)
		case Stale:
			o.Stale = append(o.Stale, e)
		case Invalid:
			o.Invalid = append(o.Invalid, e)
		case ChangesRequested:
			o.ChangesRequested = append(o.ChangesRequested, e)
		case Scheduled:
			o.Scheduled = append(o.Scheduled, e)
		case Published:
			o.Published++
		default:
			o.Drafts++
		}
	}
	slices.SortFunc(o.Waiting, func(a, b Entry) int { return cmp.Or(waitStart(a).Compare(waitStart(b)), byPath(a, b)) })
	slices.SortFunc(o.Stale, byDate)
	slices.SortFunc(o.Invalid, byDate)
	slices.SortFunc(o.ChangesRequested, func(a, b Entry) int {
		return cmp.Or(a.ChangesRequested.At.Compare(b.ChangesRequested.At), byPath(a, b))
	})
	slices.SortFunc(o.Scheduled, byDate)
	return o
}

func newEntry(p *content.Post, v Verdict, now time.Time) Entry {
	e := Entry{Path: p.Path, Title: p.Title, Date: p.Date, Authors: []string{}, Round: p.Round.Key, Tandem: p.Tandem.Key, State: v.State, Reason: v.Reason, ReasonText: v.ReasonText}
	for _, f := range p.Files {
		e.Files = append(e.Files, f.Name)
	}
	for _, a := range p.Authors {
		e.Authors = append(e.Authors, a.Key)
	}
	r := p.Review
	switch v.State {
	case Waiting:
		start := p.Date
		if !r.SubmittedAt.IsZero() {
			start = r.SubmittedAt
			e.SubmittedAt = &start
		}
		if now.After(start) {
			e.DaysWaiting = int(now.Sub(start) / (24 * time.Hour))
		}
	case Stale, Invalid:
		e.ApprovedBy = r.ApprovedBy
		if !r.ApprovedAt.IsZero() {
			at := r.ApprovedAt
			e.ApprovedAt = &at
		}
	case ChangesRequested:
		e.ChangesRequested = &Request{By: r.ChangesRequested.By, At: r.ChangesRequested.At, Note: r.ChangesRequested.Note}
	}
	return e
}

// waitStart is when a waiting post was submitted, or its date.
func waitStart(e Entry) time.Time {
	if e.SubmittedAt != nil {
		return *e.SubmittedAt
	}
	return e.Date
}

func byDate(a, b Entry) int { return cmp.Or(a.Date.Compare(b.Date), byPath(a, b)) }

func byPath(a, b Entry) int { return strings.Compare(a.Path, b.Path) }
