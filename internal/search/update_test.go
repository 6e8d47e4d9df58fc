package search

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// generated returns n generated posts as docs, each with a key.
func generated(t *testing.T, n int) []Doc {
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]Doc, len(s.Posts))
	for i, p := range s.Posts {
		docs[i] = Doc{URL: p.Slug, Title: p.Title, Text: string(s.Body(i)), Key: p.Slug, Round: Value{p.Round, p.Round},
			Year: Value{p.Date.Format("2006"), p.Date.Format("2006")}}
		for _, tag := range p.Tags {
			docs[i].Tags = append(docs[i].Tags, Value{tag, tag})
		}
	}
	docs[0].Text += " Das Kundentelefon der Arbeitsgruppe."
	return docs
}

// edits change a doc the way saves do, each under a new key; some
// change what no key covers (a round's name).
func edits() []func(docs []Doc, d int, r *rand.Rand) {
	return []func(docs []Doc, d int, r *rand.Rand){
		func(docs []Doc, d int, r *rand.Rand) {
			docs[d].Text += " Quokka" + strconv.Itoa(r.IntN(50)) + " Wombat."
		},
		func(docs []Doc, d int, r *rand.Rand) { docs[d].Text = docs[d].Text[:len(docs[d].Text)/2] },
		func(docs []Doc, d int, r *rand.Rand) { docs[d].Text = docs[r.IntN(len(docs))].Text },
		func(docs []Doc, d int, r *rand.Rand) { docs[d].Text += " Ein Telefon." },
		func(docs []Doc, d int, r *rand.Rand) {
			docs[d].Text = strings.ReplaceAll(docs[d].Text, "Telefon", "Fax")
		},
		func(docs []Doc, d int, r *rand.Rand) { docs[d].Title = "Neu: " + docs[d].Title },
		func(docs []Doc, d int, r *rand.Rand) {
			docs[d].Tags = append(docs[d].Tags, Value{"neu", "Neues Schlagwort"})
		},
		func(docs []Doc, d int, r *rand.Rand) { docs[d].Tags = nil },
		func(docs []Doc, d int, r *rand.Rand) {
			e := r.IntN(len(docs))
			docs[d], docs[e] = docs[e], docs[d]
		},
		func(docs []Doc, d int, r *rand.Rand) {
			for i := range docs {
				if docs[i].Round == docs[d].Round {
					docs[i].Round.Label += "!"
				}
			}
		},
	}
}

