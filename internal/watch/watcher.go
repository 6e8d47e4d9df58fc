package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/fsnotify/fsnotify"
)

// Watcher reports debounced batches of changed files below a site root.
// Create one with New and stop it with Close.
type Watcher struct {
	notify    *fsnotify.Watcher
	batches   chan Batch
	errs      chan error
	stop      chan struct{}
	exited    chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// New starts watching the paths chosen with Paths (default "content" and
// "themes") below root, recursively. The root itself is watched too, but
// only for watched paths appearing. New fails if root is not a folder, an
// option is invalid, or a folder cannot be watched (for example when the
// system's limit on inotify watches is reached).
func New(root string, opts ...Option) (*Watcher, error) {
	l, notify, err := newLoop(root, opts)
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		notify:  notify,
		batches: make(chan Batch),
		errs:    make(chan error),
		stop:    make(chan struct{}),
		exited:  make(chan struct{}),
	}
	l.batches, l.errs = w.batches, w.errs
	go func() {
		defer close(w.exited)
		l.run(w.stop)
	}()
	return w, nil
}

// newLoop checks the options and root, watches the folders and lists the
// files already there, and returns the loop that is to handle the events,
// not yet running and with no outputs.
func newLoop(root string, opts []Option) (*loop, *fsnotify.Watcher, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, nil, err
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, nil, fmt.Errorf("watch: %w", err)
	}
	if info, err := os.Stat(abs); err != nil {
		return nil, nil, fmt.Errorf("watch: %w", err)
	} else if !info.IsDir() {
		return nil, nil, fmt.Errorf("watch: root %s is not a folder", root)
	}
	notify, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, nil, fmt.Errorf("watch: %w", err)
	}
	t := &tree{
		root: abs, fsys: os.DirFS(abs), scopes: cfg.paths, rules: cfg.ignore, depth: cfg.maxDepth,
		watch: notify, dirs: map[string]bool{}, known: map[string]bool{},
	}
	if err := t.attach(".", func(rel string) { t.known[rel] = true }); err != nil {
		notify.Close()
		return nil, nil, err
	}
	return &loop{cfg: cfg, tree: t, events: notify.Events, notifyErrs: notify.Errors}, notify, nil
}

// Batches delivers one Batch per burst of changes. If the caller is still
// busy with the previous one, later changes are merged into the next
// Batch rather than queued, so there is at most one waiting. The channel
// is closed by Close.
func (w *Watcher) Batches() <-chan Batch { return w.batches }

// Errors delivers problems the watcher met while running: the kernel's
// event queue overflowing (fsnotify.ErrEventOverflow, which also yields a
// Batch with Overflow set) or a new folder that could not be watched. Up
// to a few dozen unread errors are kept; beyond that they are dropped.
// The channel is closed by Close.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops the watcher and waits for its goroutines to finish; Batches
// and Errors are closed. Calling Close again does nothing.
func (w *Watcher) Close() error {
	w.closeOnce.Do(func() {
		close(w.stop)
		<-w.exited
		w.closeErr = w.notify.Close()
	})
	return w.closeErr
}
