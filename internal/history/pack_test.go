package history

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCacheReadsVersionsMovedBack: a version first seen outside the
// posts (the file renamed away from them, changed on the way) and then
// brought back to a post after the cache was made is read by the next
// read, as a read without the cache reads it. The cache once counted it
// read, so the versions' decisions were missing from a read that used it.
func TestCacheReadsVersionsMovedBack(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	r.git("mv", post, "content/entwurf.md")
	moved := approvedPost("Erste Fassung.", "anna", "2024-03-05T10:00:00Z")
	r.write("content/entwurf.md", moved)
	r.commit("moved out of the posts, approved again")
	if _, ok := read(t, r.dir).Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung.")); !ok {
		t.Fatal("the move out of the posts is no removal: git did not see the rename, and the test tests nothing")
	}
	back := "content/posts/r1/zurueck.md"
	r.write(back, moved)
	r.commit("brought back")
	h := read(t, r.dir)
	if evs := h.Events(back); len(evs) != 1 || evs[0].By != "anna" {
		t.Errorf("with the cache, the version brought back has the decisions %+v; want anna's approval", evs)
	}
	sameHistory(t, h, fresh(t, r, r.dir))
}

// TestPackedCacheGrows: packing the commits of a read in front of those
// a cache holds (unpacked) gives the cache, and so the History, that
// packing all of them at once gives, for random logs of adds, edits,
// deletions, renames and copies within, into and out of the posts.
func TestPackedCacheGrows(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	paths := []string{"content/posts/a.md", "content/posts/r1/b.md", "content/posts/c.md", "content/entwurf.md", "README.md"}
	blobs := []string{strings.Repeat("0", 40)}
	for i := 1; i < 8; i++ {
		blobs = append(blobs, fmt.Sprintf("%040x", i))
	}
	for round := range 300 {
		commits := make([]Commit, 1+rng.IntN(12))
		for i := range commits {
			commits[i].Hash = fmt.Sprintf("%040x", 1000+i)
			for range rng.IntN(4) {
				ch := Change{Status: 'M', Path: paths[rng.IntN(len(paths))], Blob: blobs[rng.IntN(len(blobs))]}
				if rng.IntN(3) == 0 {
					ch.Status, ch.From = 'R', paths[rng.IntN(len(paths))]
				}
				commits[i].Changes = append(commits[i].Changes, ch)
			}
		}
		byBlob := map[string][]Event{}
		for _, b := range blobs[1:] {
			if rng.IntN(4) > 0 {
				byBlob[b] = []Event{{Kind: Approved, By: b[36:], At: at("2024-03-01T10:00:00Z").AddDate(0, 0, rng.IntN(5)), Digest: b}}
			}
		}
		whole := pack("", "h", commits, byBlob)
		k := rng.IntN(len(commits) + 1)
		cache := pack("", "o", commits[k:], byBlob)
		older, decided := cache.unpack()
		known := cache.seen()
		for _, c := range commits[:k] { // what the next read reads: the versions the cache lacks
			for _, ch := range c.Changes {
				if isVersion(ch) && !known[ch.Blob] && byBlob[ch.Blob] != nil {
					decided[ch.Blob] = byBlob[ch.Blob]
				}
			}
		}
		grown := pack("", "h", append(slices.Clone(commits[:k]), older...), decided)
		if !reflect.DeepEqual(grown, whole) {
			t.Fatalf("round %d, %d new commits: the grown cache\n%+v\nwant\n%+v", round, k, grown, whole)
		}
		if !reflect.DeepEqual(grown.history(), whole.history()) {
			t.Fatalf("round %d: the grown cache gives another History", round)
		}
	}
}
