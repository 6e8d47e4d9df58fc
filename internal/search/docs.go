package search

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Docs are written in chunks: the fragments results show, 8 to a file
// (d/<n>.json: the ten results shown first need at most ten small
// files), and the facet values, 1,000 to a file (f/<n>.json).
const (
	docChunk   = 8
	facetChunk = 1000
)

// Version is the version of the index's format, in meta.json; the
// script refuses another. Version 2 moved the facet labels out of
// meta.json into facets.json, which the script loads only when the reader
// opens the facets; version 3 numbers the docs oldest first; version 4
// puts the postings of a postings file under "p" and what its stems' top
// docs show as results under "r"; version 5 chooses a stem's postings
// file by its first four letters (BucketOf) and says in meta.json how
// many there are ("b").
const Version = 5

// facetNames are the facets, in the order of a doc's facet row.
func facetNames() []string { return []string{"round", "tandem", "kind", "year", "tag", "author"} }

// fragment is what a result shows of a doc.
type fragment struct {
	URL      string `json:"u"`
	Title    string `json:"t"`
	DateText string `json:"d"`
	DateISO  string `json:"i"`
	Round    string `json:"r,omitempty"`
	Tandem   string `json:"n,omitempty"`
	Kind     string `json:"k,omitempty"`
	Excerpt  string `json:"x,omitempty"`
	State    string `json:"s,omitempty"`
}

// meta is meta.json: what the script reads first.
type meta struct {
	Version    int      `json:"v"`
	Lang       string   `json:"lang"`
	Preview    bool     `json:"preview"`
	Docs       int      `json:"docs"`
	DocChunk   int      `json:"docChunk"`
	FacetChunk int      `json:"facetChunk"`
	Stop       []string `json:"stop"`
	// Prefixes are the first two letters of the vocabulary's words: one
	// vocabulary file each (w/<hex of the prefix>.json).
	Prefixes []string `json:"w"`
	// Buckets is the number of postings files (p/<n>.json, BucketOf).
	Buckets int `json:"b"`
}

// writeMeta writes meta.json of an index of n docs, once its vocabulary
// files are written.
func (st *state) writeMeta(n int) {
	st.put("meta.json", metaFile(n, st.opts, st.prefixes(), st.buckets))
}

// writeDocs writes facets.json (each facet's values as [key, label], in
// the order the facet rows number them), the fragments and the facet
// rows of docs. Given the docs it wrote them of before (old), it writes
// only the chunks whose docs differ, and the facets only when a doc's
// differ.
func (st *state) writeDocs(docs, old []Doc) {
	for start := 0; start < len(docs); start += docChunk {
		end := min(start+docChunk, len(docs))
		if !slices.EqualFunc(docs[start:end], chunkOf(old, start, docChunk), sameFragment) {
			st.put("d/"+strconv.Itoa(start/docChunk)+".json", fragmentsFile(docs[start:end]))
		}
	}
	if old != nil && len(old) == len(docs) && slices.EqualFunc(docs, old, sameFacets) {
		return
	}
	values := facetValues(docs)
	labels := labelsFile(values)
	all := old == nil || !bytes.Equal(labels, st.files["facets.json"].Data)
	st.put("facets.json", labels)
	for start := 0; start < len(docs); start += facetChunk {
		end := min(start+facetChunk, len(docs))
		if all || !slices.EqualFunc(docs[start:end], chunkOf(old, start, facetChunk), sameFacets) {
			st.put("f/"+strconv.Itoa(start/facetChunk)+".json", rowsFile(docs[start:end], values))
		}
	}
}

// chunkOf returns the docs of the chunk of size docs from start (none
// past the end).
func chunkOf(docs []Doc, start, size int) []Doc {
	return docs[min(start, len(docs)):min(start+size, len(docs))]
}

// metaFile writes meta.json.
func metaFile(docs int, o Options, prefixes []string, buckets int) []byte {
	m := meta{Version: Version, Lang: o.Lang, Preview: o.Preview, Docs: docs, DocChunk: docChunk, FacetChunk: facetChunk,
		Stop: StopWords(), Prefixes: prefixes, Buckets: buckets}
	slices.Sort(m.Stop)
	m.Stop = slices.Compact(m.Stop)
	return marshal(m)
}

// labelsFile writes facets.json.
func labelsFile(values map[string]*valueList) []byte {
	labels := map[string][][2]string{}
	for name, vs := range values {
		list := make([][2]string, len(vs.list))
		for i, v := range vs.list {
			list[i] = [2]string{v.Key, v.Label}
		}
		labels[name] = list
	}
	return marshal(labels)
}

