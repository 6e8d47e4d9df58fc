// Package watch reports changed files under a site folder, for tandem
// serve. It sits beside the pipeline and knows nothing of it: cmd/tandem
// hands each Batch to the build (Compiler.Update) and the result to the
// dev server.
//
// It watches folders recursively with fsnotify, adding folders created or
// moved in later, and turns the bursts of events editors cause into one
// Batch per save: a quiet period (Debounce) ends a burst, and a maximum
// wait (MaxWait) flushes a steady stream. Whether a path changed or was
// removed is decided when the batch is flushed, by looking at the file
// system, so an atomic save (write a temporary file, rename it over the
// original) is one change of the original, and the editor's temporary,
// swap and backup files never appear at all.
package watch
