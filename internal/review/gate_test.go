package review

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

func loadProgramme(t *testing.T, extra string) *programme.Programme {
	t.Helper()
	p, problems := programme.Load(fstest.MapFS{programme.File: {Data: []byte(
		"title: T\npeople:\n  frauke: {name: Frauke}\n  anna: {name: Anna}\nreviewers: [frauke]\n" + extra)}})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return p
}

// approved returns the base post with status and review block, the digest
// being the post's own unless digest is given.
func approved(t *testing.T, date, review, digest string) *content.Post {
	t.Helper()
	text := strings.Replace(basePost, "date: 2024-03-05", "date: "+date, 1)
	if digest == "" {
		digest = Digest(parsePost(t, text))
	}
	review = strings.ReplaceAll(review, "DIGEST", digest)
	return parsePost(t, strings.Replace(text, "round: r1", "round: r1\nstatus: approved\nreview:\n"+review, 1))
}

const goodReview = "  approved_by: frauke\n  approved_at: 2024-03-05T10:12:00Z\n  digest: DIGEST\n"

var now = time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)

func TestJudge(t *testing.T) {
	t.Parallel()
	plain := func(extra string) func(t *testing.T) *content.Post {
		return func(t *testing.T) *content.Post {
			return parsePost(t, strings.Replace(basePost, "round: r1", "round: r1\n"+extra, 1))
		}
	}
	approval := func(date, review, digest string) func(t *testing.T) *content.Post {
		return func(t *testing.T) *content.Post { return approved(t, date, review, digest) }
	}
	stale := "sha256:" + strings.Repeat("0", 64)
	tests := []struct {
		name   string
		post   func(t *testing.T) *content.Post
		state  State
		reason string
	}{
		{"draft by default", plain(""), Draft, ""},
		{"draft", plain("status: draft"), Draft, ""},
		{"changes requested", plain("status: draft\nreview:\n  changes_requested:\n    by: frauke\n    at: 2024-03-04T08:00:00Z\n    note: Bitte kürzen."), ChangesRequested, ""},
		{"waiting for review", plain("status: review\nreview:\n  submitted_at: 2024-03-01T09:00:00Z"), Waiting, ""},
		{"approved without a record", plain("status: approved"), Invalid,
			"the approval record is incomplete (it needs approved_by, approved_at and digest); approve it with tandem review approve"},
		{"approved without a date", approval("2024-03-05", "  approved_by: frauke\n  digest: DIGEST\n", ""), Invalid,
			"the approval record is incomplete (it needs approved_by, approved_at and digest); approve it with tandem review approve"},
		{"approved without a digest", approval("2024-03-05", "  approved_by: frauke\n  approved_at: 2024-03-05T10:12:00Z\n", ""), Invalid,
			"the approval record is incomplete (it needs approved_by, approved_at and digest); approve it with tandem review approve"},
		{"approved by someone who is not a reviewer", approval("2024-03-05", strings.Replace(goodReview, "frauke", "anna", 1), ""), Invalid,
			`"anna" approved it, but is not listed under reviewers in programme.yaml`},
		{"approved by someone unknown", approval("2024-03-05", strings.Replace(goodReview, "frauke", "chef", 1), ""), Invalid,
			`"chef" approved it, but is not listed under reviewers in programme.yaml`},
		{"text changed since", approval("2024-03-05", goodReview, stale), Stale,
			"approval by frauke on 2024-03-05 is stale: the text changed since"},
		{"approved beside a request for changes written by hand", approval("2024-03-05", goodReview+
			"  changes_requested:\n    by: frauke\n    at: 2024-03-06T08:00:00Z\n    note: Bitte kürzen.\n", ""), Invalid,
			"approval by frauke on 2024-03-05 stands beside a later request for changes by frauke on 2024-03-06: the request counts until a reviewer approves the text again with tandem review approve"},
		{"approved beside a request for changes without a date", approval("2024-03-05", goodReview+
			"  changes_requested:\n    by: frauke\n    note: Bitte kürzen.\n", ""), Invalid,
			"approval by frauke on 2024-03-05 stands beside a request for changes by frauke without a date: the request counts until a reviewer approves the text again with tandem review approve"},
		{"approved beside an empty request for changes", approval("2024-03-05", goodReview+"  changes_requested: {}\n", ""), Invalid,
			"approval by frauke on 2024-03-05 stands beside a request for changes by  without a date: the request counts until a reviewer approves the text again with tandem review approve"},
		{"approved beside a request for changes of the same time", approval("2024-03-05", goodReview+
			"  changes_requested:\n    by: frauke\n    at: 2024-03-05T11:12:00+01:00\n    note: Bitte kürzen.\n", ""), Invalid,
			"approval by frauke on 2024-03-05 stands beside a later request for changes by frauke on 2024-03-05: the request counts until a reviewer approves the text again with tandem review approve"},
		{"approved and sent back on the same day, both written as a day", approval("2024-03-05", strings.Replace(goodReview, "2024-03-05T10:12:00Z", "2024-03-05", 1)+
			"  changes_requested:\n    by: frauke\n    at: 2024-03-05\n    note: Bitte kürzen.\n", ""), Invalid,
			"approval by frauke on 2024-03-05 stands beside a later request for changes by frauke on 2024-03-05: the request counts until a reviewer approves the text again with tandem review approve"},
		{"approved with a request from before left in the block", approval("2024-03-05", goodReview+
			"  changes_requested:\n    by: frauke\n    at: 2024-03-04T08:00:00Z\n    note: Bitte kürzen.\n", ""), Published, ""},
		{"date in the future", approval("2024-03-11", goodReview, ""), Scheduled, ""},
		{"published", approval("2024-03-05", goodReview, ""), Published, ""},
		{"published at the very moment", approval("2024-03-10T12:00:00Z", goodReview, ""), Published, ""},
	}
	p := loadProgramme(t, "")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			post := tt.post(t)
			v := Gate{Programme: p, Now: now}.Judge(post)
			if v.State != tt.state || v.Reason != tt.reason {
				t.Errorf("verdict %q %q, want %q %q", v.State, v.Reason, tt.state, tt.reason)
			}
			if v.Digest != Digest(post) || v.Published() != (tt.state == Published) {
				t.Errorf("digest %q published %v", v.Digest, v.Published())
			}
		})
	}
}

