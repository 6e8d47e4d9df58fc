package history

import (
	"strings"
	"testing"
)

// TestEventKeepsOldestCommit: an approval that later versions carry on
// (the text edited, the review block kept) is given the first commit
// that holds it, whose version is the approved one (internal/changes
// looks it up there), whatever the order of the versions' blob ids.
func TestEventKeepsOldestCommit(t *testing.T) {
	t.Parallel()
	for i := range 4 { // different texts give blob ids in either order
		r := newRepo(t)
		r.write(post, approvedPost("approved text", "frauke", "2024-03-02T10:00:00Z"))
		r.commit("approved")
		first := strings.TrimSpace(r.git("rev-parse", "HEAD"))
		for j := range 3 {
			r.write(post, approvedAs("edited "+strings.Repeat("x", i*3+j), "frauke", "2024-03-02T10:00:00Z", digestOf("approved text"), ""))
			r.commit("edited")
		}
		evs := read(t, r.dir).Events(post)
		if len(evs) != 1 || evs[0].Commit != first {
			t.Errorf("round %d: events %+v, want one in commit %s", i, evs, first)
		}
	}
}
