package metadata

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameAsYAML fails t when decodeSimple accepts data but yaml.v3 decodes
// it to another tree, and returns whether decodeSimple accepted it.
func sameAsYAML(t *testing.T, data []byte) bool {
	t.Helper()
	got, ok := decodeSimple(data)
	if !ok {
		return false
	}
	var want yaml.Node
	next, err := decodeYAML(data, &want)
	if err != nil || next != nil {
		t.Fatalf("decodeSimple accepted what yaml.v3 refuses (%v, second document %v):\n%s", err, next != nil, data)
	}
	if !reflect.DeepEqual(*got, want) {
		t.Fatalf("decodeSimple and yaml.v3 disagree on\n%s\nsimple:\n%s\nyaml.v3:\n%s", data, dumpNode(got, ""), dumpNode(&want, ""))
	}
	return true
}

// dumpNode prints a tree with every field, one node per line.
func dumpNode(n *yaml.Node, indent string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%skind=%d style=%d tag=%q value=%q anchor=%q alias=%v comments=%q/%q/%q at %d:%d\n", indent,
		n.Kind, n.Style, n.Tag, n.Value, n.Anchor, n.Alias != nil, n.HeadComment, n.LineComment, n.FootComment, n.Line, n.Column)
	for _, c := range n.Content {
		b.WriteString(dumpNode(c, indent+"  "))
	}
	return b.String()
}

func TestDecodeSimpleAgreesWithYAML(t *testing.T) {
	accepted := []string{
		"title: Hallo\n",
		"title: Hallo Welt  \ndate: 2026-03-14\n",
		"\n\ntitle: after blank lines\n\n",
		"title: \"Quoted: with colon\"\nsummary: 'single'\n",
		"title:    far away\n",
		"title: Fragen & Antworten! (Teil 2) [Entwurf]\n",
		"digest: sha256:7942c5afbc26aa87c41682ae0f0b4d57\n",
		"at: 2023-04-10T17:44:00Z\nlocal: 2023-04-10 17:44:00\nshort: 2023-4-1\n",
		"n: 0\nm: 42\nbig: 123456789012345678\n",
		"yes: true\nno: False\nnothing: null\ntilde: ~\nword: yes\nother: nonsense\n",
		"tags: [a, b c, \"d, e\", 'f']\nnone: []\nspaced: [ a ,b ]\n",
		"authors: [\"Jörg Müller\", \"Zoë\", x]\n",
		"tags:\n  - a\n  - \"b\"\n  - [c, d]\nnext: x\n",
		"tags:\n- a\n- b\nnext: x\n",
		"review:\n  approved_by: finn\n  approved_at: 2023-04-10T17:44:00Z\n  digest: sha256:ab\ntitle: x\n",
		"a:\n  b:\n    c: d\n    e:\n      - f\n  g: h\n",
		"title: Grüße aus der Kaffeeküche\n",
		"title: it's \"fine\"\n",
		"2024: year\ntrue: key\n",
		"title: x",
		"title: Party \U0001F389 im Büro\ntags: [\U0001F600, b]\n",
	}
	// Nesting: as deep as Parse allows is taken, deeper goes to yaml.v3
	// (which refuses 10,000 levels outright).
	nested := func(levels int) string {
		var b strings.Builder
		for i := range levels {
			b.WriteString(strings.Repeat(" ", i) + "k:\n")
		}
		return b.String() + strings.Repeat(" ", levels) + "k: x\n"
	}
	accepted = append(accepted, nested(MaxDepth))
	for _, in := range accepted {
		if !sameAsYAML(t, []byte(in)) {
			t.Errorf("decodeSimple refused\n%s", in)
		}
	}
	refused := []string{
		"",
		"\n  \n",
		"title: x # comment\n",
		"title: |\n  block\n",
		"title: >\n  folded\n",
		"title: &a x\nother: *a\n",
		"title: !!str x\n",
		"title: \"esc\\n\"\n",
		"title: 'it''s'\n",
		"title: two\n  lines\n",
		"title:\nnext: x\n",
		"title: a: b\n",
		"title: a:\n",
		"\ttitle: x\n",
		"title:\tx\n",
		"  title: x\n",
		"---\ntitle: x\n",
		"title: x\n---\nother: y\n",
		"%YAML 1.2\n---\ntitle: x\n",
		"f: 1.5\n",
		"f: .5\n",
		"f: +1\n",
		"f: -1\n",
		"f: 0755\n",
		"f: 1_000\n",
		"f: 2023-13-45\n",
		"f: 12abc\n",
		"tags: [a, b,]\n",
		"tags: [a, [b]]\n",
		"tags: [a, {b: c}]\n",
		"tags: [a?]\n",
		"tags: [a\n",
		"tags: [a] x\n",
		"tags:\n  - a\n  b: c\n",
		"tags:\n  - a\n    - b\n",
		"tags:\n  -\n",
		"tags:\n  - a: b\n",
		"map:\n  a: b\n c: d\n",
		"key with spaces: x\n",
		"title: x\r\n",
		"title: \u2028x\n",
		"\ufefftitle: x\n",
		"? complex\n: key\n",
		"<<: x\n",
		"- a\n- b\n",
		"just text\n",
		"title: @at\n",
	}
	refused = append(refused, nested(MaxDepth+1))
	for _, in := range refused {
		if sameAsYAML(t, []byte(in)) {
			t.Errorf("decodeSimple accepted\n%q", in)
		}
	}
}

