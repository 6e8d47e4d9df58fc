// Package scratch knows the files that editors and operating systems
// leave beside the ones an author writes: backups, swap and lock files,
// autosaves, thumbnail caches. It sits beside the pipeline, below load
// (content skips them in post bundles and content/static/, so they are
// never published) and watch (a save that only touches them starts no
// rebuild). It holds names only and does no I/O.
package scratch
