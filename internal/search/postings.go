package search

import (
	"bytes"
	"encoding/hex"
	"hash/fnv"
	"slices"
	"strconv"
)

// bucketBytes is about how many bytes of postings one postings file
// holds: the number of files is the power of two that keeps them near it.
const bucketBytes = 16 << 10

// posting is a doc a stem occurs in, with the stem's weight there (or,
// while a doc is weighed, a stem's number and weight).
type posting struct{ doc, weight int }

// index is the postings of every stem, each list in doc order; stems are
// numbered in the order of the sorted unique stems.
type index struct {
	stems    []string // by number
	number   []int    // the stem number of each vocabulary word
	postings [][]posting
	entries  int
	buckets  int
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
// at maxWeight. rank gives the place of the j-th term's word in the
// vocabulary, whose compound parts (as places) are given.
func (ix *index) weigh(w *weigher, terms []Term, rank func(j int) int, parts [][]int32) []posting {
	for j, t := range terms {
		i := rank(j)
		w.add(ix.number[i], t.Weight)
		for _, p := range parts[i] {
			w.add(ix.number[p], max(1, t.Weight/2))
		}
	}
	out := make([]posting, len(w.touched))
	for k, s := range w.touched {
		out[k] = posting{int(s), min(int(w.sum[s]), maxWeight)}
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
			all[next[w.doc]] = posting{d, w.weight}
			next[w.doc]++
		}
	}
	for s := range ix.stems {
		ix.postings[s] = all[count[s]:count[s+1]:count[s+1]]
	}
}

// finish chooses the number of postings files.
func (ix *index) finish() {
	ix.buckets = 1
	for ix.buckets*bucketBytes < ix.entries*5 {
		ix.buckets *= 2
	}
}

// bucket is the postings file of stem s.
func (ix *index) bucket(s string) int {
	h := fnv.New32a()
	h.Write([]byte(s))
	return int(h.Sum32() % uint32(ix.buckets))
}

// postingFiles writes p/<n>.json for each bucket: an object from each of
// its stems to [doc, weight, doc, weight, …], each doc number written as
// the difference from the one before (the first as it is).
func (ix *index) postingFiles() []File {
	ix.finish()
	byBucket := make([][]int, ix.buckets)
	for n, s := range ix.stems {
		b := ix.bucket(s)
		byBucket[b] = append(byBucket[b], n)
	}
	files := make([]File, ix.buckets)
	for b, list := range byBucket {
		var out bytes.Buffer
		out.WriteByte('{')
		for i, n := range list {
			if i > 0 {
				out.WriteString(",\n")
			}
			writeString(&out, ix.stems[n])
			out.WriteString(":[")
			last := 0
			for j, p := range ix.postings[n] {
				if j > 0 {
					out.WriteByte(',')
				}
				out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(p.doc-last), 10))
				out.WriteByte(',')
				out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(p.weight), 10))
				last = p.doc
			}
			out.WriteByte(']')
		}
		out.WriteString("}\n")
		files[b] = File{Path: "p/" + strconv.Itoa(b) + ".json", Data: out.Bytes()}
	}
	return files
}

// vocabFiles writes w/<hex of prefix>.json for each two-letter prefix: a
// list of [word, stem, postings file, documents] sorted by word.
func vocabFiles(vocab, stems []string, ix *index) []File {
	var files []File
	var out bytes.Buffer
	prefix := ""
	flush := func() {
		if out.Len() > 0 {
			out.WriteString("]\n")
			files = append(files, File{Path: "w/" + hex.EncodeToString([]byte(prefix)) + ".json", Data: bytes.Clone(out.Bytes())})
			out.Reset()
		}
	}
	for i, w := range vocab {
		if p := prefixOf(w); p != prefix || out.Len() == 0 {
			flush()
			prefix = p
			out.WriteByte('[')
		} else {
			out.WriteString(",\n")
		}
		out.WriteByte('[')
		writeString(&out, w)
		out.WriteByte(',')
		writeString(&out, stems[i])
		out.WriteByte(',')
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(ix.bucket(stems[i])), 10))
		out.WriteByte(',')
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(len(ix.postings[ix.number[i]])), 10))
		out.WriteByte(']')
	}
	flush()
	return files
}
