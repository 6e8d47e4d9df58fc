package render

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// tableCells renders a GFM table's cells as goldmark does, except an
// empty header cell (the corner of a table whose first column names its
// rows, or a header row left empty): it is a <td>, not a <th>, since a
// header cell without text names nothing for a screen reader (axe's
// empty-table-header).
type tableCells struct {
	cell renderer.NodeRendererFunc
}

// newTableCells returns tableCells falling back to goldmark's table
// renderer for every other cell.
func newTableCells() *tableCells {
	funcs := rendererFuncs{}
	extension.NewTableHTMLRenderer().RegisterFuncs(funcs)
	return &tableCells{cell: funcs[east.KindTableCell]}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (c *tableCells) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, c.render)
}

// render writes an empty header cell as <td></td> and hands every other
// cell to goldmark.
func (c *tableCells) render(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if _, header := n.Parent().(*east.TableHeader); !header || n.HasChildren() {
		return c.cell(w, src, n, entering)
	}
	if entering {
		_, _ = w.WriteString("<td></td>\n")
	}
	return ast.WalkContinue, nil
}

// rendererFuncs collects the functions a NodeRenderer registers.
type rendererFuncs map[ast.NodeKind]renderer.NodeRendererFunc

// Register implements renderer.NodeRendererFuncRegisterer.
func (f rendererFuncs) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) { f[k] = fn }