func TestJudgeSignatures(t *testing.T) {
	t.Parallel()
	p := loadProgramme(t, "require_signed_approvals: true\n")
	errBad := errors.New("the signature does not match frauke's key")
	tests := []struct {
		name   string
		verify Verifier
		state  State
		reason string
	}{
		{"default check: approver has no key", nil, Invalid, "approval by frauke on 2024-03-05 is not signed validly: approver has no signing_key: \"frauke\" has no signing_key in programme.yaml"},
		{"bad signature", func(*programme.Programme, *content.Post, string) error { return errBad }, Invalid,
			"approval by frauke on 2024-03-05 is not signed validly: the signature does not match frauke's key"},
		{"good signature", func(_ *programme.Programme, _ *content.Post, digest string) error {
			if !strings.HasPrefix(digest, DigestPrefix) {
				return errors.New("no digest given")
			}
			return nil
		}, Published, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			v := Gate{Programme: p, Now: now, Verify: tt.verify}.Judge(approved(t, "2024-03-05", goodReview, ""))
			if v.State != tt.state || v.Reason != tt.reason {
				t.Errorf("verdict %q %q, want %q %q", v.State, v.Reason, tt.state, tt.reason)
			}
		})
	}
}

func TestVerdictProblem(t *testing.T) {
	t.Parallel()
	p := loadProgramme(t, "")
	gate := Gate{Programme: p, Now: now}
	stale := approved(t, "2024-03-05", goodReview, "sha256:00")
	prob, ok := gate.Judge(stale).Problem(stale)
	want := "content/posts/2024-03-05-start.md:8:3: warning: approval by frauke on 2024-03-05 is stale: the text changed since; the post is not published\n" +
		"\thint: a reviewer must approve the current text: tandem review approve content/posts/2024-03-05-start.md --by <reviewer>"
	if !ok || prob.Error() != want || prob.Code != "approval-stale" {
		t.Errorf("Problem =\n%s (%s)\nwant\n%s", prob.Error(), prob.Code, want)
	}
	bare := parsePost(t, strings.Replace(basePost, "round: r1", "round: r1\nstatus: approved", 1))
	if prob, ok := gate.Judge(bare).Problem(bare); !ok || prob.Pos.String() != "content/posts/2024-03-05-start.md:6:9" || prob.Code != "approval-invalid" {
		t.Errorf("without a review block the problem is at status: got %s %s", prob.Pos, prob.Code)
	}
	for _, post := range []*content.Post{approved(t, "2024-03-05", goodReview, ""), parsePost(t, basePost)} {
		if _, ok := gate.Judge(post).Problem(post); ok {
			t.Errorf("a published or draft post has nothing to report")
		}
	}
}

// TestAssess: Assess leaves the time out and compares the approval with
// the digest it is given; At it gives Judge's verdict.
func TestAssess(t *testing.T) {
	t.Parallel()
	gate := Gate{Programme: loadProgramme(t, ""), Now: now}
	post := approved(t, "2024-03-11", goodReview, "") // the day after now
	v := gate.Assess(post, Digest(post))
	if v.State != Published || v.Digest != Digest(post) {
		t.Errorf("Assess = %+v, want published whatever the date", v)
	}
	if got, want := v.At(now, post), gate.Judge(post); got.State != want.State || got.Reason != want.Reason || got.Digest != want.Digest || got.State != Scheduled {
		t.Errorf("At now = %+v, want Judge's %+v (scheduled)", got, want)
	}
	if got := v.At(now.AddDate(0, 0, 2), post); got.State != Published {
		t.Errorf("At a later now = %+v, want published", got)
	}
	other := DigestPrefix + strings.Repeat("1", 64)
	if v := gate.Assess(post, other); v.State != Stale || v.Digest != other || v.At(now, post).State != v.State || v.At(now, post).Reason != v.Reason {
		t.Errorf("with another digest: %+v, want stale with that digest, at any time", v)
	}
}
