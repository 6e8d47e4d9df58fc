package search

import (
	"slices"

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
	termsByKey  map[string][]Term
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
func (c *Cache) terms(docs []Doc) [][]Term {
	out := make([][]Term, len(docs))
	var todo []int
	for i := range docs {
		if t, ok := c.kept(i, docs[i].Key); ok {
			out[i] = t
		} else {
			todo = append(todo, i)
		}
	}
	stop := newStopSet()
	const group = 64 // docs weighed with one counter
	workers.ForEach((len(todo)+group-1)/group, func(g int) {
		cn := newCounter(stop)
		for _, i := range todo[g*group : min(len(todo), (g+1)*group)] {
			out[i] = cn.weigh(&docs[i])
		}
	})
	if c.termsByKey == nil || len(c.termsByKey) > 2*len(docs)+64 {
		c.termsByKey = make(map[string][]Term, len(docs))
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

// kept returns the terms the cache keeps for the doc at place i with key.
func (c *Cache) kept(i int, key string) ([]Term, bool) {
	if key == "" {
		return nil, false
	}
	if c.last != nil && i < len(c.last.keys) && c.last.keys[i] == key {
		return c.last.terms[i], true
	}
	t, ok := c.termsByKey[key]
	return t, ok
}

// stems returns the stem of each word in lang, from the cache when it
// has the word, and keeps them for the next Build.
func (c *Cache) stems(words []string, lang string) []string {
	if c.lang != lang {
		c.lang, c.stemsByWord = lang, nil
	}
	stem := StemmerFor(lang)
	out := make([]string, len(words))
	workers.ForEach(len(words), func(i int) {
		if s, ok := c.stemsByWord[words[i]]; ok {
			out[i] = s
		} else {
			out[i] = stem(words[i])
		}
	})
	next := make(map[string]string, len(words))
	for i, w := range words {
		next[w] = out[i]
	}
	c.stemsByWord = next
	return out
}

// vocabulary is the words of all docs, sorted, with each doc's terms
// given as numbers of words.
type vocabulary struct {
	words []string
	at    map[string]int // a word's place in words
	// ids are the words of every doc's terms, doc after doc, numbered in
	// the order they were first seen; from[d] is where doc d's begin.
	ids  []int32
	from []int
	// place is the place in words of the word first seen as number i.
	place []int32
}

func newVocabulary(terms [][]Term) *vocabulary {
	v := &vocabulary{from: make([]int, len(terms)+1)}
	for d, ts := range terms {
		v.from[d+1] = v.from[d] + len(ts)
	}
	v.ids = make([]int32, v.from[len(terms)])
	first := map[string]int32{}
	for d, ts := range terms {
		for j, t := range ts {
			id, ok := first[t.Word]
			if !ok {
				id = int32(len(v.words))
				first[t.Word] = id
				v.words = append(v.words, t.Word)
			}
			v.ids[v.from[d]+j] = id
		}
	}
	byID := slices.Clone(v.words)
	slices.Sort(v.words)
	v.at = make(map[string]int, len(v.words))
	for i, w := range v.words {
		v.at[w] = i
	}
	v.place = make([]int32, len(byID))
	for id, w := range byID {
		v.place[id] = int32(v.at[w])
	}
	return v
}

// has reports whether w is a word of the vocabulary.
func (v *vocabulary) has(w string) bool {
	_, ok := v.at[w]
	return ok
}

// rank returns the place in words of each term of doc d.
func (v *vocabulary) rank(d int) func(j int) int {
	ids := v.ids[v.from[d]:v.from[d+1]]
	return func(j int) int { return int(v.place[ids[j]]) }
}

// Has reports whether the cache keeps the terms of docs with key, so
// that a caller can leave such a doc's Text empty.
func (c *Cache) Has(key string) bool {
	_, ok := c.termsByKey[key]
	return ok && key != ""
}
