package synthetic

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// wrapColumn is where paragraphs are wrapped, as an editor would.
const wrapColumn = 88

// Body makes the Markdown body of post i: 500 to 800 words of German-like
// text with an introduction, ## sections, lists, a quote, sometimes a
// table, links to other posts (../<slug>/) and, in a bundle, its image.
// It depends only on the seed and i, so it can be made again at any time.
func (s *Site) Body(i int) []byte {
	p := &s.Posts[i]
	t := &textWriter{rng: rand.New(rand.NewPCG(s.Seed, uint64(i)|1<<40)), site: s}
	t.links = p.Links
	target := 500 + t.rng.IntN(301)
	t.paragraph(3 + t.rng.IntN(3))
	if p.Bundle {
		t.b.WriteString("![Das Tafelbild nach unserem Treffen](" + BundleImage + ")\n\n")
	}
	features := []func(){t.list, t.quote, t.list, func() {}}
	if t.rng.IntN(5) < 2 {
		features = append(features, t.table)
	}
	t.rng.Shuffle(len(features), func(a, b int) { features[a], features[b] = features[b], features[a] })
	for k := 0; t.words < target-40; k++ {
		t.heading()
		t.paragraph(3 + t.rng.IntN(3))
		if k < len(features) {
			features[k]()
		}
		if t.rng.IntN(2) == 0 {
			t.paragraph(2 + t.rng.IntN(2))
		}
	}
	for len(t.links) > 0 {
		t.paragraph(1)
	}
	return []byte(strings.TrimSuffix(t.b.String(), "\n"))
}

// textWriter accumulates one body and counts its words.
type textWriter struct {
	rng   *rand.Rand
	site  *Site
	b     strings.Builder
	words int
	// links are the posts still to be linked to.
	links []int
}

// heading writes a ## heading of two to five words.
func (t *textWriter) heading() {
	v := t.site.vocab
	var h string
	switch t.rng.IntN(4) {
	case 0:
		h = "Was wir über " + pick(t.rng, v.topics) + " gelernt haben"
	case 1:
		h = capitalise(pick(t.rng, v.adjectives)) + " " + pick(t.rng, v.nouns)
	case 2:
		h = pick(t.rng, v.nouns) + " und " + pick(t.rng, v.nouns)
	default:
		h = "Wie geht es weiter?"
	}
	t.b.WriteString("## " + h + "\n\n")
	t.words += len(strings.Fields(h))
}

// paragraph writes n sentences wrapped at wrapColumn, now and then with
// a link to another post.
func (t *textWriter) paragraph(n int) {
	sentences := make([]string, 0, n+1)
	for range n {
		sentences = append(sentences, t.sentence())
	}
	if len(t.links) > 0 && t.rng.IntN(3) == 0 || n == 1 && len(t.links) > 0 {
		other := &t.site.Posts[t.links[0]]
		t.links = t.links[1:]
		sentences = append(sentences, fmt.Sprintf("Mehr dazu steht im Beitrag [%s](../%s/).", other.Title, other.Slug))
		t.words += 4 + len(strings.Fields(other.Title))
	}
	t.wrap(strings.Join(sentences, " "), "")
	t.b.WriteString("\n")
}

// sentence makes one sentence of one or two clauses and counts its words.
func (t *textWriter) sentence() string {
	s := t.site.sentence(t.rng)
	if t.rng.IntN(30) == 0 {
		s = strings.TrimSuffix(s, ".") + ", siehe https://wiki.example.com/" + strings.ToLower(pick(t.rng, t.site.vocab.topics)) + "."
	}
	t.words += strings.Count(s, " ") + 1
	return s
}

// sentence makes up one sentence: subject, verb, a phrase, and sometimes
// a subordinate clause; now and then a word is emphasised.
func (s *Site) sentence(rng *rand.Rand) string {
	v := s.vocab
	noun := pick(rng, v.nouns)
	switch rng.IntN(10) {
	case 0:
		noun = "**" + noun + "**"
	case 1:
		noun = "*" + noun + "*"
	case 2:
		if rng.IntN(3) == 0 {
			noun = "~~" + noun + "~~"
		}
	}
	out := fmt.Sprintf("%s %s %s %s %s %s", pick(rng, v.subjects), pick(rng, v.finite), pick(rng, v.adverbs),
		pick(rng, v.prepositions), pick(rng, v.adjectives), noun)
	if rng.IntN(2) == 0 {
		out += fmt.Sprintf(", %s %s die %s %s %s", pick(rng, v.connectors), lowerFirst(pick(rng, v.subjects)),
			pick(rng, v.nouns), pick(rng, v.verbs), pick(rng, []string{"will", "kann", "muss", "soll", "möchte"}))
	}
	return out + "."
}

// wrap writes text as lines of at most wrapColumn bytes, each starting
// with prefix.
func (t *textWriter) wrap(text, prefix string) {
	line := 0
	for i, w := range strings.Fields(text) {
		switch {
		case i == 0:
			t.b.WriteString(prefix)
			line = len(prefix)
		case line+1+len(w) > wrapColumn:
			t.b.WriteString("\n" + prefix)
			line = len(prefix)
		default:
			t.b.WriteByte(' ')
			line++
		}
		t.b.WriteString(w)
		line += len(w)
	}
	t.b.WriteString("\n")
}

// list writes a bulleted or numbered list of three to six items.
func (t *textWriter) list() {
	v := t.site.vocab
	n := 3 + t.rng.IntN(4)
	numbered := t.rng.IntN(3) == 0
	for k := range n {
		item := fmt.Sprintf("%s %s %s %s", capitalise(pick(t.rng, v.adjectives)), pick(t.rng, v.nouns), pick(t.rng, v.prepositions), pick(t.rng, v.nouns))
		if t.rng.IntN(3) == 0 {
			item += " " + pick(t.rng, v.verbs)
		}
		marker := "- "
		if numbered {
			marker = fmt.Sprintf("%d. ", k+1)
		}
		t.b.WriteString(marker + item + "\n")
		t.words += strings.Count(item, " ") + 1
	}
	t.b.WriteString("\n")
}

// quote writes a block quote of one or two sentences.
func (t *textWriter) quote() {
	text := t.sentence()
	if t.rng.IntN(2) == 0 {
		text += " " + t.sentence()
	}
	t.wrap(text, "> ")
	t.b.WriteString("\n")
}

// table writes a GFM table comparing topics before and after.
func (t *textWriter) table() {
	v := t.site.vocab
	t.b.WriteString("| Thema | Vorher | Nachher |\n| --- | --- | --- |\n")
	for range 3 + t.rng.IntN(3) {
		fmt.Fprintf(&t.b, "| %s | %s %s | %s %s |\n", pick(t.rng, v.topics), pick(t.rng, v.adjectives), pick(t.rng, v.nouns),
			pick(t.rng, v.adjectives), pick(t.rng, v.nouns))
		t.words += 5
	}
	t.b.WriteString("\n")
	t.words += 3
}
