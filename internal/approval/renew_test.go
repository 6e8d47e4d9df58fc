package approval

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// digestV1 is the digest the post of TestV1ApprovalIsRenewed had under
// digest v1 (tandem-digest-1), which the gate no longer accepts.
const digestV1 = "sha256:836465382244cb92c15139abfcf0f787f083b2c01344a1a87ca23f5ac4b12bfc"

// TestV1ApprovalIsRenewed checks that approving a post whose approval
// was recorded under digest v1 publishes it again.
func TestV1ApprovalIsRenewed(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	text := reviewtest.Post("title: Start", "date: 2024-03-01", "tandem: t01", "authors: [anna]", "status: approved",
		"review:", "  approved_by: frauke", "  approved_at: 2024-03-02T10:00:00Z", "  digest: "+digestV1)
	p := reviewtest.ParseValid(t, name, text)
	gate := review.Gate{Programme: prog, Now: reviewtest.Day(5)}
	if v := gate.Judge(p); v.State != review.Stale || !strings.Contains(v.Reason, "digest v1") {
		t.Fatalf("before: %s (%s), want stale under digest v1", v.State, v.Reason)
	}
	ed, err := Workflow{Programme: prog}.Approve(p, []byte(text), "gerd", reviewtest.Day(5), ApproveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if v := gate.Judge(reviewtest.ParseValid(t, name, string(ed.Data))); !v.Published() {
		t.Errorf("approved again: %s (%s), want published", v.State, v.Reason)
	}
}
