package render

import (
	"bufio"
	"html/template"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Body is a post's converted Markdown.
type Body struct {
	HTML template.HTML
	// Nested is HTML with headings two levels lower, when asked for.
	Nested template.HTML
	// Summary is the plain text of the first paragraph.
	Summary string
	Words   int
	// FirstImage is the destination of the body's first image as
	// written, for the post's cover (see cover.go).
	FirstImage string
	// Highlights are the items of the list under a heading "Highlights"
	// (or "Höhepunkte"), made for nested bodies (retrospectives) only.
	Highlights []string
	// from is what it was converted from, source its key.
	from   bodyInput
	source Key
}

// newMarkdown returns the goldmark converter: GFM tables, strikethrough
// and autolinks, heading ids, raw HTML left out (goldmark's default),
// images and figures written by fig, and table cells written by
// tableCells (an empty header cell as a <td>, alignment as a class).
func newMarkdown(fig *figures) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(fig, 100), util.Prioritized(tableCells{}, 100))),
	)
}

// converter turns Markdown into HTML with goldmark. It renders through a
// buffered writer of its own, which goldmark would otherwise make (4 KiB)
// for every body, into a buffer that serves body after body. One
// goroutine uses it at a time; the Renderer keeps a pool of them.
type converter struct {
	md        goldmark.Markdown
	addresses parser.Parser // md's parser for bodies without "@" (linkify.go)
	fig       *figures
	html      cappedBuffer
	w         *bufio.Writer
}

// newConverter returns a converter with a goldmark of its own (its
// figures renderer knows the photos of the body being converted), giving
// photos the sizes attribute sizes.
func newConverter(sizes string) *converter {
	c := &converter{fig: &figures{sizes: sizes}}
	c.md, c.addresses = newMarkdown(c.fig), newAddressParser()
	c.w = bufio.NewWriter(&c.html)
	return c
}

// convert turns one Markdown body into HTML, its summary and word count.
// Relative links and images are resolved against page, the path of the
// post's own page (e.g. "/mentoring/posts/x/"), so they still work where
// the body is shown elsewhere: on a round page, in a feed.
//
// With nested, the body is rendered a second time with every heading two
// levels lower (Body.Nested), for showing it inside another page's
// sections (a retrospective on its round page) with headings in order.
//
// imgs are the post's photos and static the photos of content/static/
// (site.Site.Static), which images naming them show with their
// derivatives (figures).
func (c *converter) convert(src []byte, page string, nested bool, imgs, static []site.Image) (b Body, err error) {
	c.fig.images, c.fig.static = imgs, static
	defer func() { c.fig.images, c.fig.static = nil, nil }()
	defer func() {
		if r := recover(); r != nil {
			err = panicError{r}
		}
	}()
	doc := c.parserFor(src).Parse(text.NewReader(src))
	added, first := resolveLinks(doc, page)
	b.FirstImage = first
	limit := content.MaxHTML(len(src), added)
	html, err := c.render(src, doc, limit)
	if err != nil {
		return b, err
	}
	b.HTML = html
	if nested {
		b.Highlights = highlights(doc, src)
		shiftHeadings(doc, 2)
		if b.Nested, err = c.render(src, doc, limit); err != nil {
			return b, err
		}
	}
	b.Summary = firstParagraph(doc, src)
	b.Words = content.CountWords(src)
	return b, nil
}

// render renders doc and returns a copy of exactly the HTML, or an
// error when it would be longer than limit bytes (see content.MaxHTML).
func (c *converter) render(src []byte, doc ast.Node, limit int) (template.HTML, error) {
	c.html.reset(limit)
	c.w.Reset(&c.html) // a panic may have left a page half written
	if err := c.md.Renderer().Render(c.w, src, doc); err != nil {
		return "", err
	}
	if err := c.w.Flush(); err != nil {
		return "", err
	}
	return template.HTML(c.html.buf.String()), nil
}

// shiftHeadings lowers every heading by n levels, to at most h6.
func shiftHeadings(doc ast.Node, n int) {
	_ = ast.Walk(doc, func(node ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := node.(*ast.Heading); ok && entering {
			h.Level = min(h.Level+n, 6)
		}
		return ast.WalkContinue, nil
	})
}

type panicError struct{ v any }

func (p panicError) Error() string { return "the Markdown converter failed" }

// firstParagraph returns the plain text of the first top-level paragraph
// (plainText), at most 300 characters.
func firstParagraph(doc ast.Node, src []byte) string {
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() == ast.KindParagraph {
			return shorten(plainText(n, src), 300)
		}
	}
	return ""
}

// shorten cuts s at a word boundary to at most n runes, adding "…". Its
// first n runes are s up to the n+1st, each invalid byte made U+FFFD as
// a conversion to runes does; they are copied only then.
func shorten(s string, n int) string {
	str, runes := s, 0
	for i := range s {
		if runes == n {
			str = s[:i]
			break
		}
		runes++
	}
	if len(str) == len(s) {
		return s
	}
	if !utf8.ValidString(str) {
		str = string([]rune(str))
	}
	if i := strings.LastIndexByte(str, ' '); i > n/2 {
		str = str[:i]
	}
	return strings.TrimRight(str, " ,.;:") + "…"
}

// resolveLinks makes relative link and image destinations absolute paths
// below page. Addresses with a scheme, "//host", "/path", "#fragment" or
// "?query" stay as they are. mdlinks.Resolve is shared with check and
// build, which find the links as render writes them. It returns how many
// bytes longer the destinations became, and the destination of the first
// image as written, before it was resolved ("" when there is none), in the
// same walk.
func resolveLinks(doc ast.Node, page string) (added int, first string) {
	base := &url.URL{Path: page}
	seen := false // an image, so first is the first image's
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch l := n.(type) {
		case *ast.Link:
			dest = &l.Destination
		case *ast.Image:
			if !seen {
				first, seen = string(l.Destination), true
			}
			dest = &l.Destination
		default:
			return ast.WalkContinue, nil
		}
		was := len(*dest)
		*dest = mdlinks.Resolve(base, *dest)
		added += max(0, len(*dest)-was)
		return ast.WalkContinue, nil
	})
	return added, first
}
