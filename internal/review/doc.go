// Package review is the publishing gate of the tandem pipeline: it comes
// after load and validate and before the site model, and decides for
// every post whether it may be published.
//
// A post is published only when its front matter says status: approved,
// its review block names a reviewer from programme.yaml, the digest in
// that block matches the text the reader will see (Digest), and its date
// has come; when signatures are required, a valid signature by the
// approver's key (from an allowed-signers file CI keeps, see Trust, or
// from programme.yaml); and, when the site's git history was read
// (internal/history), no later approval or request for changes of the
// same post; and, when programme.yaml's review_policy asks more for the
// post's kind, further approvals (review.approvals, each its own record
// of the same digest, signed when required) by other reviewers that
// meet every need (policy.go). Anything else keeps the post out of a production build; the
// preview build shows it with a banner explaining its state.
//
// The gate reads and judges; it never writes a file. Approval (what a
// reviewer's signature covers) is here because the gate verifies it, and
// Queue (what waits for reviewers) because it lists verdicts. The commands that
// record a decision in a post file (submit, approve, request changes) are
// internal/approval, which uses the gate's Digest and verdicts; nothing
// here depends on it.
package review
