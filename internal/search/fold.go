package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns word as the index keeps it: in NFC, lower case, with ä, ö,
// ü written ae, oe, ue, ß as ss, other accents removed (é → e) and final
// sigma as sigma. "Größe", "Grösse" and "GROESSE" all fold to "groesse".
// The search script's fold does the same; the browser test compares them.
func Fold(word string) string {
	var b strings.Builder
	b.Grow(len(word) + 4)
	for _, r := range norm.NFC.String(word) {
		foldRune(&b, r)
	}
	return b.String()
}

// foldRune writes the folding of one rune of NFC text to b.
func foldRune(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		b.WriteByte(byte(unicode.ToLower(r)))
		return
	}
	switch r = unicode.ToLower(r); r {
	case 'ä':
		b.WriteString("ae")
	case 'ö':
		b.WriteString("oe")
	case 'ü':
		b.WriteString("ue")
	case 'ß', 'ẞ':
		b.WriteString("ss")
	case 'ς':
		b.WriteRune('σ')
	default:
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(unicode.ToLower(d))
			}
		}
	}
}

// isWordRune reports whether r belongs to a word: letters, digits and
// combining marks. Everything else separates words (hyphens and
// apostrophes too: "Teams-Kanäle" is "Teams" and "Kanäle").
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r >= 0x300 && unicode.Is(unicode.Mn, r)
}

// Words calls yield with each word of text, folded, in order; it stops
// when yield returns false. Words of one character and of more than
// MaxWord bytes are left out.
func Words(text string, yield func(string) bool) {
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && !emit(text[start:i], yield) {
			return
		}
		start = -1
	}
	if start >= 0 {
		emit(text[start:], yield)
	}
}

// MaxWord is the longest word (in bytes, before folding) the index keeps.
const MaxWord = 64

func emit(w string, yield func(string) bool) bool {
	if len(w) > MaxWord || utf8.RuneCountInString(w) < 2 {
		return true
	}
	return yield(foldFast(w))
}

// foldFast is Fold, without a copy for a word of lower-case ASCII, which
// most words of a text are.
func foldFast(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return Fold(w)
		}
	}
	return w
}
