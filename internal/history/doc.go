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
// `git log -z --raw -M --relative` over every commit reachable from HEAD
// (ParseLog reads it; the changes outside content/posts are skipped
// here, which is cheaper than asking git to limit the log to that
// folder), and one `git cat-file --batch` that hands over every version
// of every post file named in that log, as the log names it, so the two
// run side by side. Each version's review block gives its events: an
// approval (approved_by, approved_at, digest) or a request for changes
// (changes_requested by, at). Every version is read: whether an old one
// holds a decision later than the current approval is known only from
// its text. A post's lineage is every path git's rename detection links
// to its current one, at any time; events are ordered by the times the
// review commands wrote, which a signature covers for approvals.
//
// Speed (bench/history, 10,000 posts with 3 commits each): the log is
// most of the cost; it compares each commit's trees with its parent's
// once.
//
// A shallow clone is an error (ErrShallow): its history is cut off, and
// the missing part may hold the later decision.
package history
