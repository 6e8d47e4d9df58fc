package watch

import (
	"fmt"
	"path"
	"path/filepath"
	"time"
)

// Default settings used when no Option says otherwise.
const (
	// DefaultDebounce is how long a burst must stay quiet before it is
	// delivered as a Batch. It is short: the events of one save come
	// within microseconds of each other, and a burst that ends in the
	// middle of a save (a file left empty or gone) is held back anyway
	// (see EmptyWait and GoneWait), so a save that leaves its file whole
	// is reported almost at once.
	DefaultDebounce = 2 * time.Millisecond
	// DefaultMaxWait is the shortest default maximum wait (see MaxWait):
	// a stream of events, such as a checkout of many files, is delivered
	// in batches this far apart, not one every few debounce periods.
	DefaultMaxWait = 100 * time.Millisecond
	// DefaultMaxDepth is how many folders deep below the root a folder
	// is watched: the load stage reads no deeper below content/
	// (content.MaxDepth), so a change deeper down cannot matter.
	DefaultMaxDepth = 32
	// DefaultEmptyWait is how long after its first event a burst that
	// left a file empty is held back for the rest of an in-place save
	// (see EmptyWait).
	DefaultEmptyWait = 250 * time.Millisecond
	// DefaultGoneWait is how long after its first event a burst that
	// left a known file gone is held back for the rest of a safe write
	// (see GoneWait).
	DefaultGoneWait = 30 * time.Millisecond
	// maxWaitFactor sets the default maximum wait as a multiple of the
	// debounce (when that is longer than DefaultMaxWait), so a constant
	// stream of events still flushes.
	maxWaitFactor = 10
)

// Option changes how New sets up a Watcher.
type Option func(*config)

// config is what the options fill in.
type config struct {
	paths    []string
	debounce time.Duration
	maxWait  time.Duration
	// emptyWait bounds how long a burst that left a file empty waits.
	emptyWait time.Duration
	// goneWait bounds how long a burst that left a known file gone waits.
	goneWait time.Duration
	ignore   []func(rel string) bool
	maxDepth int
}

// Paths names the sub-paths of the root to watch, slash-separated and
// relative to the root (default: "content" and "themes"). Folders are
// watched recursively; a path that does not exist yet is picked up when it
// is created. "." watches the whole root.
func Paths(rel ...string) Option {
	return func(c *config) { c.paths = append([]string(nil), rel...) }
}

// Debounce sets how long events must stay quiet before a Batch is delivered
// (default DefaultDebounce). Unless MaxWait is given, a burst is flushed at
// the latest ten debounce periods or DefaultMaxWait, whichever is longer,
// after its first event.
func Debounce(d time.Duration) Option {
	return func(c *config) { c.debounce = d }
}

// MaxWait sets the longest a burst of events is held back before it is
// delivered even though events keep coming.
func MaxWait(d time.Duration) Option {
	return func(c *config) { c.maxWait = d }
}

// EmptyWait sets how long after its first event a burst that left a
// file empty waits for more events (default DefaultEmptyWait), a debounce
// period at a time: editors that save in place empty the file first, and
// a post with no text is an error. A file still empty then is reported.
// 0 reports empty files at once.
func EmptyWait(d time.Duration) Option {
	return func(c *config) { c.emptyWait = d }
}

// GoneWait sets how long after its first event a burst that left a file
// gone, one that existed before, waits for more events (default
// DefaultGoneWait), a debounce period at a time: editors that save
// safely move the old file away before they rename the new one onto its
// name, and the dev server should not remove the post meanwhile. A file
// still gone then is reported removed. 0 reports it at once.
func GoneWait(d time.Duration) Option {
	return func(c *config) { c.goneWait = d }
}

// Ignore adds a rule: paths (relative to the root, slash-separated) for
// which skip returns true are not reported, and a folder it skips is not
// watched at all. It comes on top of the built-in rules for dotfiles and
// editors' scratch files. Ignore may be given more than once.
func Ignore(skip func(rel string) bool) Option {
	return func(c *config) { c.ignore = append(c.ignore, skip) }
}

// MaxDepth sets how many folders deep below the root a folder is watched
// (default DefaultMaxDepth): "content/posts/a" is 2. A deeper folder, and
// everything in it, is neither watched nor listed, so a tree of thousands
// of nested folders costs no more than one 32 deep.
func MaxDepth(n int) Option {
	return func(c *config) { c.maxDepth = n }
}

// newConfig applies opts over the defaults and checks the result.
func newConfig(opts []Option) (config, error) {
	c := config{paths: []string{"content", "themes"}, debounce: DefaultDebounce, emptyWait: DefaultEmptyWait, goneWait: DefaultGoneWait, maxDepth: DefaultMaxDepth}
	for _, opt := range opts {
		opt(&c)
	}
	if c.debounce <= 0 {
		return c, fmt.Errorf("watch: debounce must be positive, got %v", c.debounce)
	}
	if c.maxWait == 0 {
		c.maxWait = max(DefaultMaxWait, maxWaitFactor*c.debounce)
	}
	if c.maxWait < c.debounce {
		return c, fmt.Errorf("watch: maximum wait %v is shorter than the debounce %v", c.maxWait, c.debounce)
	}
	if c.maxDepth < 1 {
		return c, fmt.Errorf("watch: the maximum depth must be at least 1, got %d", c.maxDepth)
	}
	if len(c.paths) == 0 {
		return c, fmt.Errorf("watch: no paths to watch")
	}
	for i, p := range c.paths {
		if !filepath.IsLocal(filepath.FromSlash(p)) {
			return c, fmt.Errorf("watch: path %q must be relative to the root and stay inside it", p)
		}
		c.paths[i] = path.Clean(p)
	}
	return c, nil
}
