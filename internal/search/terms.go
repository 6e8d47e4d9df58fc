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
// another, reusing its memory: the folded words of the doc are appended
// to words, each once, and slots is a hash table of their spans (a
// span's number plus one; zero is free), probed linearly.
type counter struct {
	stop  stopSet
	seed  maphash.Seed
	slots []int32
	spans []span
	words []byte
}

// span is a word of the doc being weighed, words[from:to], its weight,
// and whether it is a stop word (counted, then left out).
type span struct {
	from, to int32
	weight   int
	stop     bool
}

func newCounter(stop stopSet) *counter { return &counter{stop: stop, seed: maphash.MakeSeed()} }

// add weighs each word of text with w. A word that is written folded
// already (lower-case ASCII) is copied as it stands, any other folded.
func (c *counter) add(text string, w int) {
	scan(text, func(raw string, folded bool) bool {
		from := len(c.words)
		if folded {
			c.words = append(c.words, raw...)
		} else {
			c.words = appendFold(c.words, raw)
		}
		c.count(from, w)
		return true
	})
}

// addHTML weighs the words of an HTML fragment made by render, read as
// TextOf reads it, with w.
func (c *counter) addHTML(h string, w int) { texts(h, func(s string) { c.add(s, w) }) }

// count weighs the word words[from:] with w: a word seen before adds to
// its span and is taken off words again, a new one gets a span.
func (c *counter) count(from int, w int) {
	if 2*(len(c.spans)+1) > len(c.slots) {
		c.rehash(2 * len(c.slots))
	}
	word := c.words[from:]
	mask := len(c.slots) - 1
	for i := int(maphash.Bytes(c.seed, word)) & mask; ; i = (i + 1) & mask {
		n := c.slots[i]
		if n == 0 {
			c.spans = append(c.spans, span{from: int32(from), to: int32(len(c.words)), weight: w, stop: c.stop[string(word)]})
			c.slots[i] = int32(len(c.spans))
			return
		}
		if s := &c.spans[n-1]; string(c.words[s.from:s.to]) == string(word) {
			s.weight += w
			c.words = c.words[:from]
			return
		}
	}
}

// rehash makes the table size slots (a power of two) and enters the
// spans again.
func (c *counter) rehash(size int) {
	c.slots = make([]int32, max(size, 64))
	mask := len(c.slots) - 1
	for n, s := range c.spans {
		i := int(maphash.Bytes(c.seed, c.words[s.from:s.to])) & mask
		for c.slots[i] != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = int32(n + 1)
	}
}

// countDoc weighs the words of d into the counter's spans: title, tags,
// text and HTML, in the order first written.
func (c *counter) countDoc(d *Doc) {
	c.spans, c.words = c.spans[:0], c.words[:0]
	// About one distinct word in 24 bytes of text (generated posts), in
	// 36 bytes of HTML.
	size := 64
	for size < 2*(len(d.Text)/24+len(d.HTML)/36+16) {
		size *= 2
	}
	if len(c.slots) < size {
		c.slots = make([]int32, size)
	} else {
		clear(c.slots)
	}
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
	for _, s := range c.spans {
		if !s.stop {
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
	for _, s := range c.spans {
		if !s.stop {
			n++
			bytes += int(s.to - s.from)
		}
	}
	var all strings.Builder
	all.Grow(bytes)
	for _, s := range c.spans {
		if !s.stop {
			all.Write(c.words[s.from:s.to])
		}
	}
	l := termList{text: all.String(), terms: make([]termEnd, 0, n)}
	end := int32(0)
	for _, s := range c.spans {
		if !s.stop {
			end += s.to - s.from
			l.terms = append(l.terms, termEnd{end, int32(s.weight)})
		}
	}
	return l
}
