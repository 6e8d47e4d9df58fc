// Package watch tells the dev server which source files an author has just
// saved.
//
// It sits beside the pipeline (load -> validate -> review gate -> model ->
// render -> write), not inside it, and knows nothing of posts or themes:
// cmd/tandem joins it to the build and to the server, rebuilding once per
// Batch and publishing the result so the browser reloads.
//
// A Watcher follows the folders it is given below the site root (content
// and themes by default) recursively with github.com/fsnotify/fsnotify,
// adding folders that appear later and dropping ones that go away. It
// follows no symbolic link, and no folder deeper than the load reads
// (MaxDepth, 32 levels), so a tree of thousands of nested folders costs
// what one 32 deep does. Raw
// events are folded into debounced batches: every burst of events becomes
// one sorted list of slash-separated paths, each marked Changed or Removed
// according to what is on disk when the burst has gone quiet. Editors'
// scratch files (swap files, backups, lock files, atomic-save temporaries)
// and dotfiles are never reported; the file they were saving is, once, so
// a write-temp-then-rename save counts as one change of the target.
//
// The quiet period is short (DefaultDebounce, 2 ms): the events of one
// save come microseconds apart, and the dev server should start its
// rebuild as soon as the save is done, not tens of milliseconds later
// (watchexec waits 50 ms by default; chokidar's awaitWriteFinish waits
// until the size has not changed for 2 s). Instead of a long quiet period for every
// save, a burst that ends in the middle of a save waits for the rest of
// it: one that leaves a file empty waits a little for more (EmptyWait,
// bounded), as an editor that saves in place empties the file before
// writing it, and one that leaves a known file gone waits too (GoneWait,
// bounded), as a safe write moves the old file away before renaming the
// new one onto its name. The dev server so never sees "the post is
// empty" or the post removed in the middle of a save.
package watch
