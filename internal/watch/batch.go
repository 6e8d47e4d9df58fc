package watch

import (
	"slices"
	"strings"
	"time"
)

// Op says what became of a file by the end of a burst of events.
type Op uint8

// The outcomes a Change can report.
const (
	// Changed means the file exists and may differ from the last build:
	// it was created, written, replaced by a rename, or moved in.
	Changed Op = iota + 1
	// Removed means a file that existed before is gone: deleted, moved
	// away, or inside a folder that was.
	Removed
)

// String returns "changed" or "removed".
func (o Op) String() string {
	switch o {
	case Changed:
		return "changed"
	case Removed:
		return "removed"
	}
	return "unknown"
}

// Change is one file in a Batch.
type Change struct {
	// Path is relative to the watcher's root and slash-separated.
	Path string
	// Op is Changed or Removed.
	Op Op
}

// Batch is one debounced burst of changes, ready for one rebuild.
type Batch struct {
	// Changes lists each changed file once, sorted by Path.
	Changes []Change
	// Overflow means events were lost (the kernel's queue overflowed):
	// Changes may be incomplete and the caller should rebuild everything.
	Overflow bool
	// FirstEvent is when the watcher received the first event of the
	// burst, for measuring how long a save takes to reach the browser.
	FirstEvent time.Time
}

// Paths returns the paths of the changes, in order.
func (b Batch) Paths() []string {
	paths := make([]string, len(b.Changes))
	for i, c := range b.Changes {
		paths[i] = c.Path
	}
	return paths
}

// merge folds a later batch into b, for when the caller has not yet taken
// b: the later outcome of a path wins, the earlier first event is kept.
func (b Batch) merge(later Batch) Batch {
	byPath := make(map[string]Op, len(b.Changes)+len(later.Changes))
	for _, c := range b.Changes {
		byPath[c.Path] = c.Op
	}
	for _, c := range later.Changes {
		byPath[c.Path] = c.Op
	}
	first := b.FirstEvent
	if later.FirstEvent.Before(first) {
		first = later.FirstEvent
	}
	return Batch{Changes: sortedChanges(byPath), Overflow: b.Overflow || later.Overflow, FirstEvent: first}
}

// sortedChanges turns a path-to-outcome map into Changes sorted by path.
func sortedChanges(byPath map[string]Op) []Change {
	changes := make([]Change, 0, len(byPath))
	for p, op := range byPath {
		changes = append(changes, Change{Path: p, Op: op})
	}
	slices.SortFunc(changes, func(a, b Change) int { return strings.Compare(a.Path, b.Path) })
	return changes
}

// burst collects the paths touched since the last flush.
type burst struct {
	paths    map[string]struct{}
	first    time.Time
	last     time.Time
	overflow bool
}

// touch records that rel changed at now.
func (b *burst) touch(rel string, now time.Time) {
	if b.paths == nil {
		b.paths = make(map[string]struct{})
	}
	b.start(now)
	b.paths[rel] = struct{}{}
}

// start notes an event at now, opening the burst if it is the first.
func (b *burst) start(now time.Time) {
	if b.first.IsZero() {
		b.first = now
	}
	b.last = now
}

// active reports whether anything has happened since the last flush.
func (b *burst) active() bool { return !b.first.IsZero() }

// due returns when the burst should be flushed: after debounce of quiet,
// but no later than maxWait after its first event.
func (b *burst) due(debounce, maxWait time.Duration) time.Time {
	quiet := b.last.Add(debounce)
	if limit := b.first.Add(maxWait); limit.Before(quiet) {
		return limit
	}
	return quiet
}
