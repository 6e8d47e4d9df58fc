package search

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// update brings the state up to date with docs, whose terms are given:
// a run of docs added or removed at one place (a new or deleted post)
// numbers the docs after it again, and only the docs it adds and those
// whose Key differs from the one at their place are weighed again, their
// stems' postings patched, and only the files of the stems, words and
// docs that changed written again (the index's files are functions of
// the state alone, so they are the bytes a new state would have). It
// reports false, having changed nothing, when a new state is to be made:
// the options differ, many docs changed, or a word that comes or goes
// could be a compound part of a word that stays (the parts of that word,
// and the weights of every doc with it, would change).
func (st *state) update(docs []Doc, terms []termList, o Options, c *Cache) bool {
	if o != st.opts {
		return false
	}
	r := st.runOf(docs)
	removed := r.removed()
	var changed []int
	for d := range docs {
		if was := r.was(d); was < 0 || docs[d].Key == "" || docs[d].Key != st.keys[was] {
			changed = append(changed, d)
		}
	}
	if len(changed)+len(removed) > max(8, len(docs)/16) {
		return false
	}
	delta := map[string]int{} // how many more docs have each word
	for _, d := range removed {
		for j := range st.terms[d].n() {
			delta[st.terms[d].word(j)]--
		}
	}
	for _, d := range changed {
		if was := r.was(d); was >= 0 {
			for j := range st.terms[was].n() {
				delta[st.terms[was].word(j)]--
			}
		}
		for j := range terms[d].n() {
			delta[terms[d].word(j)]++
		}
	}
	if st.splitsChange(delta) {
		return false
	}
	dirty := map[int]bool{} // stems whose postings changed
	prefixes := st.recount(delta, StemmerFor(o.Lang))
	w := &weigher{sum: make([]int32, len(st.stems))}
	for _, d := range removed {
		st.reweigh(w, d, termList{}, dirty)
	}
	written := st.docs // the docs the files were written of
	st.shift(r, dirty)
	for _, d := range changed {
		st.reweigh(w, d, terms[d], dirty)
		st.keys[d], st.terms[d] = docs[d].Key, terms[d]
	}
	st.writeDocs(docs, written)
	st.dropChunks(len(written), len(docs))
	for i := range docs {
		if !sameResult(&docs[i], &st.docs[i]) {
			for _, p := range st.weights[i] { // p.doc: a stem of doc i
				if st.showsResult(int(p.doc), int32(i)) {
					dirty[int(p.doc)] = true
				}
			}
		}
		if !sameFragment(docs[i], st.docs[i]) || !sameFacets(docs[i], st.docs[i]) {
			st.docs[i] = bareDoc(docs[i])
		}
	}
	st.rewrite(dirty, prefixes)
	st.writeMeta(len(docs))
	c.updates++
	return true
}

// comes reports whether a word whose count changes by n is new to the
// vocabulary, goes whether it leaves it.
func (st *state) comes(w string, n int) bool {
	i, ok := st.wordAt[w]
	return n > 0 && (!ok || st.count[i] == 0)
}

func (st *state) goes(w string, n int) bool {
	i, ok := st.wordAt[w]
	return n < 0 && ok && st.count[i]+n == 0
}

// splitsChange reports whether a word that comes or goes by delta could
// be a compound part of a word that stays: Split looks up only parts of
// the word it splits, of at least minPart bytes.
func (st *state) splitsChange(delta map[string]int) bool {
	var parts []string
	for w, n := range delta {
		if len(w) >= minPart && (st.comes(w, n) || st.goes(w, n)) {
			parts = append(parts, w)
		}
	}
	if len(parts) == 0 {
		return false
	}
	for i, w := range st.words {
		if st.count[i] == 0 || st.count[i]+delta[w] == 0 || utf8.RuneCountInString(w) < minCompound {
			continue
		}
		for _, p := range parts {
			if len(p) < len(w) && strings.Contains(w, p) {
				return true
			}
		}
	}
	return false
}

// recount changes the number of docs of each word by delta, adding the
// words new to the state, and returns the prefixes of the words that
// came or went. A word that comes is split against the new vocabulary.
func (st *state) recount(delta map[string]int, stem func(string) string) map[string]bool {
	prefixes := map[string]bool{}
	var came []int
	for _, w := range sortedKeys(delta) {
		n := delta[w]
		comes, goes := st.comes(w, n), st.goes(w, n)
		i, ok := st.wordAt[w]
		if !ok {
			i = st.addWord(w, stem(w))
		}
		st.count[i] += n
		p := prefixOf(w)
		list := st.byPrefix[p]
		at, _ := slices.BinarySearchFunc(list, w, func(j int, w string) int { return strings.Compare(st.words[j], w) })
		switch {
		case comes:
			came = append(came, i)
			st.byPrefix[p] = slices.Insert(list, at, i)
			prefixes[p] = true
		case goes:
			st.byPrefix[p] = slices.Delete(list, at, at+1)
			prefixes[p] = true
		}
	}
	has := func(w string) bool {
		i, ok := st.wordAt[w]
		return ok && st.count[i] > 0
	}
	for _, i := range came {
		st.parts[i] = st.parts[i][:0]
		for _, p := range Split(st.words[i], has) {
			st.parts[i] = append(st.parts[i], int32(st.wordAt[p]))
		}
	}
	return prefixes
}

// addWord adds a word with no docs yet and the given stem.
func (st *state) addWord(w, stem string) int {
	i := len(st.words)
	st.words, st.count, st.parts = append(st.words, w), append(st.count, 0), append(st.parts, nil)
	st.wordAt[w] = i
	s, ok := st.stemAt[stem]
	if !ok {
		s = len(st.stems)
		st.stems, st.wordsOf, st.postings = append(st.stems, stem), append(st.wordsOf, nil), append(st.postings, nil)
		st.stemAt[stem] = s
	}
	st.stem = append(st.stem, s)
	st.wordsOf[s] = append(st.wordsOf[s], int32(i))
	return i
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
