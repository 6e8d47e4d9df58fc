package search

import (
	"slices"
	"strings"
)

// Term is a folded word of a doc and its weight there: the sum of its
// occurrences, a title word counting titleWeight, a tag's word tagWeight.
type Term struct {
	Word   string
	Weight int
}

// stopSet is the stop words as a set.
type stopSet map[string]bool

func newStopSet() stopSet {
	stop := stopSet{}
	for _, w := range StopWords() {
		stop[w] = true
	}
	return stop
}

// counter sums the weights of a doc's words.
type counter struct {
	stop  stopSet
	at    map[string]int // a word's place in terms
	terms []Term
	buf   []byte
}

// add weighs each word of text with w. A word that is written folded
// already (lower-case ASCII) is looked up as it stands, any other folded
// into buf; a new word's string is made only when it is first seen.
func (c *counter) add(text string, w int) {
	scan(text, func(raw string, folded bool) bool {
		word := raw
		if !folded {
			c.buf = appendFold(c.buf[:0], raw)
			if i, ok := c.at[string(c.buf)]; ok {
				c.terms[i].Weight += w
				return true
			}
			word = string(c.buf)
		}
		if i, ok := c.at[word]; ok {
			c.terms[i].Weight += w
		} else if !c.stop[word] {
			c.at[word] = len(c.terms)
			c.terms = append(c.terms, Term{word, w})
		}
		return true
	})
}

// weigh returns the weighed words of d in the order first written (title,
// tags, text), in one string of their own (none of them keeps d's text
// alive).
// A counter serves one doc after another: its map is cleared, not made
// again.
func (c *counter) weigh(d *Doc) []Term {
	// About one distinct word in 24 bytes of text (generated posts).
	guess := len(d.Text)/24 + 16
	if c.at == nil {
		c.at = make(map[string]int, guess)
	}
	clear(c.at)
	c.terms = make([]Term, 0, guess)
	c.add(d.Title, titleWeight)
	for _, t := range d.Tags {
		c.add(t.Label, tagWeight)
	}
	c.add(d.Text, 1)
	n := 0
	for _, t := range c.terms {
		n += len(t.Word)
	}
	var all strings.Builder
	all.Grow(n)
	for _, t := range c.terms {
		all.WriteString(t.Word)
	}
	s := all.String()
	for i := range c.terms {
		n := len(c.terms[i].Word)
		c.terms[i].Word, s = s[:n], s[n:]
	}
	return slices.Clip(c.terms)
}
