package history

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// DiffArgs are the arguments of the git diff-tree processes that ParseLog
// reads. Given commit ids on its input, one a line, each shows for every
// one of them (--always, --root) exactly what git log -z --raw -M shows:
// the raw changes against the first parent (blob ids, renames found by
// -M; none for a merge) with NUL-separated fields, paths relative to the
// folder git runs in (and changes outside it left out). A small delta
// base cache is enough for trees read in the log's order, and faster
// than git's default.
func DiffArgs() []string {
	return []string{"-c", "core.deltaBaseCacheLimit=16m", "diff-tree", "--stdin", "--always", "--root", "-r", "-z", "-M",
		"--no-abbrev", "--no-color", "--relative", "--format=%x01%H"}
}

// The history is read in parts of at least minPart commits, at most
// maxParts of them, and no more than there are cores.
const (
	minPart  = 1000
	maxParts = 4
)

// partsFor returns how many git diff-tree processes read n commits.
func partsFor(n int) int {
	return max(1, min(runtime.NumCPU(), maxParts, n/minPart))
}

// split cuts the commits into k runs of nearly the same length, in order.
func split(commits []string, k int) [][]string {
	k = max(1, min(k, len(commits)))
	parts := make([][]string, 0, k)
	for i := range k {
		parts = append(parts, commits[i*len(commits)/k:(i+1)*len(commits)/k])
	}
	return parts
}

// diffParts runs one git diff-tree per part, side by side, and returns
// the commits of all parts in order, each with only the changes of post
// files. want is called, from any of them, with the blob id of each post
// version as soon as it is found.
func (r runner) diffParts(parts [][]string, want func(blob string) error) ([]Commit, error) {
	found := make([][]Commit, len(parts))
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			found[i], errs[i] = r.diff(part, want)
		}()
	}
	wg.Wait()
	for _, err := range errs { // the first part's error first
		if err != nil {
			return nil, err
		}
	}
	return slices.Concat(found...), nil
}

// diff runs git diff-tree over one part, whose commits it must show in
// the order given, each once.
func (r runner) diff(part []string, want func(blob string) error) ([]Commit, error) {
	var found []Commit
	input := strings.NewReader(strings.Join(part, "\n") + "\n")
	err := r.stream(input, func(out io.Reader) error {
		err := ParseLog(out, func(c Commit) error {
			if len(found) == len(part) || c.Hash != part[len(found)] {
				return fmt.Errorf("%w: git diff-tree showed commit %s out of turn", errLog, c.Hash)
			}
			c.Changes = slices.DeleteFunc(c.Changes, func(ch Change) bool { return !isPostFile(ch.Path) && !isPostFile(ch.From) })
			for _, ch := range c.Changes {
				if deleted(ch.Blob) || !isPostFile(ch.Path) { // a rename away from the posts is kept as their removal
					continue
				}
				if err := want(ch.Blob); err != nil {
					return err
				}
			}
			found = append(found, c)
			return nil
		})
		if err == nil && len(found) != len(part) {
			err = fmt.Errorf("%w: git diff-tree showed %d of %d commits", errLog, len(found), len(part))
		}
		return err
	}, DiffArgs()...)
	return found, err
}

// feed hands blob ids to git cat-file --batch, each once, from any
// goroutine.
type feed struct {
	mu   sync.Mutex
	in   io.WriteCloser
	w    *bufio.Writer
	sent map[string]bool
}

// newFeed returns a feed that never asks for the blobs in known.
func newFeed(in io.WriteCloser, known map[string]bool) *feed {
	if known == nil {
		known = map[string]bool{}
	}
	return &feed{in: in, w: bufio.NewWriterSize(in, 64<<10), sent: known}
}

// want asks cat-file for blob unless it was asked before.
func (f *feed) want(blob string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.sent[blob] {
		return nil
	}
	f.sent[blob] = true
	_, err := f.w.WriteString(blob + "\n")
	return err
}

// close ends cat-file's input.
func (f *feed) close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return errors.Join(f.w.Flush(), f.in.Close())
}
