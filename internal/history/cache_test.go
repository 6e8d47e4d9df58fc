package history

import (
	"bytes"
	"context"
	"encoding/gob"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cacheFile is the path of the cache of the repository r.
func cacheFile(r repo) string {
	return filepath.Join(r.dir, strings.TrimSpace(r.git("rev-parse", "--git-path", "tandem-history")))
}

// fresh reads the history of dir with no cache: what a fresh clone reads.
func fresh(t *testing.T, r repo, dir string) *History {
	t.Helper()
	if err := os.Remove(cacheFile(r)); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return read(t, dir)
}

// TestCacheFollowsNewCommits: a read after new commits (the revert to an
// approved version among them) uses the cache for the old ones and still
// finds the later approval, and equals a read without the cache.
func TestCacheFollowsNewCommits(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("v1 approved")
	r.write(post, approvedPost("Zweite Fassung.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved")
	if _, ok := read(t, r.dir).Superseding(post, at("2024-03-05T10:00:00Z")); ok {
		t.Fatal("the latest approval is superseded")
	}
	if _, err := os.Stat(cacheFile(r)); err != nil {
		t.Fatalf("no cache after a read: %v", err)
	}
	r.write(post, v1)
	r.commit("revert to v1")
	h := read(t, r.dir)
	if e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z")); !ok || e.By != "anna" {
		t.Fatalf("after the revert, with the cache: Superseding = %+v, %v; want anna's approval", e, ok)
	}
	sameHistory(t, h, fresh(t, r, r.dir))
}

// TestCacheOfAnotherLineIsLeftAside: after a reset to another line of
// commits (the cached commit is no ancestor of HEAD) and for another site
// folder in the same repository, the read starts over.
func TestCacheOfAnotherLineIsLeftAside(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.write("site/"+post, approvedPost("Anderswo.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	r.write(post, approvedPost("Zweite Fassung.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved")
	if _, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z")); !ok {
		t.Fatal("v1's approval is not superseded by v2's")
	}
	if _, ok := read(t, filepath.Join(r.dir, "site")).Superseding(post, at("2024-03-01T10:00:00Z")); ok {
		t.Error("the site in site/ got the top folder's cached history")
	}
	read(t, r.dir)
	r.git("reset", "-q", "--hard", "HEAD~1")
	r.write(post, approvedPost("Andere Zweite.", "frauke", "2024-03-02T10:00:00Z"))
	r.commit("another v2")
	h := read(t, r.dir)
	if e, ok := h.Superseding(post, at("2024-03-02T10:00:00Z")); ok {
		t.Errorf("the approval of the line reset away still counts: %+v", e)
	}
	sameHistory(t, h, fresh(t, r, r.dir))
}

// TestCacheIsUsed: a cache for HEAD is what the read returns, without
// git's help (here one that holds an event no version has), and one of
// another format version is not.
func TestCacheIsUsed(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	read(t, r.dir)
	head := strings.TrimSpace(r.git("rev-parse", "HEAD"))
	blob := strings.TrimSpace(r.git("rev-parse", "HEAD:"+post))
	c := *pack("", head, []Commit{{Hash: head, Changes: []Change{{Status: 'A', Path: post, Blob: blob}}}},
		map[string][]Event{blob: {{Kind: Approved, By: "cached", At: at("2025-01-01T00:00:00Z")}}})
	for _, version := range []string{cacheVersion, "tandem-history-0"} {
		c.Version = version
		f, err := os.Create(cacheFile(r))
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(c); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z"))
		if used := ok && e.By == "cached"; used != (version == cacheVersion) {
			t.Errorf("cache of version %s: Superseding = %+v, %v", version, e, ok)
		}
	}
}

// TestNoCacheIgnoresPlantedCache: without the cache (as in CI), a cache
// file planted in the git folder, here one that hides nothing but claims
// an event no version has, changes nothing, and the read leaves it as it
// was.
func TestNoCacheIgnoresPlantedCache(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	c := *plantedCache(r)
	var planted bytes.Buffer
	if err := gob.NewEncoder(&planted).Encode(c); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cacheFile(r), planted.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	h, err := Read(context.Background(), r.dir, Cache{})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z")); ok {
		t.Errorf("the planted cache was used: Superseding = %+v", e)
	}
	if got, err := os.ReadFile(cacheFile(r)); err != nil || !bytes.Equal(got, planted.Bytes()) {
		t.Errorf("the read without cache rewrote the cache file (err %v)", err)
	}
	if e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z")); !ok || e.By != "planted" {
		t.Errorf("with the cache, the planted file should count (the test's control): %+v, %v", e, ok)
	}
}

// plantedCache is a cache of r's HEAD, whose one commit added post,
// claiming an approval of a later date that no version of post holds.
func plantedCache(r repo) *cached {
	head := strings.TrimSpace(r.git("rev-parse", "HEAD"))
	blob := strings.TrimSpace(r.git("rev-parse", "HEAD:"+post))
	return pack("", head, []Commit{{Hash: head, Changes: []Change{{Status: 'A', Path: post, Blob: blob}}}},
		map[string][]Event{blob: {{Kind: Approved, By: "planted", At: at("2025-01-01T00:00:00Z")}}})
}

// TestUnsealedCacheInWorkTreeIsLeftAside: without a key, a cache folder
// (Cache.Dir) inside the work tree, where a commit can plant a file, is
// neither used nor written: a planted cache there that hides the later
// request for changes does not hide it, and a folder given through a
// link outside the tree counts as inside. The same file in a folder
// outside the tree is used (the control), and so is a cache in the tree
// sealed with the key.
func TestUnsealedCacheInWorkTreeIsLeftAside(t *testing.T) {
	t.Parallel()
	r, blob := replayed(t)
	forged := hiding(t, r, blob)
	approval := at("2024-03-01T10:00:00Z")
	inTree, outside := filepath.Join(r.dir, ".tandem-history"), t.TempDir()
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(inTree, link); err != nil {
		t.Fatal(err)
	}
	name := cacheName("", r.git("rev-list", "--max-parents=0", "HEAD"))
	for _, dir := range []string{inTree, link, outside} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), forged, 0o644); err != nil {
			t.Fatal(err)
		}
		e, ok := readWith(t, r.dir, Cache{Use: true, Dir: dir}).Superseding(post, approval)
		if used := !ok; used != (dir == outside) {
			t.Errorf("cache in %s: Superseding = %+v, %v; used %v", dir, e, ok, used)
		}
		if got, _ := os.ReadFile(filepath.Join(dir, name)); dir != outside && !bytes.Equal(got, forged) {
			t.Errorf("cache in %s was rewritten", dir)
		}
	}
	key := []byte("the key CI keeps")
	if err := os.WriteFile(filepath.Join(inTree, name), seal(key, forged), 0o644); err != nil {
		t.Fatal(err)
	}
	if e, ok := readWith(t, r.dir, Cache{Use: true, Dir: inTree, Key: key}).Superseding(post, approval); ok {
		t.Errorf("a cache in the tree sealed with the key was not used: Superseding = %+v", e)
	}
}
