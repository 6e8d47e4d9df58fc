// Package search builds the site's search index. It sits after the
// review gate and the model and before write: render hands it the posts
// the model shows (in production only published ones, in a preview every
// post with its state) and writes the files it returns below search/.
// It reads the model's text, never the rendered HTML pages, does no I/O
// and returns the same bytes for the same posts.
//
// Words are folded (fold.go: NFC, lower case, umlauts and ß spelled out,
// other accents dropped), so "Größe", "Grösse" and "groesse" are one
// word, then stemmed (german.go: Snowball German with the ae/oe/ue
// spellings of the german2 variant; English through
// github.com/kljensen/snowball). Long words are split into parts that
// are words of the index's own vocabulary (compound.go), so a post about
// the "Kundentelefon" is found by "Telefon".
//
// Each doc is weighed on its own into a list of terms (terms.go: its
// folded words and their weights, plain data), read from the HTML render
// made; the vocabulary, stems and postings are merged from the terms
// (vocab.go, postings.go, state.go), each distinct word stemmed and split
// once. A Cache keeps the index it made (state.go), and the next Build
// brings it up to date when few docs changed (update.go, patch.go): only
// the changed docs are weighed, only their stems' postings patched, and
// only the files of what changed written again, with the functions that
// write a new index's files; a change that could split a word of
// another doc differently makes the index anew.
//
// The browser never stems: the index ships its vocabulary (folded word →
// stem) in small files by the word's first two letters (index.go), and
// the script maps each typed word to stems by looking it up, by prefix
// for the word being typed, so index and query cannot disagree. The only
// text rule both sides share is Fold, which the browser test checks
// against the Go function on the same word list. Postings, the per-post
// fragments shown as results and the facet values are files of their
// own, fetched as a query needs them (docs.go and postings.go describe
// them).
package search
