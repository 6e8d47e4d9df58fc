package review

import (
	"strings"
	"testing"
)

// TestApprovalDoesNotFollowAMovedPost is the attack of issue 15: an
// approved post is moved, without a reviewer, into another tandem's
// diary, another round, or turned into a retrospective pinned on a round
// page, or its date rewritten in another zone so that another day shows.
// The approval must no longer count.
func TestApprovalDoesNotFollowAMovedPost(t *testing.T) {
	t.Parallel()
	prog := loadProgramme(t, "")
	moves := map[string]func(string) string{
		"another round":        replace("round: r1", "round: r2"),
		"another tandem":       replace("round: r1", "round: r1\ntandem: t02"),
		"made a retrospective": replace("round: r1", "round: r1\nkind: retrospective"),
		"made an announcement": replace("round: r1", "round: r1\nkind: announcement"),
		"another shown day":    replace("date: 2024-03-05", "date: 2024-03-04T23:30:00-05:00"),
	}
	for name, move := range moves {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			text := approvedText(t, basePost)
			if v := (Gate{Programme: prog, Now: now}).Judge(parsePost(t, text)); !v.Published() {
				t.Fatalf("before the move: %s (%s)", v.State, v.Reason)
			}
			moved := move(text)
			if moved == text {
				t.Fatal("the move changed nothing")
			}
			v := Gate{Programme: prog, Now: now}.Judge(parsePost(t, moved))
			if v.State != Stale {
				t.Errorf("after the move: %s, want stale", v.State)
			}
		})
	}
}

// approvedText returns text with an approval of its current digest.
func approvedText(t *testing.T, text string) string {
	t.Helper()
	review := strings.ReplaceAll(goodReview, "DIGEST", Digest(parsePost(t, text)))
	return strings.Replace(text, "round: r1", "round: r1\nstatus: approved\nreview:\n"+review, 1)
}

// TestV1ApprovalIsHeldBack checks what happens to an approval recorded
// under digest v1: the gate holds the post back saying why
// (internal/approval checks that approving it again publishes it).
func TestV1ApprovalIsHeldBack(t *testing.T) {
	t.Parallel()
	prog := loadProgramme(t, "")
	review := strings.ReplaceAll(goodReview, "DIGEST", digestV1(parsePost(t, basePost)))
	text := strings.Replace(basePost, "round: r1", "round: r1\nstatus: approved\nreview:\n"+review, 1)
	p := parsePost(t, text)
	v := Gate{Programme: prog, Now: now}.Judge(p)
	want := "approval by frauke on 2024-03-05 was made under digest v1, which did not cover round, tandem, kind and the shown date (with its zone); approve it again with tandem review approve"
	if v.State != Stale || v.Reason != want {
		t.Errorf("verdict %s %q, want stale %q", v.State, v.Reason, want)
	}
}
