package content

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// checkControls reports the first control character in a post's text
// (tab and line breaks are text). Browsers show them as boxes or not at
// all, and feeds may not contain them, so they are refused where they
// are rather than passed on.
func checkControls(path string, data []byte) diag.List {
	var problems diag.List
	for i := 0; i < len(data); {
		if i+8 <= len(data) && printableASCII(binary.LittleEndian.Uint64(data[i:])) {
			i += 8 // eight letters, digits, spaces or punctuation at once
			continue
		}
		if c := data[i]; c >= 0x20 && c < 0x7f || c == '\n' {
			i++ // printable ASCII, most of any post: no rune to decode
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if !isControl(r) {
			i += size
			continue
		}
		hint := diag.T("delete it; it often comes from copying text out of another program")
		if r >= 0x80 {
			hint = diag.T("it is often a quotation mark or dash saved in the wrong encoding; type the character again")
		}
		problems.Errorf(diag.At(path, data, i), "control-character", hint, "the text holds a control character (U+%04X) here", r)
		return problems
	}
	return problems
}

// plainText reports whether data is UTF-8 text without a control
// character (tab and line breaks are text), in one pass: exactly when
// textProblems finds nothing (a NUL byte is a control character, and a
// UTF-16 byte-order mark is no UTF-8). Eight bytes are looked at at
// once: all printable ASCII, they are passed; otherwise the pass goes on
// at the first byte that is not (a line break, a letter such as ä),
// instead of at the next byte, which would look at the bytes before it
// up to eight times.
func plainText(data []byte) bool {
	for i := 0; i < len(data); {
		if i+8 <= len(data) {
			m := unprintable(binary.LittleEndian.Uint64(data[i:]))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		c := data[i]
		if c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		if c < 0x80 {
			return false // a C0 control or DEL
		}
		r, size := utf8.DecodeRune(data[i:])
		if size == 1 || isControl(r) {
			return false // not UTF-8 (a rune from 0x80 up has two bytes or more), or a C1 control or non-character
		}
		i += size
	}
	return true
}

// printableASCII reports whether each of the eight bytes in w is
// printable ASCII (0x20 to 0x7E), with the usual bit tricks, exact for
// whether any byte fails: no byte has its high bit set (0x80 and up);
// then, with all bytes below 0x80, subtracting 0x20 from each borrows
// into a high bit only below 0x20, and adding 1 carries into one only
// at 0x7F.
func printableASCII(w uint64) bool {
	return unprintable(w) == 0
}

// unprintable returns the high bits of the bytes of w (little-endian)
// that are not printable ASCII, by the tricks of printableASCII; it is
// exact up to the first such byte, its lowest bit set: a borrow or carry
// that could mark a printable byte wrongly starts only at a byte that is
// marked, and goes up, to later bytes.
func unprintable(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (w | (w-0x20*ones)&^w | (w + ones)) & highs
}

// isControl reports characters that are not text: C0 and C1 controls
// other than tab and line breaks, and the non-characters U+FFFE/U+FFFF.
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	}
	return r == 0xfffe || r == 0xffff
}
