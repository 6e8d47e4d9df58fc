package search

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// The counter reads a text eight bytes at a time: wordBytes marks which
// of eight bytes are ASCII letters and digits with a few operations on a
// uint64, so an ASCII word, most words, is found, lowered and its first
// eight bytes taken as the counter's number (head) without a loop and a
// branch per byte. A word with letters of U+00C0–U+00FF too (German
// umlauts and ß) is read and folded byte by byte by latinWord, with the
// foldings foldRune gives those letters; any other word, or a word next
// to another character, by nextWord and appendFold. All read and fold
// the words Words does (TestCounterCounts, TestCounterRandomText,
// TestWordBytes).

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080 // the high bit of each byte
)

// add weighs each word of text with w.
func (c *counter) add(text string, w int) {
	for i := 0; i < len(text); {
		x := uint64(0)
		if i+8 <= len(text) {
			x = load8(text[i:])
		} else {
			x = loadTail(text[i:])
		}
		word := wordBytes(x)
		if word&0x80 == 0 {
			// Not at a word: on to the next word or to the first byte
			// beyond ASCII, whose word nextWord reads.
			skip := bits.TrailingZeros64(word|x&highs) / 8
			if skip < 8 && x>>(8*skip)&0x80 != 0 {
				i = c.addWord(text, i+skip, w)
			} else {
				i += skip
			}
			continue
		}
		n := bits.TrailingZeros64(^word&highs) / 8
		head := (x | ones*0x20) & (1<<(8*n) - 1) // n == 8: 1<<64 is 0, all eight
		c.fold = binary.LittleEndian.AppendUint64(c.fold[:0], head)
		end := i + n
		if n == 8 {
			end = c.longWord(text, end)
		}
		if end < len(text) && text[end] >= utf8.RuneSelf {
			i = c.addWord(text, i, w) // the word may go on beyond ASCII
			continue
		}
		if n := end - i; n >= 2 && n <= MaxWord {
			c.count(c.fold[:n], head, w)
		}
		i = end
	}
}

// longWord reads on an ASCII word of text whose first eight bytes are
// in c.fold from its ninth byte, at i: it returns where the word ends
// and appends it lowered to c.fold (up to MaxWord bytes of it, and some
// bytes after).
func (c *counter) longWord(text string, i int) int {
	for {
		x := uint64(0)
		if i+8 <= len(text) {
			x = load8(text[i:])
		} else {
			x = loadTail(text[i:])
		}
		if len(c.fold) < MaxWord {
			c.fold = binary.LittleEndian.AppendUint64(c.fold, x|ones*0x20)
		}
		n := bits.TrailingZeros64(^wordBytes(x)&highs) / 8
		i += n
		if n < 8 {
			return i
		}
	}
}

// addWord weighs the first word of text at or after i with w and
// returns where it ends: a word of ASCII letters and digits and letters
// of U+00C0–U+00FF read by latinWord, any other by nextWord.
func (c *counter) addWord(text string, i, w int) int {
	start, end, ok := i, 0, false
	if end, ok = c.latinWord(text, i); !ok || end == start {
		var ascii bool
		start, end, ascii = nextWord(text, i)
		if ascii {
			c.fold = appendASCIIFold(c.fold[:0], text[start:end])
		} else {
			c.fold = appendFold(c.fold[:0], text[start:end])
		}
	}
	if indexable(text[start:end]) {
		c.count(c.fold, firstEight(c.fold), w)
	}
	return end
}

// latinWord reads the word at text[i:] if it is written in ASCII
// letters and digits and letters of U+00C0–U+00FF (German words with
// umlauts and ß), folding it into c.fold as appendFold does (such text
// is NFC, see latin1), and returns where it ends; ok is false if the
// word has other characters, or i is at none of these.
func (c *counter) latinWord(text string, i int) (end int, ok bool) {
	c.fold = c.fold[:0]
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf {
			if wordByte[b] != '1' {
				break
			}
			c.fold = append(c.fold, b|0x20)
			i++
			continue
		}
		if text[i] != 0xC3 || i+1 == len(text) || text[i+1]&0xC0 != 0x80 {
			return i, false
		}
		f := c.latin[text[i+1]&0x3F]
		if f == "" {
			break // × and ÷
		}
		c.fold = append(c.fold, f...)
		i += 2
	}
	return i, true
}

// latinFolds is the folding of each letter of U+00C0–U+00FF (the UTF-8
// bytes 0xC3 0x80–0xBF), by its second byte's low six bits; empty for
// the two that are not letters, × and ÷.
type latinFolds [64]string

func newLatinFolds() *latinFolds {
	var l latinFolds
	for k := range l {
		if r := rune(0xC0 + k); isWordRune(r) {
			l[k] = string(foldRune(nil, r))
		}
	}
	return &l
}

// load8 returns the first eight bytes of s as a number, the first the
// lowest.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadTail is load8 of fewer than eight bytes, zeros after them.
func loadTail(s string) uint64 {
	var b [8]byte
	copy(b[:], s)
	return binary.LittleEndian.Uint64(b[:])
}

// wordBytes has the high bit set of each byte of x that is an ASCII
// letter or digit (wordByte), and no other bit.
func wordBytes(x uint64) uint64 {
	low := x &^ highs
	return (between(low|ones*0x20, 'a'-1, 'z'+1) | between(low, '0'-1, '9'+1)) &^ x & highs
}

// between has the high bit set of each byte of y (each below 0x80) that
// lies between m and n, both excluded (m < n <= 0x80): neither sum nor
// difference carries from one byte into the next.
func between(y, m, n uint64) uint64 {
	return (ones*(0x7f+n) - y) & (y + ones*(0x7f-m)) & highs
}
