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

// replayed makes a repository whose post was approved (v1), sent back
// (v2) and reverted to v1: the request for changes supersedes v1's
// approval. It returns the repository and v2's blob id.
func replayed(t *testing.T) (repo, string) {
	t.Helper()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("v1 approved")
	r.write(post, sentBack("Erste Fassung.", "2024-03-05T10:00:00Z"))
	r.commit("v2 sent back")
	r.write(post, v1)
	r.commit("revert to v1")
	return r, strings.TrimSpace(r.git("rev-parse", "HEAD~1:"+post))
}

// decode reads unsealed cache bytes.
func decode(t *testing.T, data []byte) cached {
	t.Helper()
	var c cached
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&c); err != nil {
		t.Fatal(err)
	}
	return c
}

// encode writes c as unsealed cache bytes.
func encode(t *testing.T, c cached) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hiding returns the bytes of an unsealed cache of HEAD that leaves out
// the decision of blob: what an attacker would plant to hide it.
func hiding(t *testing.T, r repo, blob string) []byte {
	t.Helper()
	fresh(t, r, r.dir) // leaves the honest, unsealed cache
	data, err := os.ReadFile(cacheFile(r))
	if err != nil {
		t.Fatal(err)
	}
	c := decode(t, data)
	commits, byBlob := c.unpack()
	if len(byBlob[blob]) == 0 {
		t.Fatal("the honest cache lacks the request for changes")
	}
	delete(byBlob, blob)
	return encode(t, *pack(c.Prefix, c.Head, commits, byBlob))
}

// readWith reads the history of dir with cache.
func readWith(t *testing.T, dir string, cache Cache) *History {
	t.Helper()
	h, err := Read(context.Background(), dir, cache)
	if err != nil || h == nil {
		t.Fatalf("Read = %v, %v", h, err)
	}
	return h
}

// TestSealedCacheIgnoresPlantedCaches: with a key (as CI with
// TANDEM_HISTORY_KEY), a planted unsealed cache, one sealed with another
// key and one whose sealed bytes were altered are left aside, the later
// request for changes is seen, and the file is replaced by a cache sealed
// with the key. A cache sealed with the key is used: the same hiding
// cache, sealed with it, hides the request (the control that the seal,
// not the content, decides).
func TestSealedCacheIgnoresPlantedCaches(t *testing.T) {
	t.Parallel()
	r, blob := replayed(t)
	forged := hiding(t, r, blob)
	key, other := []byte("the key CI keeps"), []byte("another key")
	altered := seal(key, forged)
	altered[len(altered)-1] ^= 1
	approval := at("2024-03-01T10:00:00Z")
	for name, planted := range map[string][]byte{
		"unsealed": forged, "sealed with another key": seal(other, forged), "altered after sealing": altered,
	} {
		if err := os.WriteFile(cacheFile(r), planted, 0o644); err != nil {
			t.Fatal(err)
		}
		h := readWith(t, r.dir, Cache{Use: true, Key: key})
		if e, ok := h.Superseding(post, approval); !ok || e.Kind != ChangesRequested {
			t.Errorf("%s cache: Superseding = %+v, %v; want the request for changes", name, e, ok)
		}
		data, err := os.ReadFile(cacheFile(r))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := unseal(key, data); err != nil {
			t.Errorf("%s cache: not replaced by a sealed one: %v", name, err)
		}
	}
	if err := os.WriteFile(cacheFile(r), seal(key, forged), 0o644); err != nil {
		t.Fatal(err)
	}
	if e, ok := readWith(t, r.dir, Cache{Use: true, Key: key}).Superseding(post, approval); ok {
		t.Errorf("a cache sealed with the key was not used (the control): Superseding = %+v", e)
	}
	if _, ok := readWith(t, r.dir, Cache{Use: true}).Superseding(post, approval); !ok {
		t.Error("without a key, a sealed cache was read as an unsealed one")
	}
}

// TestCarriedCacheInFreshClone: with Cache.Dir, the cache lives outside
// the clone, named after the site folder and the repository, and a fresh
// clone of the same repository uses it (here a cache sealed with the key
// that claims an approval no version has); another site folder gets a
// file of its own, and the fresh clone's git folder gets none.
func TestCarriedCacheInFreshClone(t *testing.T) {
	t.Parallel()
	r, _ := replayed(t)
	r.write("site/"+post, approvedPost("Anderswo.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("another site")
	carried, key := t.TempDir(), []byte("the key CI keeps")
	cache := Cache{Use: true, Dir: carried, Key: key}
	readWith(t, r.dir, cache)
	files, _ := filepath.Glob(filepath.Join(carried, "tandem-history-*"))
	if len(files) != 1 {
		t.Fatalf("cache files in the carried folder: %v, want one", files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if data, err = unseal(key, data); err != nil {
		t.Fatal(err)
	}
	c := decode(t, data)
	blob := strings.TrimSpace(r.git("rev-parse", "HEAD:"+post))
	commits, byBlob := c.unpack()
	byBlob[blob] = append(byBlob[blob], Event{Kind: Approved, By: "carried", At: at("2025-01-01T00:00:00Z")})
	if err := os.WriteFile(files[0], seal(key, encode(t, *pack(c.Prefix, c.Head, commits, byBlob))), 0o644); err != nil {
		t.Fatal(err)
	}
	clone := filepath.Join(t.TempDir(), "clone")
	r.git("clone", "-q", "file://"+r.dir, clone)
	if e, ok := readWith(t, clone, cache).Superseding(post, at("2024-03-06T00:00:00Z")); !ok || e.By != "carried" {
		t.Errorf("the fresh clone did not use the carried cache: Superseding = %+v, %v", e, ok)
	}
	readWith(t, filepath.Join(clone, "site"), cache)
	if files, _ = filepath.Glob(filepath.Join(carried, "tandem-history-*")); len(files) != 2 {
		t.Errorf("cache files after reading another site folder: %v, want two", files)
	}
	if _, err := os.Stat(filepath.Join(clone, ".git", "tandem-history")); !os.IsNotExist(err) {
		t.Errorf("the fresh clone's git folder got a cache (err %v)", err)
	}
}
