package render

import (
	"bytes"
	"html/template"
	"net/url"
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
// Relative links and images are resolved against page, the path of the
// post's own page (e.g. "/mentoring/posts/x/"), so they still work where
// the body is shown elsewhere: on a round page, in a feed.
func convert(md goldmark.Markdown, src []byte, page string) (b Body, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = panicError{r}
		}
	}()
	doc := md.Parser().Parse(text.NewReader(src))
	resolveLinks(doc, page)
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

// resolveLinks makes relative link and image destinations absolute paths
// below page. Addresses with a scheme, "//host", "/path", "#fragment" or
// "?query" stay as they are.
func resolveLinks(doc ast.Node, page string) {
	base := &url.URL{Path: page}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch l := n.(type) {
		case *ast.Link:
			l.Destination = resolve(base, l.Destination)
		case *ast.Image:
			l.Destination = resolve(base, l.Destination)
		}
		return ast.WalkContinue, nil
	})
}

func resolve(base *url.URL, dest []byte) []byte {
	d := string(dest)
	if d == "" || d[0] == '/' || d[0] == '#' || d[0] == '?' {
		return dest
	}
	u, err := url.Parse(d)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return dest
	}
	return []byte(base.ResolveReference(u).String())
}

// convertAll converts every source in parallel, one worker per core.
// pages[i] is the path of source i's page. Results come back in source
// order.
func convertAll(md goldmark.Markdown, sources [][]byte, pages []string) ([]Body, []error) {
	bodies := make([]Body, len(sources))
	errs := make([]error, len(sources))
	workers.ForEach(len(sources), func(i int) {
		bodies[i], errs[i] = convert(md, sources[i], pages[i])
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