// sameFiles reports the first path where two indexes differ.
func sameFiles(t *testing.T, step string, got, want []File) {
	t.Helper()
	for i := range min(len(got), len(want)) {
		if got[i].Path != want[i].Path || !bytes.Equal(got[i].Data, want[i].Data) {
			t.Fatalf("%s: %s differs from a fresh build's %s", step, got[i].Path, want[i].Path)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d files, a fresh build has %d", step, len(got), len(want))
	}
}

// TestUpdateEqualsNew saves generated posts again and again, one or two
// at a time, adds posts (newest or between others) and deletes them, and
// compares every build with a Cache (which updates the last index) with
// a build without.
func TestUpdateEqualsNew(t *testing.T) {
	for _, o := range []Options{{Lang: "de"}, {Lang: "en", Preview: true}} {
		docs := generated(t, 240)
		spare := docs[200:] // posts that come in as new ones
		docs = slices.Clone(docs[:200])
		var c Cache
		build(docs, o, &c)
		r := rand.New(rand.NewPCG(1, 2))
		var runs, runUpdates int // builds after a post was added or deleted, and those that updated
		for step := range 100 {
			before, edit := c.updates, false
			switch k := r.IntN(10); {
			case k < 2 && len(spare) > 0: // a new post: the newest, or one dated between others
				at := 0
				if k == 1 {
					at = r.IntN(len(docs) + 1)
				}
				docs, spare = slices.Insert(docs, at, spare[0]), spare[1:]
			case k < 4: // a deleted post, often the newest
				at := r.IntN(len(docs))
				if k == 2 {
					at = 0
				}
				docs = slices.Delete(docs, at, at+1)
			default:
				edit = true
				for range 1 + r.IntN(2) {
					d := r.IntN(len(docs))
					edits := edits()
					edits[r.IntN(len(edits))](docs, d, r)
					docs[d].Key = "k" + strconv.Itoa(step) + "-" + strconv.Itoa(d)
				}
			}
			sameFiles(t, o.Lang+" step "+strconv.Itoa(step), build(docs, o, &c), build(docs, o, nil))
			if len(docs) != len(c.last.keys) {
				t.Fatalf("%s step %d: the state has %d docs, the build %d", o.Lang, step, len(c.last.keys), len(docs))
			}
			if !edit {
				runs++
				runUpdates += c.updates - before
			}
		}
		t.Logf("%s: %d of 100 builds updated the last index, %d of the %d after an add or delete", o.Lang, c.updates, runUpdates, runs)
		if c.updates < 50 || runUpdates < runs*2/3 {
			t.Errorf("%s: only %d of 100 builds updated the last index, %d of the %d after an add or delete", o.Lang, c.updates, runUpdates, runs)
		}
	}
}

// TestUpdateMovesPostings gives a doc of a small index so many new words
// that the postings need more files, then takes them away again.
func TestUpdateMovesPostings(t *testing.T) {
	docs := generated(t, 20)
	var c Cache
	o := Options{Lang: "de"}
	before := len(build(docs, o, &c))
	text := docs[3].Text
	var many strings.Builder
	for i := range 4000 {
		many.WriteString(" zq" + strconv.Itoa(i))
	}
	docs[3].Text, docs[3].Key = text+many.String(), "many"
	grown := build(docs, o, &c)
	sameFiles(t, "grown", grown, build(docs, o, nil))
	docs[3].Text, docs[3].Key = text, "again"
	sameFiles(t, "shrunk", build(docs, o, &c), build(docs, o, nil))
	if c.updates != 2 || len(grown) <= before {
		t.Errorf("%d updates, %d files, then %d", c.updates, before, len(grown))
	}
	if !slices.ContainsFunc(grown, func(f File) bool { return f.Path == postingsPath(bucketsFor(0, 0)+1) }) {
		t.Errorf("the grown index has no more postings files")
	}
}

// TestBucketsFollowStems builds 3,000 docs of ten words, postings
// enough for sixteen files but ten stems, so eight files; then gives a
// doc ten words more (twenty stems: sixteen files) and takes them away
// again, each an update that must equal a new index. A new index's
// postings files are at most half empty.
func TestBucketsFollowStems(t *testing.T) {
	words := strings.Fields("wab wac wad waf wag wah wak wal wam wan")
	docs := make([]Doc, 3000)
	for i := range docs {
		docs[i] = Doc{URL: "/p/" + strconv.Itoa(i) + "/", Title: "t", Text: strings.Join(words, " "), Key: strconv.Itoa(i)}
	}
	var c Cache
	o := Options{Lang: "de"}
	postingsFiles := func(files []File) (n, empty int) {
		for _, f := range files {
			if strings.HasPrefix(f.Path, "p/") {
				n++
				if strings.HasPrefix(string(f.Data), `{"p":{}`) {
					empty++
				}
			}
		}
		return n, empty
	}
	first := build(docs, o, &c)
	if n, empty := postingsFiles(first); n != 8 || 2*empty > n {
		t.Errorf("10 stems: %d postings files, %d empty; want 8, at most half empty", n, empty)
	}
	docs[5].Text, docs[5].Key = docs[5].Text+" xab xac xad xaf xag xah xak xal xam xan", "more"
	grown := build(docs, o, &c)
	sameFiles(t, "grown", grown, build(docs, o, nil))
	if n, _ := postingsFiles(grown); n != 16 {
		t.Errorf("20 stems: %d postings files, want 16", n)
	}
	docs[5].Text, docs[5].Key = docs[0].Text, "again"
	sameFiles(t, "shrunk", build(docs, o, &c), build(docs, o, nil))
	if c.updates != 2 {
		t.Errorf("%d of 2 builds updated the index", c.updates)
	}
}
