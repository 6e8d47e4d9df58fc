package search

import "unicode/utf8"

// Compound parts: a part has at least minPart letters, and a word is
// split only when it has at least minCompound.
const (
	minPart     = 4
	minCompound = 8
)

// Split returns the parts of a folded compound word that are words of
// vocab, first to last, or nil when it is not made of them: with vocab
// holding "kunden" and "telefon", "kundentelefon" gives [kunden telefon];
// with "arbeit" and "gruppe", "arbeitsgruppe" gives [arbeit gruppe]. The
// last part is the longest word of vocab the word ends with; the rest is
// split the same way, and may end with a joint (s, es, n, en, e).
func Split(word string, vocab func(string) bool) []string {
	if utf8.RuneCountInString(word) < minCompound {
		return nil
	}
	parts := split(word, vocab, 4)
	if len(parts) < 2 {
		return nil
	}
	return parts
}

// split splits w into at most depth words of vocab (w itself when it is
// one and shorter words fail), or nil.
func split(w string, vocab func(string) bool, depth int) []string {
	if depth == 0 {
		return nil
	}
	// The head must keep minPart letters: try the longest tail first.
	for i := minPart; i+minPart <= len(w); i++ {
		if !utf8.RuneStart(w[i]) {
			continue
		}
		tail := w[i:]
		if !vocab(tail) {
			continue
		}
		if head := headOf(w[:i], vocab, depth-1); head != nil {
			return append(head, tail)
		}
	}
	return nil
}

// headOf returns the parts of the head of a compound: a word of vocab,
// that word with its joint, or a compound itself.
func headOf(h string, vocab func(string) bool, depth int) []string {
	if vocab(h) {
		return []string{h}
	}
	// The joints German puts between the parts of a compound
	// ("Arbeit-s-gruppe", "Kunde-n-telefon").
	for _, l := range [...]string{"s", "es", "n", "en", "e"} {
		if len(h)-len(l) >= minPart && h[len(h)-len(l):] == l && vocab(h[:len(h)-len(l)]) {
			return []string{h[:len(h)-len(l)]}
		}
	}
	return split(h, vocab, depth)
}
