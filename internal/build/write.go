package build

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Marker is the file tandem leaves in every output folder it writes. A
// folder without it is never cleaned or replaced, so a mistyped -d cannot
// wipe someone's files.
const Marker = ".tandem-output"

const markerText = "This folder is written by tandem and replaced on every build.\n"

// Stats count what Write wrote.
type Stats struct {
	Pages int // HTML pages
	Files int // all files
	Bytes int64
}

// Write stages the compiled site in a new folder beside dest and swaps it
// in. On any error the staging folder is removed and dest is untouched.
// Builds writing beside the same folder take turns (a lock on the parent
// folder), and staging folders left by a build that was killed are
// removed.
// When dest is a symbolic link, the folder it points to is replaced and
// the link stays.
func Write(dest string, site fs.FS, c *Compiled) (Stats, error) {
	var st Stats
	dest = followLink(dest)
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return st, err
	}
	unlock, locked := lockFolder(parent)
	defer unlock()
	if err := checkReplaceable(dest); err != nil {
		return st, err
	}
	if locked {
		removeStale(parent, filepath.Base(dest))
	}
	stage, err := os.MkdirTemp(parent, stagingPrefix(dest))
	if err != nil {
		return st, fmt.Errorf("cannot create the staging folder: %w", err)
	}
	defer os.RemoveAll(stage) // after a successful swap this is the old output
	if st, err = writeAll(stage, site, c); err != nil {
		return st, err
	}
	if err := swap(stage, dest); err != nil {
		return st, fmt.Errorf("cannot move the new output into place: %w", err)
	}
	return st, nil
}

// writeAll writes every file below stage through an os.Root, so no path
// can leave it. Folders are made once, then files are written by one
// worker per core.
func writeAll(stage string, site fs.FS, c *Compiled) (Stats, error) {
	var st Stats
	if err := os.Chmod(stage, 0o755); err != nil {
		return st, err
	}
	root, err := os.OpenRoot(stage)
	if err != nil {
		return st, err
	}
	defer root.Close()
	copies := finalCopies(c)
	names := make([]string, 0, len(c.Result.Outputs)+len(copies))
	for _, o := range c.Result.Outputs {
		names = append(names, o.Path)
	}
	for _, cp := range copies {
		names = append(names, cp.Path)
	}
	if err := makeDirs(root, names); err != nil {
		return st, err
	}
	if err := root.WriteFile(Marker, []byte(markerText), 0o644); err != nil {
		return st, err
	}
	jobs := make([]func() ([]byte, error), 0, len(names))
	for _, o := range c.Result.Outputs {
		jobs = append(jobs, func() ([]byte, error) { return o.Data, nil })
	}
	for _, cp := range copies {
		from := cp.From
		if from == nil {
			from = site
		}
		jobs = append(jobs, func() ([]byte, error) { return fs.ReadFile(from, cp.Name) })
	}
	sizes, err := parallel(len(jobs), func(i int) (int, error) {
		data, err := jobs[i]()
		if err != nil {
			return 0, err
		}
		return len(data), root.WriteFile(names[i], data, 0o644)
	})
	for i, n := range sizes {
		st.Files++
		st.Bytes += int64(n)
		if strings.HasSuffix(names[i], ".html") {
			st.Pages++
		}
	}
	return st, err
}

// makeDirs creates every folder the files need, each once.
func makeDirs(root *os.Root, names []string) error {
	made := map[string]bool{".": true}
	for _, name := range names {
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("refusing to write %q outside the output folder", name)
		}
		var missing []string
		for dir := path.Dir(name); !made[dir]; dir = path.Dir(dir) {
			missing = append(missing, dir)
			made[dir] = true
		}
		for i := len(missing) - 1; i >= 0; i-- {
			if err := root.Mkdir(missing[i], 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
				return err
			}
		}
	}
	return nil
}

// parallel runs do(0..n-1) on one goroutine per core and returns the
// results and the errors joined.
func parallel(n int, do func(i int) (int, error)) ([]int, error) {
	out := make([]int, n)
	errs := make([]error, n)
	workers.ForEach(n, func(i int) { out[i], errs[i] = do(i) })
	return out, errors.Join(errs...)
}

// finalCopies merges theme assets, bundle files and static files; a
// static file replaces a theme asset at the same path.
func finalCopies(c *Compiled) []render.Copy {
	static := map[string]bool{}
	for _, s := range c.Static {
		static[s.Path] = true
	}
	var out []render.Copy
	for _, cp := range c.Result.Copies {
		if !static[cp.Path] {
			out = append(out, cp)
		}
	}
	return append(out, c.Static...)
}

// checkReplaceable refuses a destination that exists, is not empty and
// was not written by tandem.
func checkReplaceable(dest string) error {
	f, err := os.Open(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if info, err := f.Stat(); err == nil && !info.IsDir() {
		f.Close()
		return fmt.Errorf("%s is a file, not a folder; choose a folder with -d", dest)
	}
	defer f.Close()
	if _, err := f.Readdirnames(1); errors.Is(err, io.EOF) {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		return fmt.Errorf("%s holds files tandem did not write (no %s file), so tandem will not replace it; choose another destination with -d or empty the folder", dest, Marker)
	}
	return nil
}

// stagingPrefix is the start of the name of dest's staging folders; the
// rest is random digits (see os.MkdirTemp).
func stagingPrefix(dest string) string { return "." + filepath.Base(dest) + ".staging-" }

// removeStale removes the staging folders of earlier builds of dest that
// did not finish (killed, or the machine went down). The caller holds the
// folder lock, so no running build owns them. Only folders named exactly
// as Write names them are touched.
func removeStale(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := stagingPrefix(base)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		rest = strings.TrimSuffix(rest, ".old")
		if ok && e.IsDir() && rest != "" && strings.Trim(rest, "0123456789") == "" {
			_ = os.RemoveAll(filepath.Join(parent, e.Name())) // best effort: a leftover only costs space
		}
	}
}
