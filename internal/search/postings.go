package search

import (
	"bytes"
	"encoding/hex"
	"hash/fnv"
	"strconv"
)

// bucketBytes is about how many bytes of postings one postings file
// holds: the number of files is the power of two that keeps them near it.
const bucketBytes = 16 << 10

// posting is a doc a stem occurs in, with the stem's weight there.
type posting struct{ doc, weight int }

// index is the postings of every stem, each list in doc order.
type index struct {
	postings map[string][]posting
	entries  int
	buckets  int
}

func newIndex(docs int) *index {
	return &index{postings: map[string][]posting{}}
}

// addDoc adds doc d with its weighed words a: each word counts for its
// stem, and each part of a compound for the part's stem, half as much.
// pos finds a word's place in the vocabulary, whose stems and compound
// parts are given.
func (ix *index) addDoc(d int, a analysed, pos func(string) int, stems []string, parts [][]string) {
	weights := make(map[string]int, len(a))
	for w, n := range a {
		i := pos(w)
		weights[stems[i]] += n
		for _, p := range parts[i] {
			weights[stems[pos(p)]] += max(1, n/2)
		}
	}
	for s, n := range weights {
		ix.postings[s] = append(ix.postings[s], posting{d, min(n, maxWeight)})
		ix.entries++
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
	byBucket := make([][]string, ix.buckets)
	for _, s := range sortedKeys(lens(ix.postings)) {
		b := ix.bucket(s)
		byBucket[b] = append(byBucket[b], s)
	}
	files := make([]File, ix.buckets)
	for b, list := range byBucket {
		var out bytes.Buffer
		out.WriteByte('{')
		for i, s := range list {
			if i > 0 {
				out.WriteString(",\n")
			}
			writeString(&out, s)
			out.WriteString(":[")
			last := 0
			for j, p := range ix.postings[s] {
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

func lens(m map[string][]posting) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = len(v)
	}
	return out
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
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(len(ix.postings[stems[i]])), 10))
		out.WriteByte(']')
	}
	flush()
	return files
}
