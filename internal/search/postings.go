package search

import (
	"bytes"
	"hash/fnv"
	"slices"
	"strconv"
)

// bucketBytes is about how many bytes of postings one postings file
// holds: the number of files is the power of two that keeps them near it.
const bucketBytes = 16 << 10

// posting is a doc a stem occurs in, with the stem's weight there (or,
// while a doc is weighed, a stem's number and weight).
type posting struct{ doc, weight int32 }

// index is the postings of every stem, each list in doc order; stems are
// numbered in the order of the sorted unique stems.
type index struct {
	stems    []string // by number
	number   []int    // the stem number of each vocabulary word
	postings [][]posting
	entries  int
}

// newIndex numbers the stems of the vocabulary (stems[i] is the stem of
// the i-th word).
func newIndex(stems []string) *index {
	unique := slices.Clone(stems)
	slices.Sort(unique)
	unique = slices.Compact(unique)
	ix := &index{stems: unique, number: make([]int, len(stems)), postings: make([][]posting, len(unique))}
	for i, s := range stems {
		ix.number[i], _ = slices.BinarySearch(unique, s)
	}
	return ix
}

// weigher sums the weights of one doc's stems by stem number; a
// worker weighs doc after doc with one, which is zero again between docs.
type weigher struct {
	sum     []int32 // by stem number
	touched []int32 // the stems with a sum, in the order first weighed
}

func (w *weigher) add(stem, weight int) {
	if w.sum[stem] == 0 {
		w.touched = append(w.touched, int32(stem))
	}
	w.sum[stem] += int32(weight)
}

// weigh returns the stems of a doc's terms with their weights, in the
// order first weighed: each word counts for its stem, and each part of a
// compound for the part's stem, half as much; a stem's weight is capped
// at maxWeight. A term's word (a number) has the stem number[word] and
// the compound parts (as word numbers) parts[word].
func weigh(w *weigher, number []int, terms []wterm, parts [][]int32) []posting {
	for _, t := range terms {
		weight := int(t.weight)
		w.add(number[t.word], weight)
		for _, p := range parts[t.word] {
			w.add(number[p], max(1, weight/2))
		}
	}
	out := make([]posting, len(w.touched))
	for k, s := range w.touched {
		out[k] = posting{s, min(w.sum[s], maxWeight)}
		w.sum[s] = 0
	}
	w.touched = w.touched[:0]
	return out
}

// fill makes each stem's postings from the weighed stems of every doc
// (weights[d] of doc d, in any order), in doc order, in one array.
func (ix *index) fill(weights [][]posting) {
	count := make([]int, len(ix.stems)+1)
	for _, ws := range weights {
		for _, w := range ws {
			count[w.doc+1]++
		}
	}
	for s := range ix.stems {
		count[s+1] += count[s]
	}
	ix.entries = count[len(ix.stems)]
	all := make([]posting, ix.entries)
	next := slices.Clone(count[:len(ix.stems)])
	for d, ws := range weights {
		for _, w := range ws {
			all[next[w.doc]] = posting{int32(d), w.weight}
			next[w.doc]++
		}
	}
	for s := range ix.stems {
		ix.postings[s] = all[count[s]:count[s+1]:count[s+1]]
	}
}

// bucketsFor is the number of postings files for entries postings of
// stems stems: the power of two that keeps them near bucketBytes, but
// not above stems. A stem's postings are all in one file, so a site of
// many posts and few words (10,000 generated posts have 269 stems and
// 1.6 million postings: 1,024 files by their postings) would otherwise
// have mostly empty files, and one postings file per stem would hold
// the bytes of a word's postings as one of several does.
func bucketsFor(entries, stems int) int {
	n := 1
	for n*bucketBytes < entries*5 && 2*n <= stems {
		n *= 2
	}
	return n
}

// keyRunes is how many first letters of a stem choose its postings file
// (bucketKey).
const keyRunes = 4

// BucketOf is the postings file (p/<number>.json) of stem s among n: the FNV-1a hash of its
// first letters (bucketKey) modulo n. A stem mostly begins with the same
// letters as its words, so the script, which does not stem, fetches the
// postings file of a typed word's first letters beside its vocabulary
// file, and a query of one word mostly needs one round of fetches.
func BucketOf(s string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(bucketKey(s)))
	return int(h.Sum32() % uint32(n))
}

// bucketKey is the first keyRunes letters of s, or all of it.
func bucketKey(s string) string {
	k := 0
	for i := range s {
		if k == keyRunes {
			return s[:i]
		}
		k++
	}
	return s
}

func postingsPath(b int) string { return "p/" + strconv.Itoa(b) + ".json" }

// postingsFile writes a postings file (p/<n>.json) of the given stems:
// "p", an object from each stem to [doc, weight, doc, weight, …], each doc
// number written as the difference from the one before (the first as it
// is), and "r", what the top docs of each stem show as results
// (writeResults).
func postingsFile(list []int, stems []string, postings [][]posting, docs []Doc) []byte {
	var out bytes.Buffer
	size := 3
	for _, n := range list {
		size += len(stems[n]) + 6 + 8*len(postings[n]) // most postings take 8 bytes or less
	}
	out.Grow(size)
	out.WriteString(`{"p":{`)
	for i, n := range list {
		if i > 0 {
			out.WriteString(",\n")
		}
		writeString(&out, stems[n])
		out.WriteString(":[")
		out.Write(appendPostings(out.AvailableBuffer(), postings[n]))
		out.WriteByte(']')
	}
	out.WriteString("},\n")
	writeResults(&out, list, postings, docs)
	out.WriteString("}\n")
	return out.Bytes()
}

// appendPostings appends postings as a postings file lists them:
// doc, weight, doc, weight, … separated by commas, each doc number as
// the difference from the one before (the first as it is).
func appendPostings(b []byte, postings []posting) []byte {
	last := int32(0)
	for j, p := range postings {
		if j > 0 {
			b = append(b, ',')
		}
		b = append(appendNumber(b, p.doc-last), ',')
		b = appendNumber(b, p.weight)
		last = p.doc
	}
	return b
}

// appendNumber appends n in decimal, as strconv.AppendInt does; most
// numbers of a postings file (every weight, at most maxWeight, and most
// differences of doc numbers) have one or two digits, written here
// without it.
func appendNumber(b []byte, n int32) []byte {
	switch {
	case n >= 0 && n < 10:
		return append(b, byte('0'+n))
	case n >= 10 && n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// vocabFile writes a vocabulary file (w/<hex of prefix>.json) of the
// given words: a list of [word, stem, postings file, documents].
func vocabFile(list []int, st *state) []byte {
	var out bytes.Buffer
	out.WriteByte('[')
	for i, w := range list {
		if i > 0 {
			out.WriteString(",\n")
		}
		s := st.stem[w]
		out.WriteByte('[')
		writeString(&out, st.words[w])
		out.WriteByte(',')
		writeString(&out, st.stems[s])
		out.WriteByte(',')
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(BucketOf(st.stems[s], st.buckets)), 10))
		out.WriteByte(',')
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(len(st.postings[s])), 10))
		out.WriteByte(']')
	}
	out.WriteString("]\n")
	return out.Bytes()
}
