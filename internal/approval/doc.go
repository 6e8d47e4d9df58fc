// Package approval records reviewers' decisions in post files: the
// commands behind tandem review submit, approve and reject.
//
// It sits beside the pipeline (load -> validate -> review gate -> model
// -> render -> write), after the gate: it asks internal/review for a
// post's verdict and digest, and writes what the gate later reads. The
// gate never writes a file and does not depend on this package.
//
// Workflow moves a post through the states (Submit, Approve, Reject) by
// editing only the status field and the review block of its front
// matter, line by line, so every other byte of the file stays as written,
// and checks that the edited file reads back with the same digest. Batch
// applies one change to many files with one programme load and atomic
// replaces (Replace): a file another editor changed meanwhile is left as
// they wrote it.
package approval
