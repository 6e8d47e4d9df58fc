package history

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// The cache holds what a read found in a packed form: each commit id,
// post path and blob id once, in a list, and the changes as steps that
// name them by their place in it. The History is made from it with
// slices indexed by those numbers instead of maps of strings, which took
// most of a cached read's time: on the benchmark's history (bench/history,
// 10,000 posts, 30,851 commits) a read of the cache of HEAD went from
// 0.12-0.14 to 0.045-0.055 s of processor time, and the file from 9.7 to
// 7.3 MB (2026-12-07).

// step is one change of a post file, in git log's order, as the History
// needs it: Link is a path of the same post renamed or copied to Path, -1
// when none; Blob is the version found at Path, -1 when Path was removed
// in the commit (deleted, or renamed to a name that is no post).
type step struct {
	Commit, Link, Path, Blob int32
}

// decided holds the decisions of one post version (an index into Blobs).
type decided struct {
	Blob   int32
	Events []Event
}

// pack makes the cache content of the commits (in log order) and the
// decisions of the post versions read.
func pack(prefix, head string, commits []Commit, byBlob map[string][]Event) *cached {
	c := &cached{Version: cacheVersion, Prefix: prefix, Head: head, Commits: make([]string, len(commits))}
	blobs := map[string]int32{}
	for _, cm := range commits {
		for _, ch := range cm.Changes {
			if isVersion(ch) {
				blobs[ch.Blob] = 0
			}
		}
	}
	c.Blobs = slices.Sorted(maps.Keys(blobs)) // byte order: the History takes the decisions in it
	for i, b := range c.Blobs {
		blobs[b] = int32(i)
	}
	paths := map[string]int32{}
	intern := func(p string) int32 {
		i, ok := paths[p]
		if !ok {
			i = int32(len(c.Paths))
			paths[p] = i
			c.Paths = append(c.Paths, p)
		}
		return i
	}
	for n, cm := range commits {
		c.Commits[n] = cm.Hash
		for _, ch := range cm.Changes {
			s := step{Commit: int32(n), Link: -1, Blob: -1}
			if ch.From != "" && isPostFile(ch.From) && isPostFile(ch.Path) {
				s.Link = intern(ch.From)
			}
			switch {
			case ch.From != "" && isPostFile(ch.From) && !isPostFile(ch.Path):
				s.Path = intern(ch.From)
			case deleted(ch.Blob) && isPostFile(ch.Path):
				s.Path = intern(ch.Path)
			case isVersion(ch):
				s.Path, s.Blob = intern(ch.Path), blobs[ch.Blob]
			default:
				continue
			}
			c.Steps = append(c.Steps, s)
		}
	}
	for i, b := range c.Blobs {
		if evs := byBlob[b]; len(evs) > 0 {
			c.Decided = append(c.Decided, decided{Blob: int32(i), Events: evs})
		}
	}
	return c
}

// isVersion reports whether ch leaves a version of a post, which a read
// reads (see diff).
func isVersion(ch Change) bool { return !deleted(ch.Blob) && isPostFile(ch.Path) }

// unpack returns the commits and decisions c holds, for a read that puts
// newer commits in front: packed again with them, they give the History
// c gives.
func (c *cached) unpack() ([]Commit, map[string][]Event) {
	commits := make([]Commit, len(c.Commits))
	for i, h := range c.Commits {
		commits[i].Hash = h
	}
	gone := strings.Repeat("0", 40)
	for _, s := range c.Steps {
		ch := Change{Path: c.Paths[s.Path], Blob: gone}
		if s.Link >= 0 {
			ch.From = c.Paths[s.Link]
		}
		if s.Blob >= 0 {
			ch.Blob = c.Blobs[s.Blob]
		}
		commits[s.Commit].Changes = append(commits[s.Commit].Changes, ch)
	}
	byBlob := make(map[string][]Event, len(c.Decided))
	for _, d := range c.Decided {
		byBlob[c.Blobs[d.Blob]] = d.Events
	}
	return commits, byBlob
}

