package search

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func testDocs() []Doc {
	return []Doc{
		{URL: "/posts/a/", Title: "Das Kundentelefon", Text: "Wir haben über die Größe der Arbeitsgruppe gesprochen.",
			Round: Value{"r1", "Runde 1"}, Kind: Value{"diary", "Tagebuch"}, Year: Value{"2026", "2026"}, Tags: []Value{{"tags/a11y/", "Barrierefreiheit"}}},
		{URL: "/posts/b/", Title: "Telefon und Teams", Text: "Die groesse Frage: Teams-Kanäle für Kunden.",
			Round: Value{"r1", "Runde 1"}, Year: Value{"2025", "2025"}, Authors: []Value{{"ana", "Ana"}}},
		{URL: "/posts/c/", Title: "Gruppen", Text: "Arbeit in Gruppen.", Year: Value{"2025", "2025"}},
	}
}

// lookup finds the docs of a folded word as the script does for a whole
// word: its vocabulary file, its stem, the stem's postings file; it
// returns their places in the list given to Build (which numbers them
// from the last), in order.
func lookup(t *testing.T, files []File, word string) []int {
	t.Helper()
	byPath := map[string][]byte{}
	for _, f := range files {
		byPath[f.Path] = f.Data
	}
	var vocab [][4]any
	if data, ok := byPath["w/"+hex.EncodeToString([]byte(prefixOf(word)))+".json"]; ok {
		if err := json.Unmarshal(data, &vocab); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range vocab {
		if e[0] != word {
			continue
		}
		var postings struct {
			P map[string][]int
			R map[string]struct{ T string }
		}
		if err := json.Unmarshal(byPath["p/"+strconv.Itoa(int(e[2].(float64)))+".json"], &postings); err != nil {
			t.Fatal(err)
		}
		var docs []int
		d := 0
		list := postings.P[e[1].(string)]
		for i := 0; i < len(list); i += 2 {
			d += list[i]
			docs = append(docs, d)
		}
		if len(docs) != int(e[3].(float64)) {
			t.Errorf("%s: vocabulary says %v docs, postings have %d", word, e[3], len(docs))
		}
		var meta struct{ Docs int }
		if err := json.Unmarshal(byPath["meta.json"], &meta); err != nil {
			t.Fatal(err)
		}
		for i, d := range docs {
			docs[i] = meta.Docs - 1 - d
		}
		slices.Sort(docs)
		return docs
	}
	return nil
}

// TestBuildFinds builds a small index and looks words up as the script
// does: spellings of one word, inflections, compound parts.
func TestBuildFinds(t *testing.T) {
	files := build(testDocs(), Options{Lang: "de"}, nil)
	for word, want := range map[string][]int{
		"groesse": {0, 1}, "telefon": {0, 1}, "kundentelefon": {0}, "kunden": {0, 1},
		// A part must be a word of the index: no post says "Gruppe".
		"gruppen":       {2},
		"arbeitsgruppe": {0}, "kanaele": {1}, "barrierefreiheit": {0}, "die": nil, "und": nil,
	} {
		if got := lookup(t, files, word); !slices.Equal(got, want) {
			t.Errorf("%s finds %v, want %v", word, got, want)
		}
	}
}

// TestBuildDeterministic builds twice and compares every byte; a preview
// index carries the states, a production one none.
func TestBuildDeterministic(t *testing.T) {
	a, b := build(testDocs(), Options{Lang: "de"}, nil), build(testDocs(), Options{Lang: "de"}, nil)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two builds", a[i].Path)
		}
	}
	docs := testDocs()
	docs[2].State = "draft"
	for _, f := range build(docs, Options{Lang: "de", Preview: true}, nil) {
		if f.Path == "d/0.json" && !bytes.Contains(f.Data, []byte(`"s":"draft"`)) {
			t.Errorf("the preview's fragments lack the state: %s", f.Data)
		}
	}
	for _, f := range a {
		if bytes.Contains(f.Data, []byte(`"s":`)) {
			t.Errorf("%s carries a state in production: %s", f.Path, f.Data)
		}
	}
}

