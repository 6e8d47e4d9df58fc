package watch

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Op says what happened to a path by the end of a burst.
type Op int

const (
	// Changed: the file exists and was created or written.
	Changed Op = iota
	// Removed: the file is gone (deleted, or renamed away).
	Removed
)

// String returns "changed" or "removed".
func (o Op) String() string {
	if o == Removed {
		return "removed"
	}
	return "changed"
}

// Change is one file in a Batch.
type Change struct {
	// Path is relative to the watched root, with "/" separators.
	Path string
	Op   Op
}

// Batch is the files changed in one burst of events.
type Batch struct {
	// Changes are sorted by path, one per path.
	Changes []Change
	// First is when the first event of the burst arrived, to measure
	// the time from a save to the reload.
	First time.Time
	// Overflow is true when the system dropped events: the caller
	// should rebuild everything.
	Overflow bool
}

// Paths returns the paths of the changes.
func (b Batch) Paths() []string {
	out := make([]string, len(b.Changes))
	for i, c := range b.Changes {
		out[i] = c.Path
	}
	return out
}

// Watcher watches a site folder. Create it with New; stop it with Close.
type Watcher struct {
	cfg     config
	root    string
	fsw     *fsnotify.Watcher
	batches chan Batch
	errs    chan error
	done    chan struct{}
	wg      sync.WaitGroup

	// Owned by the loop goroutine:
	dirs    map[string]bool // watched folders, relative
	files   map[string]bool // files known to exist, relative
	pending map[string]bool
	first   time.Time
	over    bool
}

// New starts watching the folders named by Paths below root, recursively.
// Missing folders are picked up when they are created.
func New(root string, opts ...Option) (*Watcher, error) {
	cfg := defaults()
	for _, o := range opts {
		o(&cfg)
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		fsw.Close()
		return nil, err
	}
	w := &Watcher{cfg: cfg, root: abs, fsw: fsw, batches: make(chan Batch, 1), errs: make(chan error, 8),
		done: make(chan struct{}), dirs: map[string]bool{}, files: map[string]bool{}, pending: map[string]bool{}}
	if err := fsw.Add(abs); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, p := range cfg.paths {
		if err := w.addTree(p, false); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fsw.Close()
			return nil, err
		}
	}
	w.wg.Add(1)
	go w.loop()
	return w, nil
}

// Batches delivers one Batch per burst of changes. It is closed by Close.
func (w *Watcher) Batches() <-chan Batch { return w.batches }

// Errors delivers errors of the underlying watcher. It is closed by Close.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching and waits for the watcher's goroutine to end.
func (w *Watcher) Close() error {
	select {
	case <-w.done:
		return nil
	default:
	}
	close(w.done)
	err := w.fsw.Close()
	w.wg.Wait()
	return err
}

// relevant reports whether rel lies in one of the watched paths (or is
// one of them) and is not an editor's scratch file.
func (w *Watcher) relevant(rel string) bool {
	if rel == "." || rel == "" || strings.HasPrefix(rel, "../") {
		return false
	}
	for _, part := range strings.Split(rel, "/") {
		if w.cfg.ignored(part) {
			return false
		}
	}
	if w.cfg.ignore != nil && w.cfg.ignore(rel) {
		return false
	}
	for _, p := range w.cfg.paths {
		if rel == p || strings.HasPrefix(rel, p+"/") {
			return true
		}
	}
	return false
}

// addTree watches folder rel and everything below it. With report, the
// files found are reported as changed (a folder created or moved in).
func (w *Watcher) addTree(rel string, report bool) error {
	return filepath.WalkDir(filepath.Join(w.root, filepath.FromSlash(rel)), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		r := w.rel(p)
		if !w.relevant(r) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := w.fsw.Add(p); err != nil {
				return err
			}
			w.dirs[r] = true
			return nil
		}
		w.files[r] = true
		if report {
			w.mark(r)
		}
		return nil
	})
}

func (w *Watcher) rel(abs string) string {
	r, err := filepath.Rel(w.root, abs)
	if err != nil {
		return ""
	}
	return filepath.ToSlash(r)
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func exists(p string) (isDir, ok bool) {
	info, err := os.Stat(p)
	if err != nil {
		return false, false
	}
	return info.IsDir(), true
}
