// Package review is the publishing gate of the tandem pipeline: it comes
// after load and validate and before the site model, and decides for
// every post whether it may be published.
//
// A post is published only when its front matter says status: approved,
// its review block names a reviewer from programme.yaml, the digest in
// that block matches the text the reader will see (Digest), and its date
// has come. Anything else keeps the post out of a production build; the
// preview build shows it with a banner explaining its state.
//
// The package also edits front matter for the review commands (submit,
// approve, reject), in place and atomically.
package review
