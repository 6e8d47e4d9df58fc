package review

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

const policyProgramme = `title: T
people:
  frauke: {name: Frauke, role: organiser}
  carla: {name: Carla, role: comms}
  erik: {name: Erik, role: mentor}
  anna: {name: Anna}
reviewers: [frauke, carla, erik]
review_policy:
  retrospective: [organiser, comms]
`

// further is an approvals list entry of the review block.
func further(by, digest string) string {
	return "  approvals:\n    - by: " + by + "\n      at: 2024-03-06T09:00:00Z\n      digest: " + digest + "\n"
}

func TestPolicyOutcomes(t *testing.T) {
	t.Parallel()
	prog, problems := programme.Load(fstest.MapFS{programme.File: {Data: []byte(policyProgramme)}})
	if problems.HasErrors() {
		t.Fatal(problems)
	}
	by := func(who string) string {
		return "  approved_by: " + who + "\n  approved_at: 2024-03-05T10:12:00Z\n  digest: DIGEST\n"
	}
	old := "sha256:" + strings.Repeat("0", 64)
	cases := []struct {
		name, kind, review string
		state              State
		reason             string
	}{
		{"policy met", "retrospective", by("frauke") + further("carla", "DIGEST"), Published, ""},
		{"met in either order", "retrospective", by("carla") + further("frauke", "DIGEST"), Published, ""},
		{"missing role", "retrospective", by("frauke"), Waiting, "waiting for comms (review_policy for retrospective; approved by frauke)"},
		{"approver not in role", "retrospective", by("frauke") + further("erik", "DIGEST"), Waiting, "waiting for comms (review_policy for retrospective; approved by frauke, erik)"},
		{"duplicate approver", "retrospective", by("frauke") + further("frauke", "DIGEST"), Invalid, "frauke approved it twice; each approval must come from another reviewer"},
		{"stale second approval", "retrospective", by("frauke") + further("carla", old), Stale, "approval by carla on 2024-03-06 is stale: the text changed since"},
		{"second approver not a reviewer", "retrospective", by("frauke") + further("anna", "DIGEST"), Invalid, `"anna" approved it, but is not listed under reviewers`},
		{"incomplete second approval", "retrospective", by("frauke") + "  approvals:\n    - by: carla\n", Invalid, "approval 2 of the approvals list is incomplete"},
		{"second approval before its approver's request for changes", "retrospective", strings.Replace(by("frauke"), "2024-03-05T10:12:00Z", "2024-03-07T10:00:00Z", 1) +
			further("carla", "DIGEST") + "  changes_requested:\n    by: carla\n    at: 2024-03-06T12:00:00Z\n    note: Bitte kürzen.\n", Invalid,
			"approval by carla on 2024-03-06 stands beside a later request for changes by carla on 2024-03-06"},
		{"an extra approval before a request beyond the need", "diary", strings.Replace(by("erik"), "2024-03-05T10:12:00Z", "2024-03-07T10:00:00Z", 1) +
			further("carla", "DIGEST") + "  changes_requested:\n    by: carla\n    at: 2024-03-06T12:00:00Z\n    note: Bitte kürzen.\n", Published, ""},
		{"kind without a policy needs one", "diary", by("erik"), Published, ""},
		{"stale extra approval beyond the need", "diary", by("erik") + further("carla", old), Published, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Replace(basePost, "round: r1", "round: r1\nkind: "+c.kind, 1)
			digest := Digest(parsePost(t, text))
			review := strings.ReplaceAll(c.review, "DIGEST", digest)
			p := parsePost(t, strings.Replace(text, "round: r1", "round: r1\nstatus: approved\nreview:\n"+review, 1))
			v := Gate{Programme: prog, Now: now}.Judge(p)
			if v.State != c.state || !strings.Contains(v.Reason, c.reason) {
				t.Errorf("got %s (%q), want %s (%q)", v.State, v.Reason, c.state, c.reason)
			}
			if c.reason != "" && v.ReasonText.In(messages.New().Printer("de")) == v.Reason {
				t.Errorf("the reason %q has no German", v.Reason)
			}
		})
	}
}

func TestPolicyProblems(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ policy, want string }{
		{"  retrospectiv: [any]", `review_policy names the post kind "retrospectiv", which does not exist`},
		{"  retrospective: [press]", `review_policy for "retrospective" needs "press", but no reviewer is or has that role`},
		{"  retrospective: []", `review_policy for "retrospective" needs no approval at all`},
	} {
		prog, problems := programme.Load(fstest.MapFS{programme.File: {Data: []byte(strings.Replace(policyProgramme, "  retrospective: [organiser, comms]", c.policy, 1))}})
		problems = append(problems, validate.CheckProgramme(prog)...)
		if !strings.Contains(problems.Err().Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.policy, problems, c.want)
		}
	}
}
