package watch

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// loop turns events into batches until Close.
func (w *Watcher) loop() {
	defer w.wg.Done()
	defer close(w.batches)
	defer close(w.errs)
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	var deadline <-chan time.Time
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if w.handle(ev) {
				if w.first.IsZero() {
					w.first = time.Now()
					deadline = time.After(w.cfg.maxWait)
				}
				quiet.Reset(w.cfg.debounce)
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.over = true
				if w.first.IsZero() {
					w.first = time.Now()
				}
				quiet.Reset(w.cfg.debounce)
			}
			w.report(err)
		case <-quiet.C:
			w.flush()
			deadline = nil
		case <-deadline:
			quiet.Stop()
			w.flush()
			deadline = nil
		}
	}
}

// handle records one event; it reports whether the event matters.
func (w *Watcher) handle(ev fsnotify.Event) bool {
	rel := w.rel(ev.Name)
	if !w.relevant(rel) {
		return false
	}
	switch {
	case ev.Has(fsnotify.Create):
		if isDir, ok := exists(ev.Name); ok && isDir {
			if err := w.addTree(rel, true); err != nil {
				w.report(err)
			}
			return true
		}
		w.mark(rel)
	case ev.Has(fsnotify.Write):
		w.mark(rel)
	case ev.Has(fsnotify.Remove), ev.Has(fsnotify.Rename):
		w.mark(rel)
		if w.dirs[rel] {
			w.forgetDir(rel)
		}
	default:
		return false // Chmod: attributes only
	}
	return true
}

// mark records rel as touched in the current burst.
func (w *Watcher) mark(rel string) { w.pending[rel] = true }

// forgetDir drops a removed folder and reports the files it held.
func (w *Watcher) forgetDir(rel string) {
	for d := range w.dirs {
		if d == rel || strings.HasPrefix(d, rel+"/") {
			delete(w.dirs, d)
			_ = w.fsw.Remove(filepath.Join(w.root, filepath.FromSlash(d)))
		}
	}
	for f := range w.files {
		if strings.HasPrefix(f, rel+"/") {
			w.mark(f)
		}
	}
}

// flush decides each touched path's fate from the file system and sends
// the batch.
func (w *Watcher) flush() {
	if len(w.pending) == 0 && !w.over {
		w.first = time.Time{}
		return
	}
	b := Batch{First: w.first, Overflow: w.over}
	for _, rel := range sorted(w.pending) {
		isDir, ok := exists(filepath.Join(w.root, filepath.FromSlash(rel)))
		switch {
		case ok && isDir:
			if !w.dirs[rel] {
				if err := w.addTree(rel, false); err != nil {
					w.report(err)
				}
			}
			b.Changes = append(b.Changes, Change{Path: rel, Op: Changed})
		case ok:
			w.files[rel] = true
			b.Changes = append(b.Changes, Change{Path: rel, Op: Changed})
		default:
			if w.files[rel] || w.dirs[rel] {
				b.Changes = append(b.Changes, Change{Path: rel, Op: Removed})
			}
			delete(w.files, rel)
		}
	}
	w.pending, w.first, w.over = map[string]bool{}, time.Time{}, false
	if len(b.Changes) == 0 && !b.Overflow {
		return // only short-lived files came and went
	}
	select {
	case w.batches <- b:
	case <-w.done:
	}
}

// report passes an error on without blocking the loop.
func (w *Watcher) report(err error) {
	select {
	case w.errs <- err:
	default:
	}
}
