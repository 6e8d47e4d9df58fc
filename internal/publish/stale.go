package publish

import (
	"os"
	"path/filepath"
	"strings"
)

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
	if isStage(stage, manifest{}) {
		_ = removeTree(stage) // best effort: a leftover only costs space
	}
}

// isStage reports whether dir may go as tandem's: it holds tandem's
// staging marker, or an older tandem's output marker (an old output a
// swap moved there), or every file in it is in listed (an output that a
// swap by two renames left in its place when it was killed between
// them), or it holds no file at all (a build killed before it marked its
// staging folder): nothing in it can be anyone else's.
func isStage(dir string, listed manifest) bool {
	if isRegular(filepath.Join(dir, StagingMarker)) || isRegular(filepath.Join(dir, Marker)) {
		return true
	}
	files, err := listTree(dir)
	return err == nil && len(notListed(files, listed)) == 0
}

// removeStale removes what earlier builds of dest left when they did not
// finish (killed, or the machine went down): staging folders and new
// manifests not yet moved into place. The caller holds the lock of dest,
// so no running build owns them. Only names made exactly as Stage makes
// them are touched, and of the folders only those that are tandem's (see
// isStage, with listed the manifest of dest): a folder of the same name
// that someone else made is left alone.
func removeStale(parent, base string, listed manifest) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	prefix := stagingPrefix(base)
	manifest := filepath.Base(ManifestFile(filepath.Join(parent, base))) + "-"
	for _, e := range entries {
		if rest, ok := strings.CutPrefix(e.Name(), manifest); ok && e.Type().IsRegular() && digits(rest) {
			_ = os.Remove(filepath.Join(parent, e.Name()))
			continue
		}
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if ok && e.IsDir() && digits(strings.TrimSuffix(rest, ".old")) {
			if dir := filepath.Join(parent, e.Name()); isStage(dir, listed) {
				_ = removeTree(dir)
			}
		}
	}
}

// digits reports whether s is one or more decimal digits.
func digits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }
