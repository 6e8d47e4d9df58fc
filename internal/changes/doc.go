// Package changes shows what changed in a post since a reviewer approved
// it: the prose word by word, the front-matter fields by name and the
// bundle's files as added, removed or changed.
//
// It sits beside the review gate (load -> validate -> review gate ->
// model -> render -> write): the gate says an approval is stale, this
// package says why. Compare takes two validated posts (the approved
// version and the current one) and returns a Diff; Find locates the
// approved version in the site's git history, as internal/history read
// it (one pass for every post asked about), by the digest the approval
// recorded, and reads that version's files from git (Version). Against
// decides which posts are compared (Compared) and returns each post's
// Result; the command line (tandem review diff) prints them with Write; the
// preview's banner and the /review/ dashboard show it too, never a
// production page.
//
// Words uses github.com/sergi/go-diff (a port of diff-match-patch) over
// words rather than characters: each word, run of spaces and punctuation
// mark becomes one symbol, so an edit is shown as whole words deleted and
// inserted. Its time limit is off, so the result never depends on the
// machine's speed; the body's size is bounded by content.MaxPostSize.
package changes
