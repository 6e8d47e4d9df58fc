package publish

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// ManifestFile is the name of the record of what tandem wrote into the
// output folder dest: a file beside it, not in it (the published site
// never holds it), named after it like LockFile. It lists every file of
// the folder that tandem wrote, one slash-separated path a line, sorted.
// A build replaces only a folder whose files are all listed there.
func ManifestFile(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tandem-manifest")
}

// manifestHeader is the first line of a manifest.
const manifestHeader = "# tandem manifest 1: the files tandem wrote into %s; the next build replaces these, and only these\n"

// readManifest reads the manifest of dest: the set of paths tandem wrote
// there, and whether there is a manifest at all.
func readManifest(dest string) (map[string]bool, bool, error) {
	data, err := os.ReadFile(ManifestFile(dest))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	listed := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, `"`) {
			if line, err = strconv.Unquote(line); err != nil {
				return nil, false, fmt.Errorf("%s: a line is not a path: %w", ManifestFile(dest), err)
			}
		}
		listed[line] = true
	}
	return listed, true, sc.Err()
}

// writeManifest replaces dest's manifest with one listing paths, in one
// rename: a reader (or a build after a crash) finds the old list or the
// new one.
func writeManifest(dest string, paths []string) error {
	name := ManifestFile(dest)
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+"-")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, manifestHeader, filepath.Base(dest))
	for _, p := range paths {
		if p == "" || p[0] == '"' || p[0] == '#' || strings.IndexFunc(p, unicode.IsControl) >= 0 {
			p = strconv.Quote(p)
		}
		w.WriteString(p)
		w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("cannot write %s: %w", name, err)
	}
	return nil
}

// union returns the paths in a or b, sorted, each once.
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}

// sortedKeys returns the keys of set, sorted.
func sortedKeys(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
