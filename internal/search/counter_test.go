package search

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// TestCounterCounts weighs docs with the counter and with a plain map
// over Words and compares the words (stop words left out) and their
// weights in the order first written: the German word list, words of
// seven, eight and nine bytes sharing their first eight (the counter
// compares a word's first eight bytes as a number), capitals, accents,
// words enough to grow the table, and generated posts, with one counter
// across docs as a Build uses it.
func TestCounterCounts(t *testing.T) {
	var list strings.Builder
	for _, c := range germanCases {
		list.WriteString(c.word + " ")
	}
	many := make([]string, 3000)
	for i := range many {
		many[i] = "w" + strconv.Itoa(i*7919)
	}
	docs := []Doc{
		{Title: "Größe und GRÖSSE", Text: list.String() + list.String()},
		{Title: "abcdefg abcdefgh", Text: "abcdefghi ABCDEFGH abcdefgh abcdefg Abcdefghij abcdefgh\u00e9 café CAFÉ über Über ÜBER"},
		{Text: strings.Join(many, " ") + " " + strings.Join(many[:100], ",")},
		{Title: "Kanäle", Tags: []Value{{"a", "Teams-Kanäle"}, {"b", "Große Gruppe"}}, HTML: "<p>Die <em>Kanäle</em> &amp; die Teams&#39; Gruppen</p>"},
	}
	s, err := synthetic.Plan(synthetic.Options{Posts: 30, Seed: 3, Tags: 40, TagsPerPost: 4})
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range s.Posts {
		d := Doc{Title: p.Title, Text: string(s.Body(i))}
		for _, tag := range p.Tags {
			d.Tags = append(d.Tags, Value{tag, tag})
		}
		docs = append(docs, d)
	}
	stop := newStopSet()
	c := newCounter(stop)
	docs = append([]Doc{{Text: colliding(c, "abcdefgh") + " abcdefgh abcdefg " + colliding(c, "abcdefgh")}}, docs...)
	for i := range docs {
		c.countDoc(&docs[i])
		var got []string
		for _, k := range c.doc {
			e := c.entries[k]
			got = append(got, string(c.word(k))+":"+strconv.Itoa(int(e.weight)))
		}
		if want := plainCount(&docs[i], stop); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("doc %d: counter gives\n%q, want\n%q", i, got, want)
		}
	}
}

// colliding returns words of more than eight bytes that begin with the
// eight of word and take the slot of c's table word would take, and
// word, joined by spaces: a look-up of word meets them in its slot.
func colliding(c *counter, word string) string {
	at := func(w string) uint64 { return c.words.hash(w, firstEight(w)) >> c.words.shift }
	out := []string{word}
	for i := 0; len(out) < 4; i++ {
		if w := word + strconv.Itoa(i); at(w) == at(word) {
			out = append(out, w)
		}
	}
	return strings.Join(out[1:], " ") + " " + word
}

// plainCount is countDoc written with a map and Words, the stop words
// left out.
func plainCount(d *Doc, stop stopSet) []string {
	weight := map[string]int{}
	var order []string
	add := func(text string, w int) {
		Words(text, func(word string) bool {
			if _, ok := weight[word]; !ok {
				order = append(order, word)
			}
			weight[word] += w
			return true
		})
	}
	add(d.Title, titleWeight)
	for _, t := range d.Tags {
		add(t.Label, tagWeight)
	}
	add(d.Text, 1)
	add(TextOf(d.HTML), 1)
	var out []string
	for _, w := range order {
		if !stop[w] {
			out = append(out, w+":"+strconv.Itoa(weight[w]))
		}
	}
	return out
}

// TestSpaceBytes checks spaceBytes, which ends the counter's tokens,
// against a byte below 0x21 for every byte at each of the eight places,
// among bytes of every kind.
func TestSpaceBytes(t *testing.T) {
	for b := range 256 {
		for at := range 8 {
			for _, other := range []byte{0, ' ', '!', 'a', 'Z', '9', 0x7f, 0x80, 0xa0, 0xc3, 0xff} {
				var x uint64
				for k := range 8 {
					v := other
					if k == at {
						v = byte(b)
					}
					x |= uint64(v) << (8 * k)
				}
				if got, want := spaceBytes(x)>>(8*at)&0xff == 0x80, b < 0x21; got != want {
					t.Fatalf("spaceBytes(%#x) at byte %d (%#x): %v, want %v", x, at, b, got, want)
				}
			}
		}
	}
}

// TestCounterRandomText compares the counter with plainCount on random
// texts of ASCII letters and digits, spaces, tabs, new lines and other
// control characters, punctuation, umlauts, ß, dashes, no-break spaces,
// tags and entities: words of every length, next to characters beyond
// ASCII, across the counter's eight-byte steps and at a text's end, each
// text as plain text and as HTML. One counter reads them all, as a Build
// uses it, so most tokens come again, in other texts.
func TestCounterRandomText(t *testing.T) {
	pieces := []string{"a", "B", "z", "7", "Q", "e", "x", " ", " ", ",", ".", "-", "ä", "Ö", "ß", "é", "–", "\u00a0", "„", "\u0301", "Ω", "\t", "\n", "\x00", "\x1f", "!", "×", "Æ", "ª", "\xc3", "<b>", "</b>", "&amp;", "&#39;", "&auml;"}
	r := rand.New(rand.NewPCG(1, 2))
	stop := newStopSet()
	c := newCounter(stop)
	for i := range 3000 {
		var b strings.Builder
		for range r.IntN(200) {
			if r.IntN(10) == 0 {
				b.WriteString(strings.Repeat("k", r.IntN(80)))
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		d := Doc{Title: b.String()[:b.Len()/3], Text: b.String(), HTML: "<p>" + b.String() + "</p>"}
		c.countDoc(&d)
		var got []string
		for _, k := range c.doc {
			e := c.entries[k]
			got = append(got, string(c.word(k))+":"+strconv.Itoa(int(e.weight)))
		}
		if want := plainCount(&d, stop); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("text %d %q: counter gives\n%q, want\n%q", i, d.Text, got, want)
		}
	}
}
