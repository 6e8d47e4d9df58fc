package search

import (
	"runtime"
	"slices"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Cache is what one Build hands the next, so that a save in tandem serve
// weighs the words of the posts it changed only and stems only words no
// post used before: each doc's terms by its Key and each word's stem.
// What it keeps are functions of their keys, so a Build with a Cache
// returns the same bytes as one without. The zero Cache is empty; it
// serves one Build at a time.
type Cache struct {
	lang        string
	termsByKey  map[string]termList
	stemsByWord map[string]string
	// last is the index the last Build made, which the next brings up
	// to date when few docs changed; updates counts how often it did.
	last    *state
	updates int
}

// terms returns the terms of each doc, kept when its key is the one at
// its place in the last index or one the cache has, and keeps the terms
// of docs with a key for the next Build. Keys no doc has any more are
// let go when they are as many as the docs.
func (c *Cache) terms(docs []Doc) []termList {
	out := make([]termList, len(docs))
	var todo []int
	for i := range docs {
		if t, ok := c.kept(i, docs[i].Key); ok {
			out[i] = t
		} else {
			todo = append(todo, i)
		}
	}
	stop := newStopSet()
	group := counterGroup(len(todo))
	workers.ForEach((len(todo)+group-1)/group, func(g int) {
		cn := newCounter(stop)
		for _, i := range todo[g*group : min(len(todo), (g+1)*group)] {
			out[i] = cn.weigh(&docs[i])
		}
	})
	if c.termsByKey == nil || len(c.termsByKey) > 2*len(docs)+64 {
		c.termsByKey = make(map[string]termList, len(docs))
		todo = nil
		for i, d := range docs {
			if d.Key != "" {
				c.termsByKey[d.Key] = out[i]
			}
		}
	}
	for _, i := range todo {
		if docs[i].Key != "" {
			c.termsByKey[docs[i].Key] = out[i]
		}
	}
	return out
}

// counterGroup is how many of n docs one counter weighs: a few groups
// per core, at least 64 docs. A counter keeps every word it met, so
// each group reads its common words into its table once, and a new
// word of a group is numbered (idOf, under a lock) once.
func counterGroup(n int) int { return max(64, n/(4*runtime.GOMAXPROCS(0))+1) }

// kept returns the terms the cache keeps for the doc at place i with key.
func (c *Cache) kept(i int, key string) (termList, bool) {
	if key == "" {
		return termList{}, false
	}
	if c.last != nil && i < len(c.last.keys) && c.last.keys[i] == key {
		return c.last.terms[i], true
	}
	t, ok := c.termsByKey[key]
	return t, ok
}

// stems returns the stem of each word in lang, from the cache when it
// has the word, and keeps them for the next Build; a nil cache keeps
// none.
func (c *Cache) stems(words []string, lang string) []string {
	var kept map[string]string
	if c != nil && c.lang == lang {
		kept = c.stemsByWord
	}
	stem := StemmerFor(lang)
	out := make([]string, len(words))
	workers.ForEach(len(words), func(i int) {
		if s, ok := kept[words[i]]; ok {
			out[i] = s
		} else {
			out[i] = stem(words[i])
		}
	})
	if c == nil {
		return out
	}
	next := make(map[string]string, len(words))
	for i, w := range words {
		next[w] = out[i]
	}
	c.lang, c.stemsByWord = lang, next
	return out
}

// vocabulary is the words of all docs, sorted, with each doc's terms
// given as numbers of words.
type vocabulary struct {
	words []string
	at    map[string]int // a word's place in words
	// terms are each doc's words (places in words) and weights, count
	// how many docs have each word.
	terms [][]wterm
	count []int
}

// wterm is a term of a doc by the number of its word.
type wterm struct{ word, weight int32 }

// newVocabulary makes the vocabulary of docs whose terms are given.
func newVocabulary(terms []termList) *vocabulary {
	n := 0
	for _, ts := range terms {
		n += ts.n()
	}
	all := make([]wterm, n)
	v := &vocabulary{terms: make([][]wterm, len(terms))}
	first := map[string]int32{}
	for d, ts := range terms {
		v.terms[d], all = all[:ts.n():ts.n()], all[ts.n():]
		for j := range ts.n() {
			word := ts.word(j)
			id, ok := first[word]
			if !ok {
				id = int32(len(v.words))
				first[word] = id
				v.words = append(v.words, word)
			}
			v.terms[d][j] = wterm{id, ts.weight(j)}
		}
	}
	v.number()
	return v
}

// countVocabulary makes the vocabulary of docs by weighing their words
// straight into it, without each doc's terms as strings (which a Build
// without a Cache would not keep): the same vocabulary newVocabulary
// makes of the docs' terms.
func countVocabulary(docs []Doc) *vocabulary {
	v := &vocabulary{terms: make([][]wterm, len(docs))}
	stop := newStopSet()
	first := map[string]int32{}
	var mu sync.Mutex
	group := counterGroup(len(docs))
	workers.ForEach((len(docs)+group-1)/group, func(g int) {
		cn := newCounter(stop)
		for d := g * group; d < min(len(docs), (g+1)*group); d++ {
			cn.countDoc(&docs[d])
			out := make([]wterm, len(cn.doc))
			for j, k := range cn.doc {
				e := &cn.entries[k]
				if e.id < 0 {
					e.id = v.idOf(cn.word(k), first, &mu)
				}
				out[j] = wterm{e.id, e.weight}
			}
			v.terms[d] = out
		}
	})
	v.number()
	return v
}

// idOf returns the number of word w in the order first seen, numbering
// it when it is new (first holds the numbers; mu guards it and words).
func (v *vocabulary) idOf(w []byte, first map[string]int32, mu *sync.Mutex) int32 {
	mu.Lock()
	defer mu.Unlock()
	id, ok := first[string(w)]
	if !ok {
		id = int32(len(v.words))
		word := string(w)
		first[word] = id
		v.words = append(v.words, word)
	}
	return id
}

// number sorts the words, numbered so far in the order first seen, and
// numbers the terms' words by their place among them.
func (v *vocabulary) number() {
	byID := slices.Clone(v.words)
	slices.Sort(v.words)
	v.at = make(map[string]int, len(v.words))
	for i, w := range v.words {
		v.at[w] = i
	}
	place := make([]int32, len(byID))
	for id, w := range byID {
		place[id] = int32(v.at[w])
	}
	v.count = make([]int, len(v.words))
	for _, ts := range v.terms {
		for j := range ts {
			ts[j].word = place[ts[j].word]
			v.count[ts[j].word]++
		}
	}
}

// has reports whether w is a word of the vocabulary.
func (v *vocabulary) has(w string) bool {
	_, ok := v.at[w]
	return ok
}

// Has reports whether the cache keeps the terms of docs with key, so
// that a caller can leave such a doc's Text empty.
func (c *Cache) Has(key string) bool {
	_, ok := c.termsByKey[key]
	return ok && key != ""
}
