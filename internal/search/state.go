package search

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/workers"
)

// state is an index as a Cache keeps it for the next Build: the words
// and stems by number, each doc's weighed stems, the postings, and the
// files made of them. A Build makes it from the docs (newState) or
// brings the last one up to date (update.go); either way each file is
// written from the state by the same function, so an update gives the
// bytes a new state would.
type state struct {
	opts  Options
	keys  []string   // each doc's Key
	terms []termList // each doc's terms
	docs  []Doc      // the docs without their text
	// Words by number: sorted in a new state, appended by an update; a
	// word no doc has any more keeps its number with count 0.
	words  []string
	wordAt map[string]int
	count  []int     // the docs with each word
	stem   []int     // each word's stem
	parts  [][]int32 // each word's compound parts
	// Stems by number, the same way; a stem no doc has keeps its number
	// with no postings.
	stems    []string
	stemAt   map[string]int
	wordsOf  [][]int32        // the words of each stem
	postings [][]posting      // each stem's docs and weights, in doc order
	weights  [][]posting      // each doc's stems and weights, in any order
	entries  int              // postings in all
	used     int              // stems with postings
	buckets  int              // postings files
	byBucket [][]int          // the stems with postings of each postings file, sorted
	byPrefix map[string][]int // the words of each vocabulary file (count > 0), sorted
	files    map[string]File  // by path
}

// newState makes the index of docs, whose vocabulary v is given, and
// their terms, which it keeps for an update (nil: no update will come; a
// Build without a Cache). It uses up v's terms.
func newState(docs []Doc, terms []termList, v *vocabulary, o Options, c *Cache) *state {
	stems := c.stems(v.words, o.Lang)
	parts := make([][]int32, len(v.words))
	workers.ForEach(len(v.words), func(i int) {
		for _, p := range Split(v.words[i], v.has) {
			parts[i] = append(parts[i], int32(v.at[p]))
		}
	})
	ix := newIndex(stems)
	weights := make([][]posting, len(docs)) // by doc: stem number and weight
	// Docs weighed with one weigher: a few groups per core.
	group := max(64, len(docs)/(4*runtime.GOMAXPROCS(0))+1)
	workers.ForEach((len(docs)+group-1)/group, func(g int) {
		w := &weigher{sum: make([]int32, len(ix.stems))}
		for d := g * group; d < min(len(docs), (g+1)*group); d++ {
			weights[d] = weigh(w, ix.number, v.terms[d], parts)
			v.terms[d] = nil // let go as soon as weighed
		}
	})
	ix.fill(weights)
	st := &state{opts: o, keys: make([]string, len(docs)), terms: terms, docs: bare(docs),
		words: v.words, wordAt: v.at, count: v.count, stem: ix.number, parts: parts,
		stems: ix.stems, stemAt: make(map[string]int, len(ix.stems)), wordsOf: make([][]int32, len(ix.stems)),
		postings: ix.postings, weights: weights, entries: ix.entries, byPrefix: map[string][]int{}, files: map[string]File{}}
	for d := range docs {
		st.keys[d] = docs[d].Key
	}
	for n, s := range st.stems {
		st.stemAt[s] = n
	}
	for i, w := range st.words {
		st.wordsOf[st.stem[i]] = append(st.wordsOf[st.stem[i]], int32(i))
		p := prefixOf(w)
		st.byPrefix[p] = append(st.byPrefix[p], i)
	}
	st.sortBuckets()
	st.writeAll()
	st.writeDocs(docs, nil)
	st.writeMeta(len(docs))
	return st
}

// writeAll writes every postings and vocabulary file, as writePostings
// and writeVocab do, made on every core (they only read the state).
func (st *state) writeAll() {
	prefixes := st.prefixes()
	files := make([]File, len(st.byBucket)+len(prefixes))
	workers.ForEach(len(files), func(i int) {
		if i < len(st.byBucket) {
			files[i] = newFile(postingsPath(i), postingsFile(st.byBucket[i], st.stems, st.postings, st.docs))
		} else {
			p := prefixes[i-len(st.byBucket)]
			files[i] = newFile(vocabPath(p), vocabFile(st.byPrefix[p], st))
		}
	})
	for _, f := range files {
		st.files[f.Path] = f
	}
}

// bare returns docs as the state keeps them: without their text, and
// with lists of their own.
func bare(docs []Doc) []Doc {
	out := make([]Doc, len(docs))
	for i := range docs {
		out[i] = bareDoc(docs[i])
	}
	return out
}

func bareDoc(d Doc) Doc {
	d.Text, d.HTML = "", ""
	d.Tags, d.Authors = slices.Clone(d.Tags), slices.Clone(d.Authors)
	return d
}

// sortBuckets chooses the number of postings files for the postings
// there are and sorts the stems with postings into them.
func (st *state) sortBuckets() {
	st.used = 0
	for _, list := range st.postings {
		if len(list) > 0 {
			st.used++
		}
	}
	st.buckets = bucketsFor(st.entries, st.used)
	st.byBucket = make([][]int, st.buckets)
	for n, s := range st.stems {
		if len(st.postings[n]) > 0 {
			b := BucketOf(s, st.buckets)
			st.byBucket[b] = append(st.byBucket[b], n)
		}
	}
	for _, list := range st.byBucket {
		slices.SortFunc(list, func(a, b int) int { return strings.Compare(st.stems[a], st.stems[b]) })
	}
}

// writePostings writes the postings file of bucket b.
func (st *state) writePostings(b int) {
	st.put(postingsPath(b), postingsFile(st.byBucket[b], st.stems, st.postings, st.docs))
}

// writeVocab writes the vocabulary file of prefix p, or removes it when
// no doc has a word with that prefix.
func (st *state) writeVocab(p string) {
	path := vocabPath(p)
	if len(st.byPrefix[p]) == 0 {
		delete(st.byPrefix, p)
		delete(st.files, path)
		return
	}
	st.put(path, vocabFile(st.byPrefix[p], st))
}

// list returns the files, sorted by path.
func (st *state) list() []File {
	out := make([]File, 0, len(st.files))
	for _, f := range st.files {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// put writes the file at path with data and its sum.
func (st *state) put(path string, data []byte) { st.files[path] = newFile(path, data) }

// newFile is the file at path with data and its sum.
func newFile(path string, data []byte) File {
	return File{Path: path, Data: data, Sum: sha256.Sum256(data)}
}

// vocabPath is the path of the vocabulary file of prefix p.
func vocabPath(p string) string { return "w/" + hex.EncodeToString([]byte(p)) + ".json" }

// prefixes returns the prefixes of the vocabulary files, sorted.
func (st *state) prefixes() []string {
	out := make([]string, 0, len(st.byPrefix))
	for p := range st.byPrefix {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
