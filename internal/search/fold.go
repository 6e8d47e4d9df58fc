package search

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns word as the index keeps it: in NFC, lower case, with ä, ö,
// ü written ae, oe, ue, ß as ss, other accents removed (é → e) and final
// sigma as sigma. "Größe", "Grösse" and "GROESSE" all fold to "groesse".
// The search script's fold does the same; the browser test compares them.
func Fold(word string) string { return string(appendFold(nil, word)) }

// appendFold appends the folding of word to dst. A word of ASCII letters
// and digits, which most words are, is lowered byte by byte.
func appendFold(dst []byte, word string) []byte {
	ascii := true
	for i := 0; i < len(word) && ascii; i++ {
		ascii = word[i] < utf8.RuneSelf
	}
	if ascii {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	if !latin1(word) && !norm.NFC.IsNormalString(word) {
		word = norm.NFC.String(word)
	}
	for _, r := range word {
		dst = foldRune(dst, r)
	}
	return dst
}

// latin1 reports whether every rune of word (valid UTF-8) is below
// U+0100, whose UTF-8 leading bytes are below 0xC4. Such text is NFC as
// it stands: no rune of Latin-1 has a decomposition a composition would
// undo, nor combines with the one before (TestLatin1IsNFC), so German
// words with umlauts and ß need no NFC check.
func latin1(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] >= 0xC4 {
			return false
		}
	}
	return true
}

// foldRune appends the folding of one rune of NFC text to dst.
func foldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(dst, byte(unicode.ToLower(r)))
	}
	switch r = unicode.ToLower(r); r {
	case 'ä':
		return append(dst, "ae"...)
	case 'ö':
		return append(dst, "oe"...)
	case 'ü':
		return append(dst, "ue"...)
	case 'ß', 'ẞ':
		return append(dst, "ss"...)
	case 'ς':
		return utf8.AppendRune(dst, 'σ')
	}
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			dst = utf8.AppendRune(dst, unicode.ToLower(d))
		}
	}
	return dst
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
	var buf []byte
	scan(text, func(w string, _ bool) bool {
		buf = appendFold(buf[:0], w)
		return yield(string(buf))
	})
}

// MaxWord is the longest word (in bytes, before folding) the index keeps.
const MaxWord = 64

// scan calls yield with each word of text as written, in order, the
// words Words folds, and whether it is folded as it stands (lower-case
// ASCII letters and digits); it stops when yield returns false.
func scan(text string, yield func(w string, folded bool) bool) {
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiClass[c] == '0' {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		start, folded := i, true
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				k := asciiClass[c]
				if k == '0' {
					break
				}
				folded = folded && k == '1'
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			folded = false
			i += size
		}
		if !keep(text[start:i], folded, yield) {
			return
		}
	}
}

// asciiClass is what each ASCII byte is to scan: '1' a lower-case letter
// or digit, '2' a capital, '0' no part of a word.
const asciiClass = "0000000000000000000000000000000000000000000000001111111111000000" +
	"0222222222222222222222222220000001111111111111111111111111100000"

// keep yields w unless it is too short or too long to index.
func keep(w string, folded bool, yield func(string, bool) bool) bool {
	if len(w) > MaxWord || len(w) < 2 || len(w) < 5 && utf8.RuneCountInString(w) < 2 {
		return true
	}
	return yield(w, folded)
}
