// Package history reads the review history of a site's posts from git,
// so the review gate can refuse an approval that a later decision
// superseded: a post file reverted to an earlier approved (even signed)
// version must not be published again.
//
// It sits beside the review gate of the pipeline (load -> validate ->
// review gate -> model -> render -> write). The command line calls Read
// before a build or check; the gate receives the *History as plain data
// and asks Superseding for each approved post. Nothing in the gate runs
// git.
//
// Read runs three git processes for the whole site, whatever its size:
// rev-parse (is the clone shallow? is there a commit?), one
// `git log -z --raw -M` over content/posts (ParseLog reads it), and one
// `git cat-file --batch` that hands over every version of every post
// file named in that log. Each version's review block gives its events:
// an approval (approved_by, approved_at, digest) or a request for
// changes (changes_requested by, at). A post's lineage is every path
// git's rename detection links to its current one, at any time; events
// are ordered by the times the review commands wrote, which a signature
// covers for approvals.
//
// A shallow clone is an error (ErrShallow): its history is cut off, and
// the missing part may hold the later decision.
package history
