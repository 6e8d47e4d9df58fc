package watch

import (
	"errors"
	"io/fs"
	"time"

	"github.com/fsnotify/fsnotify"
)

// maxQueuedErrors bounds the errors kept for a caller who does not read
// Errors.
const maxQueuedErrors = 32

// loop is the state of the watcher's one goroutine, which owns it all.
type loop struct {
	cfg        config
	tree       *tree
	events     <-chan fsnotify.Event
	notifyErrs <-chan error
	batches    chan<- Batch
	errs       chan<- error

	burst burst
	ready *Batch  // flushed, not yet taken by the caller
	queue []error // not yet taken by the caller
	timer *time.Timer
}

// run handles events until stop is closed, then closes the outputs.
func (l *loop) run(stop <-chan struct{}) {
	defer close(l.errs)
	defer close(l.batches)
	l.timer = time.NewTimer(time.Hour)
	l.timer.Stop()
	defer l.timer.Stop()
	for {
		var out chan<- Batch
		var next Batch
		if l.ready != nil {
			out, next = l.batches, *l.ready
		}
		var errOut chan<- error
		var nextErr error
		if len(l.queue) > 0 {
			errOut, nextErr = l.errs, l.queue[0]
		}
		select {
		case <-stop:
			return
		case ev, ok := <-l.events:
			if !ok {
				return
			}
			l.handle(ev, time.Now())
		case err, ok := <-l.notifyErrs:
			if !ok {
				return
			}
			l.failed(err, time.Now())
		case <-l.timer.C:
			l.flush(time.Now())
		case out <- next:
			l.ready = nil
		case errOut <- nextErr:
			l.queue = l.queue[1:]
		}
	}
}

// handle records one fsnotify event received at now.
func (l *loop) handle(ev fsnotify.Event, now time.Time) {
	t := l.tree
	rel, ok := t.rel(ev.Name)
	if !ok || rel == "." || !t.relevant(rel) {
		return
	}
	touch := func(p string) { l.burst.touch(p, now) }
	switch {
	case ev.Has(fsnotify.Create):
		l.created(rel, touch)
	case ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename):
		if t.dirs[rel] {
			t.detach(rel, touch)
		} else if t.inScope(rel) {
			touch(rel)
		}
	case ev.Has(fsnotify.Write) || ev.Has(fsnotify.Chmod):
		if t.inScope(rel) && !t.dirs[rel] {
			touch(rel)
		}
	}
	l.schedule()
}

// created handles a new path: a folder (made, or moved in) is watched and
// its files reported; a file is reported.
func (l *loop) created(rel string, touch func(string)) {
	info, err := fs.Lstat(l.tree.fsys, rel)
	if err == nil && info.IsDir() {
		l.report(l.tree.attach(rel, touch))
		return
	}
	if l.tree.inScope(rel) {
		touch(rel) // settle decides, even if it is already gone
	}
}

// failed handles an error from fsnotify. After an overflow nothing is
// known for sure: every folder is listed and watched afresh and every
// file, known or found, is reported, with the batch marked Overflow.
func (l *loop) failed(err error, now time.Time) {
	l.report(err)
	if !errors.Is(err, fsnotify.ErrEventOverflow) {
		return
	}
	touch := func(p string) { l.burst.touch(p, now) }
	l.burst.start(now)
	l.burst.overflow = true
	l.tree.detach(".", touch)
	l.report(l.tree.attach(".", touch))
	l.schedule()
}

// report queues err for the caller, if there is one and there is room.
func (l *loop) report(err error) {
	if err != nil && len(l.queue) < maxQueuedErrors {
		l.queue = append(l.queue, err)
	}
}

// schedule sets the timer for the current burst, if there is one.
func (l *loop) schedule() {
	if l.burst.active() {
		l.timer.Reset(time.Until(l.burst.due(l.cfg.debounce, l.cfg.maxWait)))
	}
}

// flush settles the burst into a Batch and readies it for the caller,
// merging it into one the caller has not taken yet; a burst that left a
// file empty or gone may wait a little longer first (hold).
func (l *loop) flush(now time.Time) {
	if l.hold(now) {
		return
	}
	b := l.burst
	l.burst = burst{}
	byPath := make(map[string]Op, len(b.paths))
	for p := range b.paths {
		if op, ok := l.tree.settle(p); ok {
			byPath[p] = op
		}
	}
	if len(byPath) == 0 && !b.overflow {
		return
	}
	batch := Batch{Changes: sortedChanges(byPath), Overflow: b.overflow, FirstEvent: b.first}
	if l.ready != nil {
		batch = l.ready.merge(batch)
	}
	l.ready = &batch
}

// hold keeps a burst that looks like a save half done for another
// debounce period, and reports whether it did. A file left empty waits
// up to the empty wait after the burst's first event: an editor that
// saves in place empties the file, then writes it, and a burst that ends
// between the two would report a post with no text. A known file left
// gone waits up to the gone wait: an editor's safe write moves the file
// away, then renames its new version onto it, and a burst that ends
// between the two would remove the post. So the debounce can be short
// (a save that leaves the file whole is reported at once) without
// reporting the middle of a save; a file still empty or gone when its
// wait is over is reported as it is.
func (l *loop) hold(now time.Time) bool {
	if !l.burst.active() {
		return false
	}
	since := now.Sub(l.burst.first)
	if since >= max(l.cfg.emptyWait, l.cfg.goneWait) {
		return false
	}
	for p := range l.burst.paths {
		info, err := fs.Lstat(l.tree.fsys, p)
		empty := err == nil && info.Mode().IsRegular() && info.Size() == 0
		gone := errors.Is(err, fs.ErrNotExist) && l.tree.known[p]
		if empty && since < l.cfg.emptyWait || gone && since < l.cfg.goneWait {
			l.timer.Reset(l.cfg.debounce)
			return true
		}
	}
	return false
}
