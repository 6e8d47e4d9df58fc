package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// plainTextJoined is plainText as first written: every piece of text
// into a buffer, then strings.Fields and strings.Join; the reference
// FuzzPlainText holds plainText's one pass to.
func plainTextJoined(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if c.Type() == ast.TypeBlock && b.Len() > 0 {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func FuzzPlainText(f *testing.F) {
	for _, s := range []string{
		"Ein *kurzer*  Absatz\nmit `Code` und https://example.com/x.\n\n- a\n-  b\u00a0c\n\n> Zitat &amp; \u2003mehr  \n",
		"  \t\n# Titel \n\nText\u0085mit\vRaum\\\nnach\n\n![Bild  alt](x.png)",
		"\xff\xfe a \xc3",
	} {
		f.Add(s)
	}
	md := newMarkdown(&figures{})
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		doc := md.Parser().Parse(text.NewReader(src))
		if !utf8.ValidString(s) {
			// content.Load refuses a post that is not UTF-8, so plainText
			// never meets one; here it need only not fail. Bytes of a
			// rune cut in two by markup ("*0\xc2*\x85") make a rune in the
			// reference's joined buffer that no piece holds.
			plainText(doc, src)
			return
		}
		for n := ast.Node(doc); n != nil; n = n.FirstChild() { // the document and its first child down
			if got, want := plainText(n, src), plainTextJoined(n, src); got != want {
				t.Fatalf("plainText(%q) of %s = %q, want %q", s, n.Kind(), got, want)
			}
		}
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if got, want := plainText(n, src), plainTextJoined(n, src); got != want {
				t.Fatalf("plainText(%q) of %s = %q, want %q", s, n.Kind(), got, want)
			}
		}
	})
}

// shortenByRunes is shorten as it was first written, through a
// conversion of the whole text to runes.
func shortenByRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	str := string([]rune(s)[:n])
	if i := strings.LastIndexByte(str, ' '); i > n/2 {
		str = str[:i]
	}
	return strings.TrimRight(str, " ,.;:") + "…"
}

func FuzzShorten(f *testing.F) {
	for _, s := range []string{"", "kurz", "ein längerer Satz, mit Kommas; und Punkten.", "\xff\xfe a \xc3 b \xe2\x82", "ü ü ü ü ü ü", "a:b,c;d.e f"} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = max(0, n%40)
		if got, want := shorten(s, n), shortenByRunes(s, n); got != want {
			t.Fatalf("shorten(%q, %d) = %q, want %q", s, n, got, want)
		}
	})
}
