package search

import (
	"encoding/binary"
	"math/bits"
)

// The counter reads a text eight bytes at a time: spaceBytes marks which
// of eight bytes are ASCII spaces and control characters, so a token's
// end and its first eight bytes (the tables' head) come without a loop
// and a branch per byte.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080 // the high bit of each byte
)

// add weighs each word of text with w, token by token.
func (c *counter) add(text string, w int) {
	for i := 0; i < len(text); {
		x := load(text[i:])
		space := spaceBytes(x)
		if space&0x80 != 0 {
			i += bits.TrailingZeros64(^space&highs) / 8
			continue
		}
		n := bits.TrailingZeros64(space) / 8
		head := x & (1<<(8*n) - 1) // n == 8: 1<<64 is 0, all eight
		end := i + n
		if n == 8 {
			end = tokenEnd(text, end)
		}
		c.token(text[i:end], head, w)
		i = end + 1 // a space, or beyond the end
	}
}

// tokenEnd returns where the token that goes on at text[i:] ends: at a
// space or the end.
func tokenEnd(text string, i int) int {
	for i < len(text) {
		n := bits.TrailingZeros64(spaceBytes(load(text[i:]))) / 8
		i += n
		if n < 8 {
			break
		}
	}
	return min(i, len(text))
}

// load returns the first eight bytes of s as a number, the first the
// lowest, zeros after a shorter s.
func load(s string) uint64 {
	if len(s) >= 8 {
		return binary.LittleEndian.Uint64([]byte(s[:8]))
	}
	var b [8]byte
	copy(b[:], s)
	return binary.LittleEndian.Uint64(b[:])
}

// spaceBytes has the high bit set of each byte of x that is below 0x21
// (ASCII spaces and control characters, zero included), and no other
// bit: a byte below 0x80 is below 0x21 when adding 0x5f leaves its high
// bit clear, and no sum carries into the next byte.
func spaceBytes(x uint64) uint64 {
	return ^(x&^highs + ones*0x5f) &^ x & highs
}
