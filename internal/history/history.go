package history

import (
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// Kind is what a reviewer decided.
type Kind string

// The decisions found in a post's review block.
const (
	Approved         Kind = "approval"
	ChangesRequested Kind = "changes requested"
	// Removed is no decision but a commit that deleted a file of the
	// post (or renamed it to a name that is no post): see Removed.
	Removed Kind = "removal"
)

// Event is one review decision found in some version of a post.
type Event struct {
	Kind Kind
	By   string
	At   time.Time
	// Digest is the approved digest (approvals only).
	Digest string
	// Commit is the oldest commit holding a version with this decision,
	// and Path the post's path in it.
	Commit, Path string
	// age is Commit's place in the log (larger is older).
	age int
}

// History is the review history of every post git knows under
// content/posts: for each lineage of paths linked by renames, the
// decisions of all its versions, oldest first, and the commits that
// removed a file of it; and where each approval was first recorded
// (identity.go).
type History struct {
	lineage map[string]int // path -> index into events and removed
	events  [][]Event
	removed [][]Event
	// first is, per approval, where its oldest commit lies (identity.go).
	first map[approvalKey]place
}

// decisions returns the decisions recorded in one version of a post.
func decisions(name string, data []byte) []Event {
	r, ok := content.ReviewOf(name, data)
	if !ok {
		return nil
	}
	var found []Event
	if r.ApprovedBy != "" && !r.ApprovedAt.IsZero() {
		found = append(found, Event{Kind: Approved, By: r.ApprovedBy, At: r.ApprovedAt, Digest: r.Digest})
	}
	for _, a := range r.Approvals { // further approvals a review_policy asked for
		if a.By != "" && !a.At.IsZero() {
			found = append(found, Event{Kind: Approved, By: a.By, At: a.At, Digest: a.Digest})
		}
	}
	if cr := r.ChangesRequested; cr != nil && !cr.At.IsZero() {
		found = append(found, Event{Kind: ChangesRequested, By: cr.By, At: cr.At})
	}
	return found
}

// Superseding returns the first decision about the post at path (or any
// earlier path of it linked by renames) made after at: a later approval
// or request for changes. Concerning also looks where an approval was
// first recorded. A nil History knows nothing.
func (h *History) Superseding(path string, at time.Time) (Event, bool) {
	if h == nil {
		return Event{}, false
	}
	i, ok := h.lineage[path]
	if !ok {
		return Event{}, false
	}
	evs := h.events[i]
	j, _ := slices.BinarySearchFunc(evs, at, func(e Event, t time.Time) int {
		if e.At.After(t) {
			return 1
		}
		return -1
	})
	if j == len(evs) {
		return Event{}, false
	}
	return evs[j], true
}

// Events returns the decisions about the post at path, oldest first.
func (h *History) Events(path string) []Event {
	if h == nil {
		return nil
	}
	if i, ok := h.lineage[path]; ok {
		return slices.Clone(h.events[i])
	}
	return nil
}
