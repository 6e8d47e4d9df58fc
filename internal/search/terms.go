package search

import (
	"hash/maphash"
	"strings"
)

// termList is a doc's terms, its folded words each with its weight
// there (the sum of its occurrences, a title word counting titleWeight,
// a tag's word tagWeight), in the order first written: the words side by
// side in one string, and where each ends with its weight. Only the
// string is a pointer, so the terms a dev server keeps of 10,000 posts
// (about two million) give the garbage collector a few pointers per post
// to follow, not one per term.
type termList struct {
	text  string
	terms []termEnd
}

// termEnd is where a term's word ends in its list's text, and its weight.
type termEnd struct{ end, weight int32 }

// n is the number of terms.
func (l termList) n() int { return len(l.terms) }

// word is the word of the j-th term.
func (l termList) word(j int) string {
	start := int32(0)
	if j > 0 {
		start = l.terms[j-1].end
	}
	return l.text[start:l.terms[j].end]
}

// weight is the weight of the j-th term.
func (l termList) weight(j int) int32 { return l.terms[j].weight }

// stopSet is the stop words as a set.
type stopSet map[string]bool

func newStopSet() stopSet {
	stop := stopSet{}
	for _, w := range StopWords() {
		stop[w] = true
	}
	return stop
}

// counter sums the weights of a doc's words. It serves one doc after
// another, keeping every word it met (an entry, its folded bytes in
// words, in a hash table of entry numbers plus one, zero free, probed
// linearly): a word met in an earlier doc is not copied, nor looked up in
// the stop words or by its caller (id) again. doc lists the entries of the
// doc being weighed, in the order first written.
type counter struct {
	stop    stopSet
	seed    maphash.Seed
	slots   []int32
	entries []entry
	words   []byte
	doc     []int32
	docs    int32  // the docs weighed so far; the one being weighed
	fold    []byte // the word being looked up
}

// entry is a word the counter met, words[from:to]: its weight in the doc
// weighed last (seen), whether it is a stop word (counted, then left
// out), and a number its caller gives it (id, -1 until then).
type entry struct {
	from, to int32
	weight   int
	seen     int32
	id       int32
	stop     bool
}

func newCounter(stop stopSet) *counter {
	return &counter{stop: stop, seed: maphash.MakeSeed(), slots: make([]int32, 1024)}
}

// add weighs each word of text with w. A word that is written folded
// already (lower-case ASCII) is looked up as it stands, any other folded.
func (c *counter) add(text string, w int) {
	scan(text, func(raw string, folded bool) bool {
		if folded {
			c.fold = append(c.fold[:0], raw...)
		} else {
			c.fold = appendFold(c.fold[:0], raw)
		}
		c.count(w)
		return true
	})
}

// addHTML weighs the words of an HTML fragment made by render, read as
// TextOf reads it, with w.
func (c *counter) addHTML(h string, w int) { texts(h, func(s string) { c.add(s, w) }) }

// count weighs the word c.fold with w: a word of the doc seen before adds
// to its weight, a word the counter met in an earlier doc is listed in
// doc again, a new one gets an entry.
func (c *counter) count(w int) {
	if 2*(len(c.entries)+1) > len(c.slots) {
		c.rehash(2 * len(c.slots))
	}
	word := c.fold
	mask := len(c.slots) - 1
	for i := int(maphash.Bytes(c.seed, word)) & mask; ; i = (i + 1) & mask {
		n := c.slots[i]
		if n == 0 {
			from := len(c.words)
			c.words = append(c.words, word...)
			c.entries = append(c.entries, entry{from: int32(from), to: int32(len(c.words)), weight: w, seen: c.docs, id: -1, stop: c.stop[string(word)]})
			c.slots[i] = int32(len(c.entries))
			c.doc = append(c.doc, int32(len(c.entries)-1))
			return
		}
		if e := &c.entries[n-1]; string(c.words[e.from:e.to]) == string(word) {
			if e.seen != c.docs {
				e.seen, e.weight = c.docs, 0
				c.doc = append(c.doc, n-1)
			}
			e.weight += w
			return
		}
	}
}

// rehash makes the table size slots (a power of two) and enters the
// entries again.
func (c *counter) rehash(size int) {
	c.slots = make([]int32, max(size, 64))
	mask := len(c.slots) - 1
	for n, e := range c.entries {
		i := int(maphash.Bytes(c.seed, c.words[e.from:e.to])) & mask
		for c.slots[i] != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = int32(n + 1)
	}
}

// countDoc weighs the words of d into the counter's entries, listed in
// doc: title, tags, text and HTML, in the order first written.
func (c *counter) countDoc(d *Doc) {
	c.docs++
	c.doc = c.doc[:0]
	c.add(d.Title, titleWeight)
	for _, t := range d.Tags {
		c.add(t.Label, tagWeight)
	}
	c.add(d.Text, 1)
	c.addHTML(d.HTML, 1)
}

// kept is the number of the counted words that are not stop words.
func (c *counter) kept() int {
	n := 0
	for _, e := range c.doc {
		if !c.entries[e].stop {
			n++
		}
	}
	return n
}

// weigh returns the weighed words of d in the order first written (title,
// tags, text), stop words left out, in one string of their own (none of
// them keeps d's text alive).
func (c *counter) weigh(d *Doc) termList {
	c.countDoc(d)
	n, bytes := 0, 0
	for _, k := range c.doc {
		if e := &c.entries[k]; !e.stop {
			n++
			bytes += int(e.to - e.from)
		}
	}
	var all strings.Builder
	all.Grow(bytes)
	for _, k := range c.doc {
		if e := &c.entries[k]; !e.stop {
			all.Write(c.words[e.from:e.to])
		}
	}
	l := termList{text: all.String(), terms: make([]termEnd, 0, n)}
	end := int32(0)
	for _, k := range c.doc {
		if e := &c.entries[k]; !e.stop {
			end += e.to - e.from
			l.terms = append(l.terms, termEnd{end, int32(e.weight)})
		}
	}
	return l
}
