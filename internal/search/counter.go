package search

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"slices"
)

// counter sums the weights of a doc's words. It serves one doc after
// another, keeping every word it met (an entry, its folded bytes in
// words, in a hash table probed linearly, see slot): a word met in an
// earlier doc is not copied, nor looked up in the stop words or by its
// caller (id) again. doc lists the entries of the doc being weighed, in
// the order first written.
type counter struct {
	stop    stopSet
	latin   *latinFolds
	seed    uint64 // of the hash, chosen at random
	slots   []slot
	shift   uint // 64 minus the bits of a slot's number
	entries []entry
	words   []byte
	doc     []int32
	docs    int32  // the docs weighed so far; the one being weighed
	fold    []byte // the word being looked up
}

// slot is a place of the counter's table: the number of its entry plus
// one (zero: free), and the first eight bytes of the entry's word
// (zeros after a shorter word; no word has a zero byte). A word of
// fewer than eight bytes, most words, is found by comparing head alone.
type slot struct {
	head uint64
	n    int32
}

// entry is a word the counter met, words[from:to]: its weight in the doc
// weighed last (seen), whether it is a stop word (counted, then left
// out), and a number its caller gives it (id, -1 until then).
type entry struct {
	from, to int32
	weight   int32
	seen     int32
	id       int32
	stop     bool
}

func newCounter(stop stopSet, latin *latinFolds) *counter {
	c := &counter{stop: stop, latin: latin, seed: rand.Uint64()}
	c.rehash(1024)
	return c
}

// addHTML weighs the words of an HTML fragment made by render, read as
// TextOf reads it, with w.
func (c *counter) addHTML(h string, w int) { texts(h, func(s string) { c.add(s, w) }) }

// count weighs a folded word, whose first eight bytes are head, with w:
// a word of the doc seen before adds to its weight, a word the counter
// met in an earlier doc is listed in doc again, a new one gets an entry.
func (c *counter) count(word []byte, head uint64, w int) {
	if 2*(len(c.entries)+1) > len(c.slots) {
		c.rehash(2 * len(c.slots))
	}
	mask := len(c.slots) - 1
	h := c.headHash(head, len(word))
	if len(word) > 8 {
		h = c.hash(word, head)
	}
	for i := int(h >> c.shift); ; i = (i + 1) & mask {
		s := &c.slots[i]
		if s.n == 0 {
			from := len(c.words)
			c.words = append(c.words, word...)
			c.entries = append(c.entries, entry{from: int32(from), to: int32(len(c.words)), weight: int32(w), seen: c.docs, id: -1, stop: c.stop[string(word)]})
			*s = slot{head, int32(len(c.entries))}
			c.doc = append(c.doc, int32(len(c.entries)-1))
			c.doc = slices.Grow(c.doc, len(c.entries)-len(c.doc)+1) // room for each entry
			return
		}
		if s.head != head {
			continue
		}
		e := &c.entries[s.n-1]
		if len(word) >= 8 && string(c.words[e.from:e.to]) != string(word) {
			continue
		}
		// The first time in the doc, the entry is listed in doc and its
		// weight starts at w; written without a branch, which would
		// guess wrong about as often as words are new in a doc.
		n, weight := len(c.doc), e.weight
		c.doc = c.doc[:n+1]
		c.doc[n] = s.n - 1
		if e.seen != c.docs {
			n, weight = n+1, 0
		}
		c.doc, e.seen, e.weight = c.doc[:n], c.docs, weight+int32(w)
		return
	}
}

// hash is the hash of word, whose first eight bytes are head: a mix of
// head and the seed (wyhash's), and for a longer word of its other
// bytes too.
func (c *counter) hash(word []byte, head uint64) uint64 {
	h := c.headHash(head, len(word))
	for word = word[min(8, len(word)):]; len(word) > 0; word = word[min(8, len(word)):] {
		h = mix(h^firstEight(word), 0xa0761d6478bd642f)
	}
	return h
}

// headHash is the hash of a word of n bytes whose first eight are head:
// all of hash for a word of eight bytes or fewer, most words, inlined
// where count looks them up.
func (c *counter) headHash(head uint64, n int) uint64 {
	return mix(head^c.seed, uint64(n)^0xe7037ed1a0b428db)
}

// firstEight is the first eight bytes of word as a number, zeros after a
// shorter word.
func firstEight(word []byte) uint64 {
	if len(word) >= 8 {
		return binary.LittleEndian.Uint64(word)
	}
	x := uint64(0)
	for i := len(word) - 1; i >= 0; i-- {
		x = x<<8 | uint64(word[i])
	}
	return x
}

// mix is wyhash's mixing function.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// rehash makes the table size slots (a power of two) and enters the
// entries again.
func (c *counter) rehash(size int) {
	c.slots = make([]slot, size)
	c.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := size - 1
	for n, e := range c.entries {
		word := c.words[e.from:e.to]
		head := firstEight(word)
		i := int(c.hash(word, head) >> c.shift)
		for c.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = slot{head, int32(n + 1)}
	}
}
