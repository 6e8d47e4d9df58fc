// Package history reads the review history of a site's posts from git,
// so the review gate can refuse an approval that a later decision
// superseded: a post file reverted to an earlier approved (even signed)
// version must not be published again.
//
// It sits beside the review gate of the pipeline (load -> validate ->
// review gate -> model -> render -> write). The command line starts
// Read beside a build or check; the gate receives the *History as plain
// data and asks Superseding for each approved post. Nothing in the gate
// runs git.
//
// Read runs a few git processes for the whole site, whatever its size:
// rev-parse (is the clone shallow? is there a commit?), rev-list (every
// commit reachable from HEAD, in topological order), one git diff-tree per
// core (at most four, and one per 1,000 commits) over a run of that list
// each, side by side, which
// together show what one `git log --topo-order -z --raw -M --relative`
// would (ParseLog
// reads them; the changes outside content/posts are skipped here, which
// is cheaper than asking git to limit the log to that folder), and one
// `git cat-file --batch` that hands over every version of every post file
// they name, as they name it, so that all of them run side by side. The
// runs' commits are put together in the order of the list before the
// History is made. Each version's review block gives its events: an
// approval (approved_by, approved_at, digest, and each further one of
// the approvals list) or a request for changes
// (changes_requested by, at). Every version is read: whether an old one
// holds a decision later than the current approval is known only from
// its text. A post's lineage is every path git's rename detection links
// to its current one, at any time; an approval is judged by its lineage
// and by the one where it was first recorded, and a removal of a file of
// either after it voids it (identity.go). Events are ordered by the times
// the review commands wrote, which a signature covers for approvals;
// removals by the commits' topological order (rev-list --topo-order).
//
// Git runs with replacements (refs/replace) and grafts turned off, so
// the history is the commits as they were made (see runner.command).
//
// Build and check start the read (Start) before they load the site and
// wait for it (Reading.Wait) only at the review gate; a failed read is an
// error of the run, and a done context kills the git processes.
//
// A read leaves a cache of what it found in the git folder (see
// cache.go), keyed by the commit it read up to, so the next read in the
// same clone runs git only over the commits made since and reads only
// the post versions not read before; after a rebase or a reset to another
// line it starts over. Cache says whether there is one and where: in
// CI without a key there is none; with Cache.Key it is sealed (seal.go)
// and used only when the seal verifies; Cache.Dir keeps it outside the
// clone, for a CI cache step to carry it into the next fresh clone.
//
// Speed (bench/history, 10,000 posts with 3 commits each): without the
// cache (a fresh clone, CI) about 8 s of processor time, 3.5-4 s in
// diff-tree (comparing each commit's trees with its parent's), 1.5-2 s
// in cat-file, 1.7-2.3 s in tandem (most of it the review blocks) and
// 0.3 s in rev-list. On two cores the read is bound by that time, not by
// waiting: 4.7-5 s. The diff costs commits times the size of the folders
// they change (git rebuilds and walks each version of a folder of 1,250
// posts); git log, limited to content/posts or not, costs as much or
// more, and reading the current versions from the work tree saves git
// nothing (bench/README.md has the figures).
// With the cache of HEAD: about 0.05 s of processor time, decoding the
// packed cache and making the History from it (pack.go); one new commit:
// about 0.8 s. A sealed cache in Cache.Dir: about 0.2 s, 0.07 s in tandem
// and 0.11-0.15 s in git naming the repository's root commit for the file
// name.
//
// A shallow clone is an error (ErrShallow): its history is cut off, and
// the missing part may hold the later decision.
package history
