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

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// ManifestFile is the name of the record of what tandem wrote into the
// output folder dest: a file beside it, not in it (the published site
// never holds it), named after it like LockFile. After a header line it
// lists every file of the folder that tandem wrote, one slash-separated
// path a line, sorted (a path with a control character in it, or
// starting with " or #, is written as a Go string literal). A build
// replaces only a folder whose files are all listed there.
func ManifestFile(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tandem-manifest")
}

// manifestHeader is the first line of a manifest.
const manifestHeader = "# tandem manifest 1: the files tandem wrote into %s; the next build replaces these, and only these\n"

// manifest is the list of a manifest file: its lines below the header,
// each an encoded path (encodePath), sorted, so that a path is looked up
// by bisection in the text as read. tandem serve looks up the few files
// a save changes without taking the list of a large site apart.
type manifest struct{ text []byte }

// readManifest reads the manifest of dest, and says whether there is one.
func readManifest(dest string) (manifest, bool, error) {
	data, err := os.ReadFile(ManifestFile(dest))
	if errors.Is(err, fs.ErrNotExist) {
		return manifest{}, false, nil
	}
	if err != nil {
		return manifest{}, false, err
	}
	if !bytes.HasPrefix(data, []byte("# tandem manifest 1:")) {
		return manifest{}, false, diag.Fail(diag.T("%s is not a list tandem wrote; delete it, and the folder %s if its files may go", ManifestFile(dest), dest))
	}
	_, text, _ := bytes.Cut(data, []byte("\n"))
	m := manifest{text: text}
	if !sortedLines(text) { // edited by hand: bisection needs order
		lines := m.lines()
		slices.Sort(lines)
		m.text = []byte(strings.Join(lines, "\n") + "\n")
	}
	return m, true, nil
}

// sortedLines reports whether the lines of text are sorted, without an
// empty one (and ending in a line break).
func sortedLines(text []byte) bool {
	var prev []byte
	for len(text) > 0 {
		line, rest, ok := bytes.Cut(text, []byte("\n"))
		if !ok || len(line) == 0 || bytes.Compare(prev, line) > 0 {
			return false
		}
		prev, text = line, rest
	}
	return true
}

// lines returns the manifest's lines, encoded.
func (m manifest) lines() []string {
	lines := strings.Split(strings.TrimSuffix(string(m.text), "\n"), "\n")
	return slices.DeleteFunc(lines, func(l string) bool { return l == "" })
}

// paths returns the paths the manifest lists, in its order.
func (m manifest) paths() []string {
	lines := m.lines()
	for i, l := range lines {
		if strings.HasPrefix(l, `"`) {
			if p, err := strconv.Unquote(l); err == nil {
				lines[i] = p
			}
		}
	}
	return lines
}

// has reports whether the manifest lists the path p.
func (m manifest) has(p string) bool {
	line, text := encodePath(p), m.text
	lo, hi := 0, len(text) // the lines in text[lo:hi] are left; lo is where one starts
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + bytes.LastIndexByte(text[lo:mid], '\n') + 1
		end := bytes.IndexByte(text[start:hi], '\n')
		if end < 0 {
			end = hi
		} else {
			end += start
		}
		switch c := strings.Compare(string(text[start:end]), line); {
		case c == 0:
			return true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// encodePath is how a manifest writes the path p: as it is, or as a Go
// string literal when it holds a control character (a line break, say)
// or starts with a character that has a meaning there.
func encodePath(p string) string {
	if p == "" || p[0] == '"' || p[0] == '#' || strings.IndexFunc(p, unicode.IsControl) >= 0 {
		return strconv.Quote(p)
	}
	return p
}

// writeManifest replaces dest's manifest with one listing paths, in one
// rename: a reader (or a build after a crash) finds the old list or the
// new one.
func writeManifest(dest string, paths []string) error {
	lines := make([]string, len(paths))
	for i, p := range paths {
		lines[i] = encodePath(p)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	name := ManifestFile(dest)
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+"-")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, manifestHeader, filepath.Base(dest))
	for _, l := range lines {
		w.WriteString(l)
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
		return diag.Fail(diag.T("cannot write %s: %v", name, err), err)
	}
	return nil
}

// union returns the paths in a or b, sorted, each once.
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
