package search

// counter sums the weights of a doc's words. It serves one doc after
// another and reads a text token by token (scan.go): a token is a run
// of bytes between ASCII spaces and control characters, which no word
// has, so a token's words (Words of it) are the same wherever it
// stands. The counter keeps every token it met and its words (tokens,
// parts), and every word but the stop words (words, entries): a token
// met before, in this doc or an earlier one, is not split, folded nor
// looked up among the stop words again, and a stop word is not counted.
// doc lists the entries of the doc being weighed, in the order first
// written.
type counter struct {
	stop    stopSet
	tokens  table
	parts   []int32 // the entries of the tokens' words, token after token
	partEnd []int32 // where each token's entries end in parts
	words   table
	entries []entry // by the word's number in words
	doc     []int32
	docs    int32 // the docs weighed so far; the one being weighed
}

// entry is a word the counter met: its weight in the doc weighed last
// (seen) and a number its caller gives it (id, -1 until then).
type entry struct {
	weight int32
	seen   int32
	id     int32
}

func newCounter(stop stopSet) *counter {
	return &counter{stop: stop, tokens: newTable(), words: newTable()}
}

// word is the folded word of entry k.
func (c *counter) word(k int32) []byte { return c.words.key(k) }

// addHTML weighs the words of an HTML fragment made by render, read as
// TextOf reads it, with w.
func (c *counter) addHTML(h string, w int) { texts(h, func(s string) { c.add(s, w) }) }

// token weighs the words of a token, whose first eight bytes are head,
// with w.
func (c *counter) token(tok string, head uint64, w int) {
	t, added := c.tokens.find(tok, head)
	if added {
		c.split(tok)
	}
	start := int32(0)
	if t > 0 {
		start = c.partEnd[t-1]
	}
	for _, k := range c.parts[start:c.partEnd[t]] {
		// The first time in the doc, the entry is listed in doc and its
		// weight starts at w; written without a branch, which would
		// guess wrong about as often as words are new in a doc.
		e := &c.entries[k]
		n, weight := len(c.doc), e.weight
		c.doc = c.doc[:n+1]
		c.doc[n] = k
		if e.seen != c.docs {
			n, weight = n+1, 0
		}
		c.doc, e.seen, e.weight = c.doc[:n], c.docs, weight+int32(w)
	}
}

// split lists the entries of the words of a new token but its stop
// words, making entries for new words.
func (c *counter) split(tok string) {
	Words(tok, func(word string) bool {
		if c.stop[word] {
			return true
		}
		k, added := c.words.find(word, firstEight(word))
		if added {
			c.entries = append(c.entries, entry{id: -1})
			if cap(c.doc) <= len(c.entries) {
				c.doc = append(make([]int32, 0, 2*len(c.entries)+1), c.doc...) // room for each entry
			}
		}
		c.parts = append(c.parts, k)
		return true
	})
	c.partEnd = append(c.partEnd, int32(len(c.parts)))
}
