package render

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// tableCells renders a GFM table's cells. Two things differ from
// goldmark's own cells: an empty header cell (the corner of a table whose
// first column names its rows, or a header row left empty) is a <td>, not
// a <th>, since a header cell without text names nothing for a screen
// reader (axe's empty-table-header); and a column's alignment is a class
// (align-left, align-center, align-right, which the default theme's
// style.css sets), not an inline style attribute, which a strict
// Content-Security-Policy ("default-src 'self'") would block.
type tableCells struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (tableCells) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, renderTableCell)
}

// renderTableCell writes one cell: <th> for a header cell with text,
// <td> for any other, with its alignment as a class. A cell's text is
// written by its children; a table cell carries no attributes of its own
// (tandem's Markdown has no attribute syntax).
func renderTableCell(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	tag := "td"
	if _, header := n.Parent().(*east.TableHeader); header && n.HasChildren() {
		tag = "th"
	}
	if !entering {
		_, _ = w.WriteString("</" + tag + ">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<" + tag)
	if a := n.(*east.TableCell).Alignment; a != east.AlignNone {
		_, _ = w.WriteString(` class="align-` + a.String() + `"`)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}
