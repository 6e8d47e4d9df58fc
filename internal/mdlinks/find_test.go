package mdlinks

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// TestMarkdownLinkPositions checks that every kind of link is found at
// the exact line and column of its destination in the post file. The
// front matter takes lines 1 to 4, so the body starts on line 5.
func TestMarkdownLinkPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		body string
		want []string // "line:col dest"
	}{
		{"inline link", "Erst [hier](../a/) lesen.\n", []string{"5:13 ../a/"}},
		{"image with title", "![Tafel](tafel.png \"Die Tafel\")\n", []string{"5:10 tafel.png"}},
		{"empty label image", "Bild: ![](x.png)\n", []string{"5:11 x.png"}},
		{"angle brackets", "[a](<mein bild.png>)\n", []string{"5:6 mein bild.png"}},
		{"after non-ASCII text", "Größe und Übermut: [ä](../b/)\n", []string{"5:24 ../b/"}},
		{"destination on the next line", "[a](\n  ../c/)\n", []string{"6:3 ../c/"}},
		{"image inside a link", "[![alt](klein.png)](gross.png)\n", []string{"5:9 klein.png", "5:21 gross.png"}},
		{"same destination twice", "[a](x/) und [b](x/)\n", []string{"5:5 x/", "5:17 x/"}},
		{"code span in the label", "[`](y/)` z](x/)\n", []string{"5:13 x/"}},
		{"code span before the link", "`[a](x/)` und [b](x/)\n", []string{"5:19 x/"}},
		{"second paragraph", "Eins.\n\nZwei [c](c/).\n", []string{"7:10 c/"}},
		{"quote and list", "> Zitat [q](q/)\n\n- Punkt [p](p/)\n  1. tief [t](t/)\n", []string{"5:13 q/", "7:13 p/", "8:15 t/"}},
		{"table cell", "| a | b |\n|---|---|\n| [c](c/) | ü [d](d/) |\n", []string{"7:7 c/", "7:19 d/"}},
		{"heading", "## Mehr [dazu](mehr/)\n", []string{"5:16 mehr/"}},
		{"full reference", "[a][ziel] und mehr\n\n[ziel]: ../ziel/\n", []string{"7:9 ../ziel/"}},
		{"collapsed and shortcut references", "[Ziel][] und [Ziel]\n\n[ziel]:\n   <../z/> \"T\"\n", []string{"8:5 ../z/", "8:5 ../z/"}},
		{"first definition wins", "[a]\n\n[a]: eins/\n[a]: zwei/\n", []string{"7:6 eins/"}},
		{"autolinks", "Siehe https://example.org/x und <https://example.com/y>.\n", []string{"5:7 https://example.org/x", "5:34 https://example.com/y"}},
		{"autolink at the start of a line", "https://example.org/z\n", []string{"5:1 https://example.org/z"}},
		{"escaped bracket before", `\[nicht\](a/) aber [doch](b/)` + "\n", []string{"5:27 b/"}},
		{"not links", "`[a](b/)`\n\n    [c](d/)\n\n[e]()\n", nil},
	}
	md := NewMarkdown()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			file := "---\ntitle: T\ndate: 2024-01-01\n---\n" + tt.body
			p, probs := content.Parse("content/posts/p.md", []byte(file))
			if p == nil || probs.HasErrors() {
				t.Fatalf("parse: %v", probs)
			}
			var got []string
			for _, l := range Find(md, p, "posts/p/", "/posts/p/") {
				if l.Pos.Path != p.Path {
					t.Errorf("path %q", l.Pos.Path)
				}
				got = append(got, fmt.Sprintf("%d:%d %s", l.Pos.Line, l.Pos.Col, l.Dest))
				lines := strings.Split(file, "\n")
				if at := []rune(lines[l.Pos.Line-1])[l.Pos.Col-1:]; !strings.HasPrefix(string(at), l.Dest) {
					t.Errorf("%s: the file has %q there", l.Dest, string(at))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownLinkPositionsCRLF(t *testing.T) {
	t.Parallel()
	file := "---\r\ntitle: T\r\ndate: 2024-01-01\r\n---\r\n\r\nEins [a](x/)\r\n"
	p, probs := content.Parse("p.md", []byte(file))
	if p == nil || probs.HasErrors() {
		t.Fatalf("parse: %v", probs)
	}
	links := Find(NewMarkdown(), p, "posts/p/", "/posts/p/")
	if len(links) != 1 || links[0].Pos.Line != 6 || links[0].Pos.Col != 10 {
		t.Errorf("got %+v, want x/ at 6:10", links)
	}
}

func TestRenderedForms(t *testing.T) {
	t.Parallel()
	p, _ := content.Parse("p.md", []byte("---\ntitle: T\ndate: 2024-01-01\n---\n[a](<mein bild.png>) [b](gr%C3%B6%C3%9Fe/) [c](a&amp;b/) [d](/x/) [e](https://example.org/)\n"))
	var got []string
	for _, l := range Find(NewMarkdown(), p, "posts/p/", "/m/posts/p/") {
		got = append(got, strings.Join(l.Rendered, " "))
	}
	want := []string{
		"mein%20bild.png /m/posts/p/mein%20bild.png",
		"gr%C3%B6%C3%9Fe/ /m/posts/p/gr%C3%B6%C3%9Fe/",
		"a&b/ /m/posts/p/a&b/",
		"/x/ /x/",
		"https://example.org/ https://example.org/",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
}
