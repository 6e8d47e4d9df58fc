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
// same post. Anything else keeps the post out of a production build; the
// preview build shows it with a banner explaining its state.
//
// The package also serves the review commands. Workflow moves a post
// through the states (Submit, Approve, Reject) by editing only the status
// field and the review block of its front matter, line by line, so every
// other byte of the file stays as written; Batch applies one change to
// many files with one programme load and atomic replaces (Replace); Queue
// lists what waits for reviewers.
package review
