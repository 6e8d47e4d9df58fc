package render

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// treeOf prints the tree p parses src into: each node's kind, its text
// segments and an autolink's address, so two trees compare as strings.
func treeOf(p parser.Parser, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(p.Parse(text.NewReader(src)), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			b.WriteString(")")
			return ast.WalkContinue, nil
		}
		fmt.Fprintf(&b, "(%s", n.Kind())
		switch n := n.(type) {
		case *ast.Text:
			fmt.Fprintf(&b, " %d-%d soft=%v hard=%v", n.Segment.Start, n.Segment.Stop, n.SoftLineBreak(), n.HardLineBreak())
		case *ast.AutoLink:
			fmt.Fprintf(&b, " %q %q", n.URL(src), n.Protocol)
		case *ast.Link:
			fmt.Fprintf(&b, " %q", n.Destination)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// linkifyBodies are texts Linkify makes addresses of, or nearly does.
var linkifyBodies = []string{
	"siehe https://wiki.example.com/a, und (http://x.example.org/b) *www.example.com* _ftp://f.example.net/c_",
	"~https://example.com/~ www.example.com. https://example.com/a_(b) https://x.example.com/?q=1&amp;",
	"http: https:/ www. ftp:x https://nohost http://example.com:8080/p?x#y\n\nwww.a.b\n- https://l.example.com\n",
	"| a | https://t.example.com |\n|---|---|\n| www.x.org | ~~http://s.example.com~~ |\n",
	"> Zitat: https://q.example.com/\n\n[Link](https://l.example.com/) <https://a.example.com/> `https://c.example.com`\n",
	"Text  \nmit https://example.com/  \nZeilenumbruch\twww.tab.example.com\n\n    code https://x.example.com\n",
}

func TestAddressParserSameTree(t *testing.T) {
	c := newConverter("")
	bodies := append([]string(nil), linkifyBodies...)
	_ = filepath.WalkDir("../build/testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".md") {
			data, _ := os.ReadFile(path)
			bodies = append(bodies, string(data))
		}
		return nil
	})
	tested := 0
	for _, body := range bodies {
		if strings.Contains(body, "@") {
			continue
		}
		tested++
		src := []byte(body)
		if got, want := treeOf(c.parserFor(src), src), treeOf(c.md.Parser(), src); got != want {
			t.Errorf("%.60q: without e-mail addresses\n%s\nwith Linkify\n%s", body, got, want)
		}
	}
	if tested < 20 {
		t.Fatalf("only %d bodies without @ compared", tested)
	}
	if c.parserFor([]byte("a@b.example.com")) != c.md.Parser() {
		t.Error("a body with @ is not parsed with Linkify as it is")
	}
	if c.parserFor([]byte(linkifyBodies[0])) == c.md.Parser() {
		t.Error("a body without @ is parsed with Linkify as it is")
	}
}

func FuzzAddressParser(f *testing.F) {
	for _, body := range linkifyBodies {
		f.Add(body)
	}
	c := newConverter("")
	f.Fuzz(func(t *testing.T, body string) {
		if strings.Contains(body, "@") {
			return
		}
		src := []byte(body)
		if got, want := treeOf(c.addresses, src), treeOf(c.md.Parser(), src); got != want {
			t.Errorf("%q: without e-mail addresses\n%s\nwith Linkify\n%s", body, got, want)
		}
	})
}
