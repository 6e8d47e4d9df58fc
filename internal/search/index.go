package search

import "unicode/utf8"

// Doc is one post as the index sees it: what a result shows and what it
// is found by. Build is given the docs oldest first and numbers them in
// that order (the oldest, 0), so that a new post takes the next number
// and leaves the others' as they were.
type Doc struct {
	URL, Title, DateISO, DateText, Excerpt string
	// Text is the post's body as plain text, HTML its body as HTML made
	// by render (read as TextOf reads it); either may be empty.
	Text, HTML string
	// Key identifies what the index reads of the doc's words, its
	// title, tags and text: docs with the same non-empty Key must have
	// the same. A Cache keeps a doc's terms by it; empty, they are not
	// kept.
	Key string
	// Round, Tandem, Kind and Year are the post's single facets (a zero
	// Value: none), Tags and Authors its lists.
	Round, Tandem, Kind, Year Value
	Tags, Authors             []Value
	// State is the name of the post's review state, shown in a preview;
	// empty in production.
	State string
}

// Value is a facet value: its key (an id or address) and its label.
type Value struct{ Key, Label string }

// File is one file of the index, its path below the search folder, and
// Sum the SHA-256 of Data, made where the file is written, so an update
// hashes only the files it writes again.
type File struct {
	Path string
	Data []byte
	Sum  [32]byte
}

// Options are the site's language and whether the index is a preview's.
type Options struct {
	Lang    string
	Preview bool
}

// Weights of a word by where it stands in a post: a title word counts as
// eight words of the text, a tag's word as four, a part of a compound as
// one. A stem's weight in a post is capped at maxWeight.
const (
	titleWeight = 8
	tagWeight   = 4
	maxWeight   = 99
)

// Build returns the files of the index of docs, sorted by path; the same
// docs and options give the same bytes, with or without a Cache. A nil
// Cache keeps nothing: each doc's words are weighed straight into the
// vocabulary, without the terms a Cache keeps, which saves a one-shot
// build their memory. Build reads docs and keeps none of them (a
// Cache keeps a copy without their text), so the caller may keep the
// slice and change it for the next Build.
func Build(docs []Doc, o Options, c *Cache) []File {
	if c == nil {
		return newState(docs, nil, countVocabulary(docs), o, nil).list()
	}
	terms := c.terms(docs)
	if c.last == nil || !c.last.update(docs, terms, o, c) {
		c.last = newState(docs, terms, newVocabulary(terms), o, c)
	}
	return c.last.list()
}

// prefixOf is the vocabulary file a folded word is listed in: its first
// two characters (one, for a word of one).
func prefixOf(w string) string {
	n := 0
	for i := range w {
		if n == 2 {
			return w[:i]
		}
		n++
	}
	return w
}

// runes counts the characters of w.
func runes(w string) int { return utf8.RuneCountInString(w) }
