package messages

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// site is a catalogue message found in the source: its English format
// and where it is.
type site struct {
	format string
	pos    token.Position
}

// scan parses every Go file below the roots, tests left out, and returns
// the messages it finds and the places that bypass the catalogue.
func scan(t *testing.T, roots ...string) (found []site, bad []string) {
	t.Helper()
	fset := token.NewFileSet()
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && d.Name() == "tandem-gen" {
				return filepath.SkipDir // a tool for benchmarks, not for authors
			}
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				s, b := inspect(fset, f.Name.Name, n)
				found, bad = append(found, s...), append(bad, b...)
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return found, bad
}

// inspect looks at one node: a call that makes a catalogue message (diag.T,
// an Errorf or Warnf of a problem list, a Printer's Sprintf) or a problem
// whose message is set past the catalogue.
func inspect(fset *token.FileSet, pkg string, n ast.Node) (found []site, bad []string) {
	switch n := n.(type) {
	case *ast.CallExpr:
		if arg, ok := formatArg(n); ok {
			where := fset.Position(arg.Pos())
			if s, ok := constString(arg); ok {
				return []site{{s, where}}, nil
			}
			if id, ok := arg.(*ast.Ident); !ok || id.Name != "format" {
				return nil, []string{where.String() + ": the format is not a constant string, so it has no catalogue entry"}
			}
		}
	case *ast.CompositeLit:
		if name := typeName(n.Type); pkg != "diag" && (name == "diag.Problem" || name == "Problem") {
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok && (isIdent(kv.Key, "Msg") || isIdent(kv.Key, "Hint")) {
					return nil, []string{fset.Position(kv.Pos()).String() + ": a Problem's message or hint is set without a Text; use diag.Make"}
				}
			}
		}
	case *ast.AssignStmt:
		for _, l := range n.Lhs {
			if sel, ok := l.(*ast.SelectorExpr); ok && pkg != "diag" && pkg != "scaffold" && (sel.Sel.Name == "Msg" || sel.Sel.Name == "Hint") {
				return nil, []string{fset.Position(l.Pos()).String() + ": a message or hint is changed without its Text; use SetMsg or SetHint"}
			}
		}
	}
	return nil, nil
}

// formatArg returns the argument of call that is a catalogue id, if the
// call makes a message: diag.T(format, …), list.Errorf(pos, code, hint,
// format, …) and its like, printer.Sprintf(format, …).
func formatArg(call *ast.CallExpr) (ast.Expr, bool) {
	recv, name := "", ""
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		name = fun.Name
	case *ast.SelectorExpr:
		name, recv = fun.Sel.Name, "?"
		if id, ok := fun.X.(*ast.Ident); ok {
			recv = id.Name
		}
	default:
		return nil, false
	}
	lower := strings.ToLower(name)
	switch {
	case len(call.Args) == 0:
	case name == "T" && (recv == "diag" || recv == ""):
		return call.Args[0], true
	case (strings.HasSuffix(lower, "errorf") || strings.HasSuffix(lower, "warnf")) && recv != "fmt" && len(call.Args) >= 4 && !isString(call.Args[0]):
		return call.Args[3], true
	case name == "Sprintf" && recv != "fmt" && isString(call.Args[0]):
		return call.Args[0], true
	case flagMethod(name) && len(call.Args) >= 3 && (isString(call.Args[0]) || isString(call.Args[1])) && isString(call.Args[len(call.Args)-1]):
		return call.Args[len(call.Args)-1], true // a flag's usage, its id when --help prints it
	}
	return nil, false
}

// flagMethod reports whether name defines a flag whose last argument is
// its usage.
func flagMethod(name string) bool {
	switch name {
	case "String", "StringVar", "Bool", "BoolVar", "Int", "IntVar", "Duration", "DurationVar", "Var":
		return true
	}
	return false
}

// constString returns the value of a string literal or of literals joined
// with +.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			s, err := strconv.Unquote(e.Value)
			return s, err == nil
		}
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			x, okx := constString(e.X)
			y, oky := constString(e.Y)
			return x + y, okx && oky
		}
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

func isString(e ast.Expr) bool {
	lit, ok := e.(*ast.BasicLit)
	return ok && lit.Kind == token.STRING
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok {
			return x.Name + "." + e.Sel.Name
		}
	}
	return ""
}

// verb matches one printf verb with its flags, width and precision; %%
// is a literal percent sign, not a placeholder.
var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?(\d+|\*)?(\.(\d+|\*)?)?[a-zA-Z%]`)

// placeholders lists the verbs of a format in order, without %%.
func placeholders(format string) []string {
	var out []string
	for _, v := range verb.FindAllString(format, -1) {
		if v != "%%" {
			out = append(out, v)
		}
	}
	return out
}

// TestEveryMessageHasGerman walks the source of internal/ and cmd/ for
// every catalogue message and fails when one has no German entry, when
// an entry's placeholders differ from its English ones, when an entry is
// no longer used (its English changed, so its id did), or when a message
// bypasses the catalogue.
func TestEveryMessageHasGerman(t *testing.T) {
	found, bad := scan(t, "../../internal", "../../cmd")
	for _, b := range bad {
		t.Error(b)
	}
	de := map[string]string{}
	for _, e := range german() {
		if prev, dup := de[e.en]; dup && prev != e.de {
			t.Errorf("%q has two German entries: %q and %q", e.en, prev, e.de)
		}
		de[e.en] = e.de
		if en, ger := placeholders(e.en), placeholders(e.de); !slices.Equal(en, ger) {
			t.Errorf("%q: the German %q has the placeholders %v, the English %v", e.en, e.de, ger, en)
		}
	}
	for _, e := range plurals() {
		if _, dup := de[e.en]; dup {
			t.Errorf("%q is both a plain and a plural entry", e.en)
		}
		de[e.en] = e.de
		for _, form := range []string{e.enOne, e.de, e.deOne} {
			if got, want := placeholders(form), placeholders(e.en); !slices.Equal(got, want) {
				t.Errorf("%q: the form %q has the placeholders %v, the id %v", e.en, form, got, want)
			}
		}
	}
	used := map[string]bool{}
	for _, s := range found {
		used[s.format] = true
		if _, ok := de[s.format]; !ok {
			t.Errorf("%s: no German entry for %q", s.pos, s.format)
		}
	}
	for _, e := range append(german(), pluralIDs()...) {
		if !used[e.en] {
			t.Errorf("the German entry for %q is not used: did its English change?", e.en)
		}
	}
	if len(found) < 200 {
		t.Errorf("found only %d messages in the source; is the walk broken?", len(found))
	}
}

// pluralIDs returns the plural messages as entries of their id and
// German "other" form.
func pluralIDs() []entry {
	var out []entry
	for _, e := range plurals() {
		out = append(out, entry{e.en, e.de})
	}
	return out
}