// seen returns the blob ids of every post version c holds: they were
// read when the cache was made. A nil cache saw none.
func (c *cached) seen() map[string]bool {
	if c == nil {
		return nil
	}
	known := make(map[string]bool, len(c.Blobs))
	for _, b := range c.Blobs {
		known[b] = true
	}
	return known
}

// history builds the History of c: its paths are joined into lineages
// by their renames (union-find over path numbers); each decision goes,
// blob by blob in byte order and for each place the blob was found at,
// oldest first, into the lineage of that place's path, with the commit
// and path, and its age: the commit's place in the log (larger is older);
// and each removal into its path's lineage. Then each lineage's decisions
// are ordered and each approval's origin noted (identity.go). It returns
// nil when c names a path twice (a broken cache: see valid).
func (c *cached) history() *History {
	lineageOf := c.lineages()
	h := &History{lineage: make(map[string]int, len(c.Paths)), first: make(map[approvalKey]place, len(c.Decided))} // about one approval per version
	for p, path := range c.Paths {
		h.lineage[path] = lineageOf[p]
	}
	if len(h.lineage) != len(c.Paths) {
		return nil
	}
	n := slices.Max(append(lineageOf, -1)) + 1
	h.events, h.removed = make([][]Event, n), make([][]Event, n)
	at := c.places()
	for _, d := range c.Decided {
		for _, e := range d.Events {
			for _, k := range slices.Backward(at[d.Blob]) { // oldest first: the one kept
				s := c.Steps[k]
				e.Path, e.Commit, e.age = c.Paths[s.Path], c.Commits[s.Commit], int(s.Commit)
				i := lineageOf[s.Path]
				h.events[i] = append(h.events[i], e)
				h.noteOrigin(e, i)
			}
		}
	}
	for i, evs := range h.events {
		h.events[i] = ordered(evs)
	}
	for _, s := range c.Steps {
		if s.Blob < 0 {
			i := lineageOf[s.Path]
			h.removed[i] = append(h.removed[i], Event{Kind: Removed, Commit: c.Commits[s.Commit], Path: c.Paths[s.Path], age: int(s.Commit)})
		}
	}
	for _, rs := range h.removed {
		slices.SortFunc(rs, func(x, y Event) int { return cmp.Or(cmp.Compare(y.age, x.age), cmp.Compare(x.Path, y.Path)) })
	}
	return h
}

// lineages returns, per path number, the number of its lineage: the
// paths renames link, numbered in the order of their first path.
func (c *cached) lineages() []int {
	parent := make([]int32, len(c.Paths))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(p int32) int32 {
		for parent[p] != p {
			parent[p] = parent[parent[p]] // path halving
			p = parent[p]
		}
		return p
	}
	for _, s := range c.Steps {
		if s.Link >= 0 {
			if x, y := find(s.Link), find(s.Path); x != y {
				parent[y] = x
			}
		}
	}
	number := make([]int, len(c.Paths))
	lineageOf := make([]int, len(c.Paths))
	n := 0
	for p := range c.Paths {
		root := find(int32(p))
		if number[root] == 0 {
			n++
			number[root] = n
		}
		lineageOf[p] = number[root] - 1
	}
	return lineageOf
}

// places returns, per blob number, the steps (indexes into Steps) that
// found it, newest first.
func (c *cached) places() [][]int32 {
	count := make([]int32, len(c.Blobs))
	for _, s := range c.Steps {
		if s.Blob >= 0 {
			count[s.Blob]++
		}
	}
	flat := make([]int32, 0, len(c.Steps))
	at := make([][]int32, len(c.Blobs))
	for b, n := range count {
		at[b] = flat[len(flat) : len(flat) : len(flat)+int(n)]
		flat = flat[:len(flat)+int(n)]
	}
	for k, s := range c.Steps {
		if s.Blob >= 0 {
			at[s.Blob] = append(at[s.Blob], int32(k))
		}
	}
	return at
}
