package search

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Doc is one post as the index sees it: what a result shows and what it
// is found by. Build numbers the docs in the order given (newest first).
type Doc struct {
	URL, Title, DateISO, DateText, Excerpt string
	// Text is the post's body as plain text.
	Text string
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

// File is one file of the index, its path below the search folder.
type File struct {
	Path string
	Data []byte
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

// analysed is one doc's words, folded, with their weights.
type analysed map[string]int

// analyse weighs the words of d.
func analyse(d *Doc, stop map[string]bool) analysed {
	a := analysed{}
	add := func(text string, w int) {
		Words(text, func(f string) bool {
			if !stop[f] {
				a[f] += w
			}
			return true
		})
	}
	add(d.Title, titleWeight)
	for _, t := range d.Tags {
		add(t.Label, tagWeight)
	}
	add(d.Text, 1)
	return a
}

// Build returns the files of the index of docs, sorted by path; the same
// docs and options give the same bytes.
func Build(docs []Doc, o Options) []File {
	stop := map[string]bool{}
	for _, w := range StopWords() {
		stop[w] = true
	}
	words := make([]analysed, len(docs))
	workers.ForEach(len(docs), func(i int) { words[i] = analyse(&docs[i], stop) })
	df := map[string]int{}
	for _, a := range words {
		for w := range a {
			df[w]++
		}
	}
	vocab := sortedKeys(df)
	inVocab := func(w string) bool { _, ok := df[w]; return ok }
	stemOf := StemmerFor(o.Lang)
	stems := make([]string, len(vocab))
	parts := make([][]string, len(vocab))
	workers.ForEach(len(vocab), func(i int) {
		stems[i] = stemOf(vocab[i])
		parts[i] = Split(vocab[i], inVocab)
	})
	at := make(map[string]int, len(vocab))
	for i, w := range vocab {
		at[w] = i
	}
	ix := newIndex(stems)
	weights := make([][]posting, len(docs)) // by doc: stem number and weight
	workers.ForEach(len(docs), func(d int) {
		weights[d] = ix.weigh(words[d], func(w string) int { return at[w] }, parts)
		words[d] = nil
	})
	for d, ws := range weights {
		ix.add(d, ws)
	}
	files := ix.postingFiles()
	files = append(files, vocabFiles(vocab, stems, ix)...)
	var prefixes []string
	for _, w := range vocab {
		if p := prefixOf(w); len(prefixes) == 0 || prefixes[len(prefixes)-1] != p {
			prefixes = append(prefixes, p)
		}
	}
	files = append(files, docFiles(docs, o, prefixes)...)
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
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
