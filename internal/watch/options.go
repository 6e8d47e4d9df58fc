package watch

import (
	"strings"
	"time"
)

// Option configures a Watcher.
type Option func(*config)

type config struct {
	paths    []string
	debounce time.Duration
	maxWait  time.Duration
	ignore   func(rel string) bool
}

func defaults() config {
	return config{paths: []string{"content", "themes"}, debounce: 10 * time.Millisecond, maxWait: 200 * time.Millisecond}
}

// Paths sets the folders below the root to watch (default "content" and
// "themes").
func Paths(paths ...string) Option { return func(c *config) { c.paths = paths } }

// Debounce sets the quiet time that ends a burst (default 10 ms).
func Debounce(d time.Duration) Option { return func(c *config) { c.debounce = d } }

// MaxWait bounds how long a steady stream of events is held back
// (default 200 ms).
func MaxWait(d time.Duration) Option { return func(c *config) { c.maxWait = d } }

// Ignore adds a rule: paths (relative, "/"-separated) for which it
// returns true are never reported.
func Ignore(f func(rel string) bool) Option { return func(c *config) { c.ignore = f } }

// ignored reports the scratch files editors and tools leave: dotfiles
// (vim's .swp, emacs' .#locks, gedit's .goutputstream-*), backups ending
// in "~", vim's "4913" probe, emacs' "#autosave#", JetBrains'
// "___jb_tmp___" and "___jb_old___", and "*.tmp".
func (c *config) ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || name == "4913" ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".tmp") ||
		(strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")) ||
		strings.Contains(name, "___jb_tmp___") || strings.Contains(name, "___jb_old___")
}
