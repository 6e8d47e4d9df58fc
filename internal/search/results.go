package search

import (
	"bytes"
	"slices"
	"strconv"
)

// topDocs is how many docs of each stem its postings file shows as
// results: the first page of results.
const topDocs = 10

// top returns the docs of postings that rank first for their stem alone,
// at most topDocs: by weight, ties going to the higher doc number (the
// newer post), as the script ranks results.
func top(postings []posting) []int32 {
	before := func(a, b posting) int { // a ranks before b: negative
		if a.weight != b.weight {
			return int(b.weight - a.weight)
		}
		return int(b.doc - a.doc)
	}
	best := make([]posting, 0, topDocs+1)
	for _, p := range postings {
		if len(best) == topDocs && before(p, best[topDocs-1]) > 0 {
			continue
		}
		at, _ := slices.BinarySearchFunc(best, p, before)
		best = slices.Insert(best, at, p)[:min(len(best)+1, topDocs)]
	}
	out := make([]int32, len(best))
	for i, p := range best {
		out[i] = p.doc
	}
	return out
}

// resultOf is what a result shows of d before its excerpt: the excerpt
// comes later, from d/<n>.json.
func resultOf(d *Doc) fragment {
	f := fragmentOf(d)
	f.Excerpt = ""
	return f
}

func sameResult(a, b *Doc) bool { return resultOf(a) == resultOf(b) }

// showsResult reports whether the postings file of stem s shows doc d's
// result: d is among the stem's top docs. A doc whose result changed
// (its review state, say, when an approved post is edited in serve) has
// hundreds of stems but is a top doc of few, so only those few files are
// written again; where its weight changed, its stem is dirty anyway.
func (st *state) showsResult(s int, d int32) bool {
	return slices.Contains(top(st.postings[s]), d)
}

// writeResults writes the "r" part of a postings file: an object from
// each doc number among the top docs of the given stems to what its
// result shows (resultOf), by number, so that a query of one word shows
// its first page without fetching more.
func writeResults(out *bytes.Buffer, list []int, postings [][]posting, docs []Doc) {
	var nums []int32
	for _, n := range list {
		nums = append(nums, top(postings[n])...)
	}
	slices.Sort(nums)
	nums = slices.Compact(nums)
	out.WriteString(`"r":{`)
	for i, d := range nums {
		if i > 0 {
			out.WriteString(",\n")
		}
		out.WriteByte('"')
		out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(d), 10))
		out.WriteString(`":`)
		data := marshal(resultOf(&docs[d]))
		out.Write(data[:len(data)-1])
	}
	out.WriteByte('}')
}
