package history

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"strings"
)

// The cache keeps what a read found, so the next read in the same clone
// runs git only over the commits made since (git rev-list HEAD ^<cached>)
// and reads only the post versions not read before. It lives in the git
// folder (git rev-parse --git-path tandem-history), or in Cache.Dir
// (cacheName), one file, and is
// keyed by commit id: what it holds is the history of that commit (every
// commit reachable from it), which no later change can alter. It is used
// only when its commit is HEAD or an ancestor of HEAD (not after a
// rebase or a reset to another line), when it was made for the same site
// folder in the work tree, and by the same version of this format; else
// the read starts over and replaces it. A cache that cannot be read or
// written is left aside: the read costs what it cost without one.
//
// The unsealed cache trusts the git folder as the history itself does:
// whoever can write it can also rewrite the history. A CI runner that
// reuses its build folder, or a cache step that restores a file another
// branch's job saved, breaks that trust, so CI uses a cache only sealed
// with a key the CI keeps (Cache.Key, seal.go): whoever lacks the key
// cannot make a cache that is used.

// cacheVersion names the format of the cache and of the decisions in it;
// change it whenever either changes (a field, what decisions reads).
const cacheVersion = "tandem-history-4"

// cached is the content of the cache file, packed (pack.go).
type cached struct {
	Version string
	// Prefix is the site folder's path in the work tree (runner.prefix).
	Prefix string
	// Head is the commit whose history this is.
	Head string
	// Commits are the ids of the commits reachable from Head, in git
	// log's order (newer reads put theirs in front).
	Commits []string
	// Paths are the post files' paths the steps name; Blobs the ids of
	// the post versions read, in byte order.
	Paths, Blobs []string
	// Steps are the changes of post files, in log order.
	Steps []step
	// Decided holds the decisions of every post version read that has
	// any, in the order of Blobs.
	Decided []decided
}

// locate finds the site folder's path in the work tree top and the
// cache file's path: in the git folder, or in c.Dir when set; none
// unless c.Use, and none in a c.Dir inside the work tree without c.Key
// (inWorkTree).
func (r *runner) locate(c Cache, top, head string) error {
	if !c.Use || c.Key == nil && c.Dir != "" && inWorkTree(top, c.Dir) {
		return nil // no cache
	}
	out, err := r.output("rev-parse", "--show-prefix", "--git-path", "tandem-history")
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n") // the top folder's prefix is ""
	if len(lines) != 2 || lines[1] == "" {
		return nil // no cache
	}
	r.prefix, r.cache, r.key = lines[0], lines[1], c.Key
	switch {
	case c.Dir != "":
		r.cache = r.cachePath(c.Dir, head)
	case !filepath.IsAbs(r.cache):
		r.cache = filepath.Join(r.dir, r.cache)
	}
	return nil
}

// inWorkTree reports whether dir is top or lies below it. An unsealed
// cache there is not used: a commit can put a file into any folder of
// the work tree, and a planted cache that leaves out a later decision
// would let a replayed approval through. The git folder, where the cache
// lives without Cache.Dir, is not in any commit.
func inWorkTree(top, dir string) bool {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return true // cannot tell: no cache
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	if real, err := filepath.EvalSymlinks(top); err == nil {
		top = real
	}
	rel, err := filepath.Rel(top, abs)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// loadCache returns the cache when it holds the history of head or of an
// ancestor of head, for this site folder; else nil.
func (r runner) loadCache(head string) *cached {
	if r.cache == "" {
		return nil
	}
	data, err := os.ReadFile(r.cache)
	if err != nil {
		return nil
	}
	if r.key != nil {
		if data, err = unseal(r.key, data); err != nil {
			return nil // unsealed, or sealed with another key: start over
		}
	}
	c := decodeCache(data)
	if c == nil || c.Prefix != r.prefix {
		return nil
	}
	if c.Head != head {
		if _, err := r.output("merge-base", "--is-ancestor", c.Head, head); err != nil {
			return nil // not an ancestor (or unknown): start over
		}
	}
	return c
}

// decodeCache returns the cache data holds, or nil when it does not
// decode, is of another format version or is not valid.
func decodeCache(data []byte) *cached {
	var c cached
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&c) != nil ||
		c.Version != cacheVersion || !isObjectID(c.Head) || !c.valid() {
		return nil
	}
	return &c
}

// saveCache writes c as the cache, sealed when there is a key, through a
// temporary file renamed into place, so a reader never sees half of it.
// Failing is harmless.
func (r runner) saveCache(c *cached) {
	if r.cache == "" {
		return
	}
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(c) != nil {
		return
	}
	data := buf.Bytes()
	if r.key != nil {
		data = seal(r.key, data)
	}
	dir := filepath.Dir(r.cache)
	if os.MkdirAll(dir, 0o700) != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, "tandem-history-*.tmp")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), r.cache)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
}
