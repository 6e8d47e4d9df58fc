package history

import (
	"cmp"
	"slices"
	"time"
)

// Which files are the same post. Git's rename detection links two paths
// only when one commit deletes the one and adds the other with similar
// text; a post moved across two commits (deleted, then added under
// another name; or copied, then the original deleted) is not linked, and
// an approval from before the move could be replayed at the new path.
// So an approval is judged by the lineage of the path it is at now and
// by the lineage where it was first recorded (its origin: the oldest
// commit holding an approval by the same reviewer at the same time of the
// same digest), whatever happened to the file between:
//
//   - any later decision in either lineage supersedes it (Concerning);
//   - a removal of a file of either lineage after the approval's oldest
//     commit (a deletion, or a rename to a name that is no post) means it
//     does not count (Removed): a deleted post may have been withdrawn, and
//     a file brought back, or moved in two commits, brings only its old
//     approval. A signed approval names its path, so a replayed signature
//     must come back at the path it was made for: one removed after it.
//
// Lineages are not joined by shared digests or slugs: an approved post's
// file copied as the template of a new one would otherwise share the new
// post's later decisions and lose its approval.
//
// "After" is the order of git rev-list --topo-order, which never shows a
// commit after one of its ancestors, whatever the commit dates say.

// approvalKey names one approval record.
type approvalKey struct {
	by, digest string
	at         int64 // Unix seconds
}

// place is where an approval was first recorded: its lineage, the age
// of its oldest commit and its path there (the first in byte order of
// those the commit holds it at).
type place struct {
	lineage, age int
	path         string
}

func keyOf(by string, at time.Time, digest string) approvalKey {
	return approvalKey{by: by, digest: digest, at: at.Unix()}
}

// noteOrigin keeps the oldest place of approval e, seen in lineage i.
func (h *History) noteOrigin(e Event, i int) {
	if e.Kind != Approved {
		return
	}
	k := keyOf(e.By, e.At, e.Digest)
	if p, ok := h.first[k]; !ok || e.age > p.age || e.age == p.age && e.Path < p.path {
		h.first[k] = place{lineage: i, age: e.age, path: e.Path}
	}
}

// ordered sorts decisions by time, the oldest commit of a decision first,
// and keeps one of each.
func ordered(evs []Event) []Event {
	slices.SortStableFunc(evs, func(x, y Event) int {
		return cmp.Or(x.At.Compare(y.At), cmp.Compare(y.age, x.age))
	})
	return slices.CompactFunc(evs, func(x, y Event) bool {
		return x.Kind == y.Kind && x.By == y.By && x.At.Equal(y.At) && x.Digest == y.Digest
	})
}

// lineages returns the lineages that judge the approval by by at at of
// digest of the post at path: path's own and the approval's origin, the
// first n of ls, and the origin's place (age -1 when no commit holds the
// approval). It asks each map once and makes nothing: the gate asks it
// twice for every approval of every post.
func (h *History) lineages(path, by string, at time.Time, digest string) (ls [2]int, n int, origin place) {
	if i, ok := h.lineage[path]; ok {
		ls[n], n = i, n+1
	}
	origin, ok := h.first[keyOf(by, at, digest)]
	if !ok {
		return ls, n, place{lineage: -1, age: -1}
	}
	if n == 0 || ls[0] != origin.lineage {
		ls[n], n = origin.lineage, n+1
	}
	return ls, n, origin
}

// Concerning returns the decisions that judge the approval by by at at of
// digest of the post at path, oldest first: those of path's lineage and
// of the approval's origin (see above). A nil History knows nothing.
func (h *History) Concerning(path, by string, at time.Time, digest string) []Event {
	if h == nil {
		return nil
	}
	ls, n, _ := h.lineages(path, by, at, digest)
	switch n {
	case 0:
		return nil
	case 1: // one lineage, ordered already (cached.history): most approvals
		return slices.Clone(h.events[ls[0]])
	}
	return ordered(slices.Concat(h.events[ls[0]], h.events[ls[1]]))
}

// Removed returns the oldest removal of a file of path's lineage or of
// the approval's origin made after the oldest commit holding the
// approval by by at at of digest: the post was deleted after it was
// approved, and that approval does not bring it back. It finds none when
// no commit holds the approval (it is newer than the history).
func (h *History) Removed(path, by string, at time.Time, digest string) (Event, bool) {
	if h == nil {
		return Event{}, false
	}
	ls, n, origin := h.lineages(path, by, at, digest)
	var found Event
	ok := false
	for _, i := range ls[:n] {
		for _, r := range h.removed[i] { // oldest first
			if r.age < origin.age && (!ok || r.age > found.age) {
				found, ok = r, true
				break
			}
		}
	}
	return found, ok
}
