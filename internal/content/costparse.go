package content

import (
	"bytes"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// costState collects what the guards found in one body.
type costState struct {
	post     *Post
	cells    int
	problems diag.List
}

// errorf reports a problem at off, a byte offset into the body.
func (st *costState) errorf(off int, code string, hint diag.Text, format string, args ...any) {
	pos := diag.At(st.post.Path, st.post.Body, max(0, min(off, len(st.post.Body))))
	pos.Line += st.post.BodyLine - 1
	st.problems.Errorf(pos, code, hint, format, args...)
}

// parseCost parses p's body with render's extensions and the guards,
// then counts its links and the bytes its reference links copy.
func parseCost(p *Post) diag.List {
	st := &costState{post: p}
	md := goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
		goldmark.WithParserOptions(
			// Before the reference definitions (100) and the table (200):
			// goldmark runs the lowest priority first.
			parser.WithParagraphTransformers(util.Prioritized(paragraphGuard{st}, 0)),
			// Before goldmark's own, which has 600.
			parser.WithBlockParsers(util.Prioritized(headingGuard{parser.NewATXHeadingParser(), st}, 599)),
		),
	)
	doc := md.Parser().Parse(text.NewReader(p.Body))
	if !st.problems.HasErrors() {
		st.links(doc)
	}
	return st.problems
}

// paragraphGuard checks a paragraph before goldmark makes a table of it
// or parses its text, and drops the paragraph when it is too costly.
type paragraphGuard struct{ st *costState }

// Transform implements parser.ParagraphTransformer.
func (g paragraphGuard) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	lines := node.Lines()
	body := make([][]byte, lines.Len())
	for i := range body {
		seg := lines.At(i)
		body[i] = seg.Value(src)
	}
	var ok bool
	if row, columns := tableStart(body); columns > 0 {
		ok = g.st.table(lines.At(row).Start, columns, len(body)-row-1) &&
			g.st.marks(body[:row], lines.At(0).Start, diag.T("paragraph")) &&
			g.st.rows(body[row:], func(i int) int { return lines.At(row + i).Start })
	} else {
		ok = g.st.marks(body, lines.At(0).Start, diag.T("paragraph"))
	}
	if !ok {
		node.Parent().RemoveChild(node.Parent(), node)
	}
}

// table checks a table of columns × rows cells (the header row
// included) starting at off.
func (st *costState) table(off, columns, rows int) bool {
	if columns > MaxTableColumns {
		st.errorf(off, "table-too-wide", diag.T("split the table into narrower ones, or make it a list"),
			"the table has %s columns; at most %d are allowed", grouped(columns), MaxTableColumns)
		return false
	}
	st.cells += columns * rows
	if st.cells > MaxTableCells {
		st.errorf(off, "table-too-large", diag.T("split the post, or show the data as a file to download"),
			"the tables of this post have %s cells (rows × columns) up to here; at most %s are allowed",
			grouped(st.cells), grouped(MaxTableCells))
		return false
	}
	return true
}

// rows checks the markers of each table row; at(i) is where row i starts.
func (st *costState) rows(rows [][]byte, at func(int) int) bool {
	for i := range rows {
		if !st.marks(rows[i:i+1], at(i), diag.T("table row")) {
			return false
		}
	}
	return true
}

// marks checks the emphasis and link markers of one paragraph, heading
// or table row (lines of it), starting at off.
func (st *costState) marks(lines [][]byte, off int, what diag.Text) bool {
	n := 0
	for _, l := range lines {
		n += inlineMarks(l)
	}
	if n > MaxInlineMarks {
		st.errorf(off, "too-many-marks", diag.T("split it up, or put code and ASCII art in a code block (```)"),
			"this %s has %s emphasis and link markers (* _ ~ [ ]); at most %d are allowed", what, grouped(n), MaxInlineMarks)
		return false
	}
	return true
}

// inlineMarks counts the bytes goldmark's emphasis, strikethrough and
// link parsers match up.
func inlineMarks(l []byte) int {
	n := 0
	for _, c := range []byte("*_~[]") {
		n += bytes.Count(l, []byte{c})
	}
	return n
}

// headingGuard is goldmark's ATX heading parser, checking the heading's
// markers before goldmark parses its text: a heading is one line, but
// it may be 16 KiB long.
type headingGuard struct {
	parser.BlockParser
	st *costState
}

// Open implements parser.BlockParser.
func (g headingGuard) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	node, state := g.BlockParser.Open(parent, reader, pc)
	if node == nil || node.Lines().Len() == 0 {
		return node, state
	}
	seg := node.Lines().At(0)
	if !g.st.marks([][]byte{seg.Value(reader.Source())}, seg.Start, diag.T("heading")) {
		node.Lines().Clear()
	}
	return node, state
}

// links counts the links and images, and the bytes of addresses and
// titles that the uses of link references copy, and reports the link
// at which either passes its limit.
func (st *costState) links(doc ast.Node) {
	links, copied := 0, 0
	limit := MaxReferenceBytes + len(st.post.Body)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		var dest, title []byte
		var ref *ast.ReferenceLink
		switch l := n.(type) {
		case *ast.Link:
			dest, title, ref = l.Destination, l.Title, l.Reference
		case *ast.Image:
			dest, title, ref = l.Destination, l.Title, l.Reference
		default:
			return ast.WalkContinue, nil
		}
		if !entering {
			return ast.WalkContinue, nil
		}
		links++
		if ref != nil {
			copied += len(dest) + len(title)
		}
		switch {
		case links > MaxLinks:
			st.errorf(inlineOffset(n), "too-many-links", diag.T("split the post into several posts"),
				"the post has more than %s links and images; at most %s are allowed", grouped(MaxLinks), grouped(MaxLinks))
		case copied > limit:
			st.errorf(inlineOffset(n), "reference-amplification", diag.T("write long addresses out where they are used, or use the reference less often"),
				"the link references used up to here copy %s bytes of addresses and titles; at most %s (64 KiB more than the post's size) are allowed",
				grouped(copied), grouped(limit))
		default:
			return ast.WalkContinue, nil
		}
		return ast.WalkStop, nil
	})
}

// inlineOffset is where an inline node is written, as near as goldmark
// tells: its own position, else the start of its block.
func inlineOffset(n ast.Node) int {
	if n.Pos() >= 0 {
		return n.Pos()
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
