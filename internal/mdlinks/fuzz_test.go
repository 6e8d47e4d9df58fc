package mdlinks

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// FuzzMarkdownLinks checks that every destination Find reports
// is written in the post file exactly where it says.
// Seeds: testdata/fuzz/FuzzMarkdownLinks.
func FuzzMarkdownLinks(f *testing.F) {
	md := NewMarkdown()
	f.Fuzz(func(t *testing.T, body string) {
		file := "---\ntitle: T\ndate: 2024-01-01\n---\n" + body
		p, problems := content.Parse("p.md", []byte(file))
		if p == nil || problems.HasErrors() {
			return
		}
		lines := strings.Split(string(p.Body), "\n")
		for _, l := range Find(md, p, "posts/p/", "/posts/p/") {
			i := l.Pos.Line - p.BodyLine
			if i < 0 || i >= len(lines) {
				t.Fatalf("%q at line %d, outside the body", l.Dest, l.Pos.Line)
			}
			line := []rune(lines[i])
			if l.Pos.Col < 1 || l.Pos.Col > len(line)+1 || !strings.HasPrefix(string(line[l.Pos.Col-1:]), l.Dest) {
				t.Fatalf("%q reported at %d:%d, where the line is %q", l.Dest, l.Pos.Line, l.Pos.Col, lines[i])
			}
		}
	})
}
