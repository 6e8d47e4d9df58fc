package search

import (
	"slices"
	"strconv"
)

// run is how the docs of a Build differ in number from the state's: count
// docs were added (count > 0) or removed (count < 0) at place at, in
// the state's numbering. A post added or deleted in tandem serve is one
// run; the docs before and after it keep their keys.
type run struct{ at, count int }

// runOf finds the run: the longest common start and end of the two lists
// of keys leave one stretch of each; the shorter stretch is taken as
// docs changed at their place, the rest of the longer as the run after
// them.
func (st *state) runOf(docs []Doc) run {
	n, m := len(st.keys), len(docs)
	if n == m {
		return run{}
	}
	same := func(i, j int) bool { return docs[j].Key != "" && docs[j].Key == st.keys[i] }
	p := 0
	for p < min(n, m) && same(p, p) {
		p++
	}
	s := 0
	for s < min(n, m)-p && same(n-1-s, m-1-s) {
		s++
	}
	return run{at: min(n, m) - s, count: m - n}
}

// was returns the state's number of new doc d, -1 for a doc the run
// adds.
func (r run) was(d int) int {
	switch {
	case d < r.at:
		return d
	case d < r.at+r.count:
		return -1
	}
	return d - r.count
}

// removed returns the state's numbers of the docs the run removes.
func (r run) removed() []int {
	var out []int
	for d := r.at; d < r.at-r.count; d++ {
		out = append(out, d)
	}
	return out
}

// shift makes room for the docs the run adds, or closes the gap of
// those it removed (whose postings must be gone): the docs after it are
// numbered again, and the stems with postings there marked dirty (their
// files write the numbers).
func (st *state) shift(r run, dirty map[int]bool) {
	if r.count == 0 {
		return
	}
	for s, list := range st.postings {
		i, _ := slices.BinarySearchFunc(list, r.at, func(p posting, d int) int { return int(p.doc) - d })
		if i < len(list) {
			dirty[s] = true
		}
		for j := i; j < len(list); j++ {
			list[j].doc += int32(r.count)
		}
	}
	if r.count > 0 {
		st.keys = slices.Concat(st.keys[:r.at], make([]string, r.count), st.keys[r.at:])
		st.terms = slices.Concat(st.terms[:r.at], make([]termList, r.count), st.terms[r.at:])
		st.weights = slices.Concat(st.weights[:r.at], make([][]posting, r.count), st.weights[r.at:])
		st.docs = slices.Concat(st.docs[:r.at], make([]Doc, r.count), st.docs[r.at:])
		return
	}
	end := r.at - r.count
	st.keys = slices.Concat(st.keys[:r.at], st.keys[end:])
	st.terms = slices.Concat(st.terms[:r.at], st.terms[end:])
	st.weights = slices.Concat(st.weights[:r.at], st.weights[end:])
	st.docs = slices.Concat(st.docs[:r.at], st.docs[end:])
}

// dropChunks removes the fragment and facet files an index of was docs
// had and one of n docs has not.
func (st *state) dropChunks(was, n int) {
	for k := chunks(n, docChunk); k < chunks(was, docChunk); k++ {
		delete(st.files, "d/"+strconv.Itoa(k)+".json")
	}
	for k := chunks(n, facetChunk); k < chunks(was, facetChunk); k++ {
		delete(st.files, "f/"+strconv.Itoa(k)+".json")
	}
}

// chunks is the number of files of size docs each that n docs take.
func chunks(n, size int) int { return (n + size - 1) / size }
