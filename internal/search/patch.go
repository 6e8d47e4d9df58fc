package search

import (
	"slices"
	"strings"
)

// reweigh weighs doc d again with its new terms (with w) and patches the postings
// of the stems whose weight in d changed, marking them dirty.
func (st *state) reweigh(w *weigher, d int, terms termList, dirty map[int]bool) {
	numbered := make([]wterm, terms.n())
	for j := range numbered {
		numbered[j] = wterm{int32(st.wordAt[terms.word(j)]), terms.weight(j)}
	}
	weights := weigh(w, st.stem, numbered, st.parts)
	before := make(map[int32]int32, len(st.weights[d]))
	for _, p := range st.weights[d] {
		before[p.doc] = p.weight
	}
	for _, p := range weights {
		if was, ok := before[p.doc]; !ok || was != p.weight {
			st.post(int(p.doc), d, p.weight)
			dirty[int(p.doc)] = true
		}
		delete(before, p.doc)
	}
	for s := range before {
		st.post(int(s), d, 0)
		dirty[int(s)] = true
	}
	st.weights[d] = weights
}

// post sets the weight of stem s in doc d, 0 for none, keeping the
// stem's place in its postings file and the count of stems with
// postings when it gains its first doc or loses its last.
func (st *state) post(s, d int, weight int32) {
	list := st.postings[s]
	at, found := slices.BinarySearchFunc(list, d, func(p posting, d int) int { return int(p.doc) - d })
	switch {
	case found && weight > 0:
		list[at].weight = weight
	case found:
		st.postings[s] = slices.Delete(list, at, at+1)
		st.entries--
	default:
		st.postings[s] = slices.Insert(list, at, posting{int32(d), weight})
		st.entries++
	}
	if len(list) == 0 || len(st.postings[s]) == 0 {
		if len(list) == 0 {
			st.used++
		} else {
			st.used--
		}
		b := BucketOf(st.stems[s], st.buckets)
		in := st.byBucket[b]
		i, ok := slices.BinarySearchFunc(in, st.stems[s], func(n int, stem string) int { return strings.Compare(st.stems[n], stem) })
		if ok {
			st.byBucket[b] = slices.Delete(in, i, i+1)
		} else {
			st.byBucket[b] = slices.Insert(in, i, s)
		}
	}
}

// rewrite writes the postings files of the dirty stems, the vocabulary
// files of their words and of the given prefixes, or, when the postings
// need another number of files, all of them.
func (st *state) rewrite(dirty map[int]bool, prefixes map[string]bool) {
	if n := bucketsFor(st.entries, st.used); n != st.buckets {
		for b := n; b < st.buckets; b++ {
			delete(st.files, postingsPath(b))
		}
		st.sortBuckets()
		for b := range st.byBucket {
			st.writePostings(b)
		}
		for p := range st.byPrefix {
			prefixes[p] = true
		}
	} else {
		buckets := map[int]bool{}
		for s := range dirty {
			buckets[BucketOf(st.stems[s], st.buckets)] = true
		}
		for b := range buckets {
			st.writePostings(b)
		}
	}
	for s := range dirty {
		for _, w := range st.wordsOf[s] {
			if st.count[w] > 0 {
				prefixes[prefixOf(st.words[w])] = true
			}
		}
	}
	for p := range prefixes {
		st.writeVocab(p)
	}
}
