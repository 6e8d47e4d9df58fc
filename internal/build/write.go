package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
// While another build holds dest's lock (LockFile), it returns a
// *BusyError at once, writing nothing (see TakeTurns); staging folders
// left by a build that was killed are removed.
// dest is a real path (see OutputFolder, which follows a link the user
// named): a folder that has become a symbolic link, or passes through
// one, is refused.
func Write(dest string, site fs.FS, c *Compiled) (Stats, error) {
	var st Stats
	err := staged(dest, func(w *stageWriter) error {
		err := writeOutputs(w, c.Result.Outputs)
		if err == nil {
			err = writeCopies(context.Background(), w, site, finalCopies(c))
		}
		st = w.stats()
		return err
	})
	return st, err
}

// writeOutputs writes generated files, one worker per core.
func writeOutputs(w *stageWriter, outputs []render.Output) error {
	errs := make([]error, len(outputs))
	workers.ForEach(len(outputs), func(i int) { errs[i] = w.write(outputs[i].Path, outputs[i].Data) })
	return errors.Join(errs...)
}

// writeCopies copies files as they are, one worker per core; a copy
// without From comes from the site. Once ctx is done it copies no more
// and returns ctx's error.
func writeCopies(ctx context.Context, w *stageWriter, site fs.FS, copies []render.Copy) error {
	errs := make([]error, len(copies))
	if err := workers.ForEachContext(ctx, len(copies), func(i int) {
		data, err := readCopy(site, copies[i])
		if err == nil {
			err = w.write(copies[i].Path, data)
		}
		errs[i] = err
	}); err != nil {
		return err
	}
	return errors.Join(errs...)
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
	return foreignEntries(f, dest)
}

// foreignEntries refuses an output folder holding an entry tandem never
// writes: a name starting with "." other than its own (.tandem-…), such as the
// .git of a clone made in the output folder to publish it. Replacing the
// folder would delete it.
func foreignEntries(f *os.File, dest string) error {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	names, err := f.Readdirnames(-1)
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, name := range names {
		if strings.HasPrefix(name, ".") && !strings.HasPrefix(name, ".tandem-") {
			return fmt.Errorf("%s holds %s, which tandem did not write; replacing the folder would delete it, so tandem will not; "+
				"move %s out of the folder (publish from a copy of the output), or choose another destination with -d", dest, name, name)
		}
	}
	return nil
}

// stagingPrefix is the start of the name of dest's staging folders; the
// rest is random digits (see os.MkdirTemp).
func stagingPrefix(dest string) string { return "." + filepath.Base(dest) + ".staging-" }

// StagingMarker is the file tandem puts in a staging folder while it
// owns it; it is removed just before the folder is swapped in, so the
// published site never holds it.
const StagingMarker = ".tandem-staging"

// markStage makes the new folder stage readable and marks it as
// tandem's.
func markStage(stage string) error {
	if err := os.Chmod(stage, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(stage, StagingMarker), []byte(markerText), 0o644)
}

// removeStage removes a staging folder tandem made, unless it is no
// longer marked as tandem's.
func removeStage(stage string) {
	if isStage(stage) {
		_ = removeTree(stage) // best effort: a leftover only costs space
	}
}

// isStage reports whether dir holds tandem's staging marker, or is an
// old output (with its marker) that a swap moved there.
func isStage(dir string) bool {
	for _, name := range []string{StagingMarker, Marker} {
		if info, err := os.Lstat(filepath.Join(dir, name)); err == nil && info.Mode().IsRegular() {
			return true
		}
	}
	return false
}

// removeStale removes the staging folders of earlier builds of dest that
// did not finish (killed, or the machine went down). The caller holds the
// lock of dest, so no running build owns them. Only folders named exactly
// as Write names them, and holding tandem's marker, are touched: a
// folder of the same name that someone else made is left alone.
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
			removeStage(filepath.Join(parent, e.Name()))
		}
	}
}
