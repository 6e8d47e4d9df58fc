package mdlinks

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Link is a link or image destination written in a post's Markdown.
type Link struct {
	// Dest is the destination as written, e.g. "../start/".
	Dest string
	// Rendered are the forms the destination may take in the page's HTML:
	// as written (URL-escaped), and resolved against the post's page, as
	// render writes relative addresses so they work on every page.
	Rendered []string
	// Address is the form render writes into the post's page.
	Address string
	Image   bool
	// Alt is an image's description as plain text (its alt text).
	Alt string
	// InAlt is set for a link inside an image's description, which
	// render shows as plain text: it leads nowhere.
	InAlt bool
	// Pos is where the destination starts in the post file.
	Pos diag.Pos
	// Page is the post's page below the base path ("posts/x/"); Bundle
	// its bundle folder, or "".
	Page, Bundle string
}

// NewMarkdown parses Markdown the way render converts it (GFM tables,
// strikethrough and autolinks), so the links found are the links shown.
func NewMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify))
}

// NewPlainMarkdown is NewMarkdown without Linkify, for bodies in which
// Linkify would find nothing (internal/check chooses by the body): the same tree, sooner.
func NewPlainMarkdown() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
}

// Find returns every link and image destination in p's body, in
// the order they are written, with their exact positions. Destinations
// of reference links ([text][ref]) are reported where the reference is
// defined ("[ref]: destination"). page is the post's page below the base
// path, href the same with the base path.
func Find(md goldmark.Markdown, p *content.Post, page, href string) []Link {
	src := p.Body
	base := &url.URL{Path: href}
	doc := md.Parser().Parse(text.NewReader(src))
	defs := map[string]*ast.LinkReferenceDefinition{}
	claimed := map[int]bool{}
	var links []Link
	inImage := 0 // how many images the walk is inside
	add := func(dest []byte, rendered []string, image bool, off int) {
		if off < 0 || len(dest) == 0 {
			return
		}
		links = append(links, Link{Dest: string(dest), Rendered: rendered, Address: rendered[len(rendered)-1], Image: image, InAlt: inImage > 0,
			Pos: position(p, off), Page: page, Bundle: p.Bundle})
	}
	alt := func(n ast.Node) {
		if len(links) > 0 && links[len(links)-1].Image {
			links[len(links)-1].Alt = plainText(n, src)
		}
	}
	forms := func(dest []byte) []string {
		return []string{string(util.URLEscape(dest, true)), string(Address(base, dest))}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if def, ok := n.(*ast.LinkReferenceDefinition); ok && entering {
			if key := util.ToLinkReference(def.Label); defs[key] == nil {
				defs[key] = def
			}
		}
		return ast.WalkContinue, nil
	})
	// Links are handled when the walk leaves them, after the links and
	// images inside their text, so an image inside a link claims its own
	// "](" first.
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Link:
			if !entering {
				add(n.Destination, forms(n.Destination), false, destOffset(src, n.Pos(), n.Destination, n.Reference, defs, claimed))
			}
		case *ast.Image:
			if entering {
				inImage++
			} else {
				inImage--
				before := len(links)
				add(n.Destination, forms(n.Destination), true, destOffset(src, n.Pos(), n.Destination, n.Reference, defs, claimed))
				if len(links) > before {
					alt(n)
				}
			}
		case *ast.AutoLink:
			if entering && n.AutoLinkType == ast.AutoLinkURL {
				add(n.Label(src), []string{string(util.URLEscape(n.URL(src), false))}, false, autoLinkOffset(src, n))
			}
		}
		return ast.WalkContinue, nil
	})
	return links
}

// destOffset finds where the destination of a link or image starting at
// from is written: after its "](" for an inline link, or in the
// definition of its reference.
func destOffset(src []byte, from int, dest []byte, ref *ast.ReferenceLink, defs map[string]*ast.LinkReferenceDefinition, claimed map[int]bool) int {
	if ref != nil {
		def := defs[util.ToLinkReference(ref.Value)]
		if def == nil {
			return -1
		}
		return findDest(src, def.Pos(), "]:", def.Destination, nil)
	}
	return findDest(src, from, "](", dest, claimed)
}

// findDest returns the offset of dest written after the first opener
// ("](" or "]:") at or after from that is followed by exactly dest, and
// marks it claimed. -1 means not found.
func findDest(src []byte, from int, opener string, dest []byte, claimed map[int]bool) int {
	from = max(from, 0)
	for from < len(src) {
		i := bytes.Index(src[from:], []byte(opener))
		if i < 0 {
			return -1
		}
		at := skipLinkSpace(src, from+i+len(opener))
		angled := at < len(src) && src[at] == '<'
		if angled {
			at++
		}
		if bytes.HasPrefix(src[at:], dest) && !claimed[at] && destEnds(src, at+len(dest), angled) {
			if claimed != nil {
				claimed[at] = true
			}
			return at
		}
		from += i + len(opener)
	}
	return -1
}

// skipLinkSpace skips spaces and tabs and at most one line ending, as
// CommonMark allows between "](" and the destination.
func skipLinkSpace(src []byte, i int) int {
	newline := false
	for i < len(src) {
		switch c := src[i]; {
		case c == ' ' || c == '\t':
		case c == '\n' && !newline:
			newline = true
		default:
			return i
		}
		i++
	}
	return i
}

// destEnds reports whether a destination may end at i: before ">" when
// it is in angle brackets, else before white space, ")" or the end.
func destEnds(src []byte, i int, angled bool) bool {
	if angled {
		return i < len(src) && src[i] == '>'
	}
	return i == len(src) || src[i] == ')' || src[i] == ' ' || src[i] == '\t' || src[i] == '\n'
}

// autoLinkOffset is where an autolink's text starts. The node's own
// position may be the character that triggered it (the space before a
// bare address, or "<"), so the text is looked for from there.
func autoLinkOffset(src []byte, n *ast.AutoLink) int {
	from := max(n.Pos(), 0)
	if i := bytes.Index(src[from:], n.Label(src)); i >= 0 {
		return from + i
	}
	return -1
}

// position turns an offset into p's body into a position in p's file.
// Columns count characters, from 1.
func position(p *content.Post, off int) diag.Pos {
	before := p.Body[:off]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return diag.Pos{
		Path: p.Path,
		Line: p.BodyLine + bytes.Count(before, []byte("\n")),
		Col:  utf8.RuneCount(before[lineStart:]) + 1,
	}
}

// plainText is the text of n's children, as an image's alt text.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