// fragmentOf is what a result shows of d.
func fragmentOf(d *Doc) fragment {
	return fragment{URL: d.URL, Title: d.Title, DateText: d.DateText, DateISO: d.DateISO, Round: d.Round.Label,
		Tandem: d.Tandem.Label, Kind: d.Kind.Label, Excerpt: d.Excerpt, State: d.State}
}

func sameFragment(a, b Doc) bool { return fragmentOf(&a) == fragmentOf(&b) }

func sameFacets(a, b Doc) bool {
	return a.Round == b.Round && a.Tandem == b.Tandem && a.Kind == b.Kind && a.Year == b.Year &&
		slices.Equal(a.Tags, b.Tags) && slices.Equal(a.Authors, b.Authors)
}

// fragmentsFile writes a chunk of fragments (d/<n>.json).
func fragmentsFile(docs []Doc) []byte {
	frags := make([]fragment, len(docs))
	for i := range docs {
		frags[i] = fragmentOf(&docs[i])
	}
	return marshal(frags)
}

// rowsFile writes a chunk of facet rows (f/<n>.json).
func rowsFile(docs []Doc, values map[string]*valueList) []byte {
	var out bytes.Buffer
	out.WriteByte('[')
	for i := range docs {
		if i > 0 {
			out.WriteString(",\n")
		}
		writeRow(&out, &docs[i], values)
	}
	out.WriteString("]\n")
	return out.Bytes()
}

// writeRow writes a doc's facet row as a JSON string: its round,
// tandem, kind and year, then its tags and authors, each a value's number
// in facets.json's list written in base 36, the six fields separated by
// ".", the tags and authors by ","; an empty field for none: "0.1b.2.0.c,1x.5".
func writeRow(out *bytes.Buffer, d *Doc, values map[string]*valueList) {
	out.WriteByte('"')
	num := func(name string, v Value) {
		if v.Key != "" {
			out.Write(strconv.AppendInt(out.AvailableBuffer(), int64(values[name].at[v.Key]), 36))
		}
	}
	for i, v := range []Value{d.Round, d.Tandem, d.Kind, d.Year} {
		num(facetNames()[i], v)
		out.WriteByte('.')
	}
	for i, list := range [][]Value{d.Tags, d.Authors} {
		if i > 0 {
			out.WriteByte('.')
		}
		for j, v := range list {
			if j > 0 {
				out.WriteByte(',')
			}
			num(facetNames()[4+i], v)
		}
	}
	out.WriteByte('"')
}

// valueList is one facet's values, sorted by label then key, and the
// number of each by key.
type valueList struct {
	list []Value
	at   map[string]int
}

// facetValues collects every facet's values from docs.
func facetValues(docs []Doc) map[string]*valueList {
	out := map[string]*valueList{}
	for _, name := range facetNames() {
		out[name] = &valueList{at: map[string]int{}}
	}
	add := func(name string, v Value) {
		if vl := out[name]; v.Key != "" {
			if _, ok := vl.at[v.Key]; !ok {
				vl.at[v.Key] = -1
				vl.list = append(vl.list, v)
			}
		}
	}
	for _, d := range docs {
		add("round", d.Round)
		add("tandem", d.Tandem)
		add("kind", d.Kind)
		add("year", d.Year)
		for _, v := range d.Tags {
			add("tag", v)
		}
		for _, v := range d.Authors {
			add("author", v)
		}
	}
	for _, vl := range out {
		slices.SortFunc(vl.list, func(a, b Value) int {
			if a.Label != b.Label {
				return strings.Compare(a.Label, b.Label)
			}
			return strings.Compare(a.Key, b.Key)
		})
		for i, v := range vl.list {
			vl.at[v.Key] = i
		}
	}
	return out
}

// marshal is json.Marshal with a final newline, of values that cannot
// fail to marshal.
func marshal(v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs of strings, numbers and lists
	}
	return append(data, '\n')
}

// writeString writes s as a JSON string.
func writeString(out *bytes.Buffer, s string) {
	data, _ := json.Marshal(s) // a string always marshals
	out.Write(data)
}

// Paths returns, for an index of n docs, the paths of the files whose
// names follow from n alone (meta.json, facets.json, the fragments, the
// facet rows)
// and the folders of the files named by the docs' words (the vocabulary
// and the postings), for a list of a site's outputs made without the
// posts' text.
func Paths(n int) (files, folders []string) {
	files = []string{"facets.json", "meta.json"}
	for i := 0; i*docChunk < n; i++ {
		files = append(files, "d/"+strconv.Itoa(i)+".json")
	}
	for i := 0; i*facetChunk < n; i++ {
		files = append(files, "f/"+strconv.Itoa(i)+".json")
	}
	return files, []string{"p/", "w/"}
}