// TestDecodeSimpleTakesTheExampleSite checks the fast path on every
// front matter and tandem file of the example site: what it accepts must
// agree with yaml.v3, and it must accept the typical post (or the speed
// it exists for is lost without a failing test).
func TestDecodeSimpleTakesTheExampleSite(t *testing.T) {
	root := filepath.Join("..", "..", "content")
	taken, posts, postsTaken := 0, 0, 0
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		switch filepath.Ext(path) {
		case ".md":
			parts := strings.SplitN(string(data), "---\n", 3)
			if len(parts) < 3 {
				return nil
			}
			data = []byte(parts[1])
			posts++
		case ".yaml":
		default:
			return nil
		}
		if sameAsYAML(t, data) {
			taken++
			if filepath.Ext(path) == ".md" {
				postsTaken++
			}
		} else {
			t.Logf("yaml.v3 decodes %s", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("decodeSimple took %d files, %d of %d posts", taken, postsTaken, posts)
	if posts == 0 || postsTaken < posts*3/4 {
		t.Errorf("decodeSimple took %d of the example site's %d posts; it should take most of them", postsTaken, posts)
	}
}

// FuzzDecodeSimple: whatever decodeSimple accepts, yaml.v3 decodes to the
// same tree. Seeds: testdata/fuzz/FuzzDecodeSimple.
func FuzzDecodeSimple(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsYAML(t, data)
	})
}

// typicalFront is the front matter of a generated diary post.
const typicalFront = `title: "KI, Passwort und eine schnelle Frage"
date: 2022-09-02
tandem: t018
authors: ["ursula-schneider", "jana-schneider"]
tags: ["Rolle", "Antwort", "Neue Mitarbeiterin", "TikTok", "Ergebnis"]
status: approved
review:
  approved_by: mara-weber
  approved_at: 2022-09-05T14:23:00Z
  digest: sha256:eb7897770ebde6c06ea29bf06289269584bc672d2f13c5355be1f9dae66547e0
`

// BenchmarkParse parses a post's front matter as tandem does (the simple
// decoder takes it), and as yaml.v3 alone would.
func BenchmarkParse(b *testing.B) {
	data := []byte(typicalFront)
	b.Run("simple", func(b *testing.B) {
		for b.Loop() {
			if _, ok := decodeSimple(data); !ok {
				b.Fatal("refused")
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		for b.Loop() {
			var doc yaml.Node
			if _, err := decodeYAML(data, &doc); err != nil {
				b.Fatal(err)
			}
		}
	})
}
