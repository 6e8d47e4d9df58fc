package publish

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Marker is the file tandem leaves in every output folder it writes. A
// folder without it is never cleaned or replaced, so a mistyped -d cannot
// wipe someone's files.
const Marker = ".tandem-output"

const markerText = "This folder is written by tandem and replaced on every build.\n"

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
// as Stage names them, and holding tandem's marker, are touched: a
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
