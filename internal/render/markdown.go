package render

import (
	"bytes"
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/workers"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Body is a post's converted Markdown.
type Body struct {
	HTML template.HTML
	// Summary is the plain text of the first paragraph.
	Summary string
	Words   int
}

// newMarkdown returns the goldmark converter: GFM tables, strikethrough
// and autolinks, heading ids, and raw HTML left out (goldmark's default).
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// convert turns one Markdown body into HTML, its summary and word count.
func convert(md goldmark.Markdown, src []byte) (b Body, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicError{r}
		}
	}()
	doc := md.Parser().Parse(text.NewReader(src))
	var buf bytes.Buffer
	buf.Grow(len(src) * 5 / 4)
	if err := md.Renderer().Render(&buf, src, doc); err != nil {
		return b, err
	}
	b.HTML = template.HTML(buf.String())
	b.Summary = firstParagraph(doc, src)
	b.Words = countWords(src)
	return b, nil
}

type panicError struct{ v any }

func (p panicError) Error() string { return "the Markdown converter failed" }

// firstParagraph returns the plain text of the first top-level paragraph.
func firstParagraph(doc ast.Node, src []byte) string {
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() != ast.KindParagraph {
			continue
		}
		var b strings.Builder
		_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
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
		return shorten(strings.TrimSpace(b.String()), 300)
	}
	return ""
}

// shorten cuts s at a word boundary to at most n runes, adding "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := []rune(s)[:n]
	str := string(cut)
	if i := strings.LastIndexByte(str, ' '); i > n/2 {
		str = str[:i]
	}
	return strings.TrimRight(str, " ,.;:") + "…"
}

// convertAll converts every source in parallel, one worker per core.
// Results come back in source order.
func convertAll(md goldmark.Markdown, sources [][]byte) ([]Body, []error) {
	bodies := make([]Body, len(sources))
	errs := make([]error, len(sources))
	workers.ForEach(len(sources), func(i int) {
		bodies[i], errs[i] = convert(md, sources[i])
	})
	return bodies, errs
}

// countWords counts runs of non-space bytes, for the reading time.
func countWords(src []byte) int {
	n, inWord := 0, false
	for _, c := range src {
		space := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}