// TestCacheGivesSameBytes builds with a Cache, changes a doc's text
// (under a new key) and the language, and compares every build with one
// without the Cache.
func TestCacheGivesSameBytes(t *testing.T) {
	var c Cache
	docs := testDocs()
	for i := range docs {
		docs[i].Key = docs[i].URL
	}
	check := func(step string, o Options) {
		t.Helper()
		got, want := build(docs, o, &c), build(docs, o, nil)
		if !slices.EqualFunc(got, want, func(a, b File) bool { return a.Path == b.Path && bytes.Equal(a.Data, b.Data) }) {
			t.Errorf("%s: the cached build differs from a fresh one", step)
		}
	}
	check("first", Options{Lang: "de"})
	docs[1].Text, docs[1].Key = "Ein neues Wort: Videokonferenz.", "b2"
	check("changed", Options{Lang: "de"})
	if got := lookup(t, build(docs, Options{Lang: "de"}, &c), "videokonferenz"); !slices.Equal(got, []int{1}) {
		t.Errorf("the changed doc's new word finds %v", got)
	}
	check("english", Options{Lang: "en"})
	check("german again", Options{Lang: "de"})
}

// TestPaths lists the files an index of n docs has but the vocabulary's
// and postings', which lie in the folders it names.
func TestPaths(t *testing.T) {
	docs := testDocs()
	for len(docs) < 20 {
		docs = append(docs, docs[len(docs)%3])
	}
	names, folders := Paths(len(docs))
	var got []string
	for _, f := range build(docs, Options{Lang: "de"}, nil) {
		if !slices.ContainsFunc(folders, func(dir string) bool { return strings.HasPrefix(f.Path, dir) }) {
			got = append(got, f.Path)
		}
	}
	slices.Sort(names)
	if !slices.Equal(got, names) {
		t.Errorf("index files %q, Paths says %q", got, names)
	}
}

// TestHTMLReadAsText builds the index of posts given as HTML and as the
// text TextOf makes of it: the files are the same.
func TestHTMLReadAsText(t *testing.T) {
	bodies := []string{"<p>Die <em>Größe</em> &amp; das Kunden<strong>telefon</strong></p>\n<ul><li>Teams-Kanäle</li></ul>",
		`<h2 id="x">Über &quot;Arbeitsgruppen&quot;</h2><p><a href="/a?b=c&amp;d">Telefon</a> und Gruppe</p>`}
	var html, text []Doc
	for i, b := range bodies {
		d := Doc{URL: strconv.Itoa(i), Title: "Titel " + strconv.Itoa(i), HTML: b}
		html = append(html, d)
		d.HTML, d.Text = "", TextOf(b)
		text = append(text, d)
	}
	a, b := build(html, Options{Lang: "de"}, nil), build(text, Options{Lang: "de"}, nil)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("HTML gives\n%v\ntext gives\n%v", a, b)
	}
}

// build is Build given the docs newest first, as the tests write them
// (the order a site lists its posts in).
func build(docs []Doc, o Options, c *Cache) []File {
	docs = slices.Clone(docs)
	slices.Reverse(docs)
	return Build(docs, o, c)
}

// TestPostingsShowTopResults builds 14 docs with one word, weighed
// differently, and reads the results its postings file shows: the ten
// the script ranks first (by weight, ties to the newer), each with its
// address and without its excerpt (no other word: every stem's top docs
// are shown).
func TestPostingsShowTopResults(t *testing.T) {
	var docs []Doc
	for i := range 14 {
		text := strings.Repeat("Quokka ", 1+i%3) // weights 1, 2, 3, 1, …
		docs = append(docs, Doc{URL: "/p/" + strconv.Itoa(i) + "/", Text: text, Excerpt: "Quokka."})
	}
	files := Build(docs, Options{Lang: "de"}, nil)
	var got map[string]map[string]string
	for _, f := range files {
		if strings.HasPrefix(f.Path, "p/") && bytes.Contains(f.Data, []byte(`"quokka"`)) {
			var file struct{ R map[string]map[string]string }
			if err := json.Unmarshal(f.Data, &file); err != nil {
				t.Fatal(err)
			}
			got = file.R
		}
	}
	// Given oldest first: doc d is docs[d], weighing 1+d%3.
	var want []string
	for w := 3; w >= 1; w-- {
		for d := 13; d >= 0; d-- {
			if 1+d%3 == w {
				want = append(want, strconv.Itoa(d))
			}
		}
	}
	want = want[:10]
	if len(got) != len(want) {
		t.Fatalf("the postings show %d results, want %v: %v", len(got), want, got)
	}
	for _, d := range want {
		n, _ := strconv.Atoi(d)
		if r := got[d]; r["u"] != "/p/"+strconv.Itoa(n)+"/" || r["x"] != "" {
			t.Errorf("doc %s shows %v", d, r)
		}
	}
}
