package search

import "github.com/kljensen/snowball/english"

// Stemmer maps a folded word to its stem in one language.
type Stemmer func(folded string) string

// StemmerFor returns the stemmer of a site language: Snowball English
// for "en" and "en-…", Snowball German otherwise (tandem's languages are
// German and English).
func StemmerFor(lang string) Stemmer {
	if lang == "en" || len(lang) > 3 && lang[:3] == "en-" {
		return func(w string) string { return english.Stem(w, false) }
	}
	return German
}

// StopWords are the folded words too common to index: the articles,
// pronouns, conjunctions and prepositions of German and English, sorted.
// The script leaves them out of queries too (meta.json lists them).
func StopWords() []string {
	return []string{
		// German
		"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
		"und", "oder", "aber", "auch", "als", "am", "an", "auf", "aus", "bei", "bis", "da", "dass", "durch",
		"er", "es", "sie", "wir", "ihr", "ich", "du", "man", "mit", "nach", "nicht", "noch", "nur", "ob",
		"im", "in", "ist", "sind", "war", "hat", "haben", "wird", "werden", "so", "um", "von", "vor", "wie",
		"zu", "zum", "zur", "ueber", "fuer", "sich", "sein", "seine", "ihre", "wenn", "was", "wo", "dann",
		// English
		"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
		"is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as",
		"we", "you", "he", "she", "they", "our", "their", "not", "if", "then", "than",
	}
}
