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
	if !norm.NFC.IsNormalString(word) {
		word = norm.NFC.String(word)
	}
	for _, r := range word {
		dst = foldRune(dst, r)
	}
	return dst
}

// foldRune appends the folding of one rune of NFC text to dst.
func foldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
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
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start == end {
			return
		}
		i = end
		if !indexable(text[start:end]) {
			continue
		}
		buf = appendFold(buf[:0], text[start:end])
		if !yield(string(buf)) {
			return
		}
	}
}

// MaxWord is the longest word (in bytes, before folding) the index keeps.
const MaxWord = 64

// nextWord returns where the first word of text at or after i begins
// and ends (both len(text) when there is none).
func nextWord(text string, i int) (start, end int) {
	for i < len(text) {
		c := text[i]
		if wordByte[c] == '1' {
			break
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	start = i
	for {
		for i < len(text) && wordByte[text[i]] == '1' {
			i++
		}
		if i == len(text) || text[i] < utf8.RuneSelf {
			return start, i
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			return start, i
		}
		i += size
	}
}

// wordByte is '1' at each ASCII letter and digit, '0' at every other
// byte, those of other characters' UTF-8 included (indexed by a byte, it
// needs no bounds check).
const wordByte = "0000000000000000000000000000000000000000000000001111111111000000" +
	"0111111111111111111111111110000001111111111111111111111111100000" +
	"0000000000000000000000000000000000000000000000000000000000000000" +
	"0000000000000000000000000000000000000000000000000000000000000000"

// indexable reports whether w is a word the index keeps: not one
// character, nor longer than MaxWord bytes.
func indexable(w string) bool {
	return len(w) <= MaxWord && len(w) >= 2 && (len(w) >= 5 || utf8.RuneCountInString(w) >= 2)
}
