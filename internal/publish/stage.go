package publish

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
)

// Stage runs fill on a new staging folder beside dest and swaps the
// folder in when fill succeeds, recording what it wrote in dest's
// manifest (ManifestFile). On any error the staging folder is removed
// and dest is untouched. A dest holding files tandem did not write is
// refused before fill runs (see checkReplaceable). While another build holds dest's lock
// (LockFile), it returns a *BusyError without writing; staging folders
// left by a build that was killed are removed. dest is a real path (see
// OutputFolder): one that has become a symbolic link, or passes through
// one, is refused.
func Stage(dest string, fill func(w *Writer) error) error {
	if err := stillReal(dest); err != nil {
		return err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	unlock, locked, err := lockOutput(dest)
	if err != nil {
		return err
	}
	defer unlock()
	old, err := checkReplaceable(dest)
	if err != nil {
		return err
	}
	if locked {
		listed, _, _ := readManifest(dest)
		removeStale(parent, filepath.Base(dest), listed)
	}
	stage, err := os.MkdirTemp(parent, stagingPrefix(dest))
	if err != nil {
		return diag.Fail(diag.T("cannot create the staging folder: %v", err), err)
	}
	defer removeStage(stage) // after a successful swap this is the old output
	if err := markStage(stage); err != nil {
		return err
	}
	dir, err := folder.Open(stage)
	if err != nil {
		return err
	}
	defer dir.Close()
	w := &Writer{dir: dir, made: map[string]*made{}}
	if err := fill(w); err != nil {
		return err
	}
	written := w.written()
	// Until the swap is done the folder may hold the old files or the new:
	// the manifest lists both, so a build after a crash knows them all.
	if err := writeManifest(dest, union(old, written)); err != nil {
		return err
	}
	if err := dir.Root().Remove(StagingMarker); err != nil {
		return err
	}
	if err := swap(stage, dest); err != nil {
		return diag.Fail(diag.T("cannot move the new output into place: %v", err), err)
	}
	_ = markStage(stage) // the old output, now in the staging folder, goes next
	// Best effort: should this fail, the manifest lists more than the
	// folder holds, never less, which is still true of it.
	_ = writeManifest(dest, written)
	return nil
}

// Writer writes files into a staging folder (a folder.Folder, so no
// path can leave it). It is safe for concurrent use: it makes each folder
// once, when the first file needs it, and counts what it wrote.
type Writer struct {
	dir  *folder.Folder
	mu   sync.Mutex
	made map[string]*made

	names []string // what Write wrote, guarded by mu

	pages, files, bytes atomic.Int64
}

// made is a folder of the staging folder, made once.
type made struct {
	once sync.Once
	err  error
}

// Write writes one file, name being slash-separated and relative to the
// output folder, making its folders first.
func (w *Writer) Write(name string, data []byte) error {
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		return diag.Fail(diag.T("refusing to write %q outside the output folder", name))
	}
	if err := w.mkdir(path.Dir(name)); err != nil {
		return err
	}
	if err := w.dir.WriteFile(name, data); err != nil {
		return err
	}
	w.mu.Lock()
	w.names = append(w.names, name)
	w.mu.Unlock()
	w.files.Add(1)
	w.bytes.Add(int64(len(data)))
	if strings.HasSuffix(name, ".html") {
		w.pages.Add(1)
	}
	return nil
}

// mkdir makes dir and the folders above it, each exactly once however
// many goroutines ask; only the goroutines that need the same folder
// wait for each other.
func (w *Writer) mkdir(dir string) error {
	if dir == "." {
		return nil
	}
	w.mu.Lock()
	f := w.made[dir]
	if f == nil {
		f = &made{}
		w.made[dir] = f
	}
	w.mu.Unlock()
	f.once.Do(func() {
		if f.err = w.mkdir(path.Dir(dir)); f.err == nil {
			f.err = w.dir.Mkdir(dir)
		}
	})
	return f.err
}

// Stats says what the writer wrote so far.
func (w *Writer) Stats() Stats {
	return Stats{Pages: int(w.pages.Load()), Files: int(w.files.Load()), Bytes: w.bytes.Load()}
}

// written returns the paths Write wrote, sorted.
func (w *Writer) written() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return union(w.names, nil)
}
