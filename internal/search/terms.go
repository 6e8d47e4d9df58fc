package search

import (
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

// weigh returns the weighed words of d in the order first written (title,
// tags, text), stop words left out, in one string of their own (none of
// them keeps d's text alive).
func (c *counter) weigh(d *Doc) termList {
	c.countDoc(d)
	bytes := 0
	for _, k := range c.doc {
		bytes += len(c.word(k))
	}
	var all strings.Builder
	all.Grow(bytes)
	for _, k := range c.doc {
		all.Write(c.word(k))
	}
	l := termList{text: all.String(), terms: make([]termEnd, len(c.doc))}
	end := int32(0)
	for j, k := range c.doc {
		end += int32(len(c.word(k)))
		l.terms[j] = termEnd{end, c.entries[k].weight}
	}
	return l
}
