package render

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Linkify (goldmark's extension) looks at every word of a post's text:
// after each space, "*", "_", "~" and "(" it asks whether an address
// ("http:", "https:", "ftp:", "www.") starts there, and when none does,
// whether the word is an e-mail address, which it reads up to its "@"
// (util.FindEmailIndex): 2 % of a build's CPU on the bench site, where
// almost no body holds an "@". A body without "@" is parsed by a parser
// whose Linkify asks only the first question (addressLinkify): it finds
// nothing else there, so the tree is the same (TestAddressParserSameTree).

// newAddressParser returns the parser of newMarkdown for bodies without
// "@": the same extensions and options, Linkify's parser at its priority
// (999, as extension.Linkify adds it) behind addressLinkify.
func newAddressParser() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(),
			parser.WithInlineParsers(util.Prioritized(addressLinkify{extension.NewLinkifyParser()}, 999))),
	).Parser()
}

// parserFor returns the parser for src: the converter's own when src
// holds an "@", else the one whose Linkify looks for addresses only.
func (c *converter) parserFor(src []byte) parser.Parser {
	if bytes.IndexByte(src, '@') >= 0 {
		return c.md.Parser()
	}
	return c.addresses
}

// addressLinkify is Linkify's inline parser asked only where an address
// starts, for a text without "@", in which it can make no e-mail
// address. Where it is asked, Linkify reads the text as it always does.
type addressLinkify struct{ parser.InlineParser }

// Parse implements parser.InlineParser.
func (a addressLinkify) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, _ := block.PeekLine()
	if len(line) > 0 && strings.IndexByte(" *_~(", line[0]) >= 0 {
		line = line[1:] // Linkify skips the character it is called at (its Trigger)
	}
	for _, start := range [...]string{"http:", "https:", "ftp:", "www."} {
		if len(line) >= len(start) && string(line[:len(start)]) == start {
			return a.InlineParser.Parse(parent, block, pc)
		}
	}
	return nil
}
