package metadata

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// syntaxProblem turns a syntax error of the YAML library into a problem
// at the line where the mistake is, in words a non-programmer can act on.
func (m *Map) syntaxProblem(data []byte, err error) diag.Problem {
	if line, col, what, ok := badCharacter(data, true); ok {
		return diag.Make(diag.Pos{Path: m.path, Line: line + m.lineOffset, Col: col}, diag.Error, "yaml-bad-character",
			diag.T("delete it and type it again; it often comes from copying text out of another program"), what)
	}
	lib := cleanErr(err)
	msg, hint := explainSyntax(lib)
	line := syntaxLine(data)
	if line < 1 {
		line = 1
	}
	col := 1
	if lib == "mapping values are not allowed in this context" {
		col = secondColon(diag.Line(data, line))
	}
	return diag.Make(diag.Pos{Path: m.path, Line: line + m.lineOffset, Col: col}, diag.Error, "yaml-syntax", hint, msg)
}

// secondColon is the column (in characters, from 1) of the first ": "
// after the one that ends a field's name, where YAML refuses a second
// one ("title: Teil 2: Rückblick"), or 1 when there is none.
func secondColon(line []byte) int {
	first := bytes.Index(line, []byte(": "))
	if first < 0 {
		return 1
	}
	second := bytes.Index(line[first+2:], []byte(": "))
	if second < 0 {
		return 1
	}
	return utf8.RuneCount(line[:first+2+second]) + 1
}

// syntaxLine returns the line (from 1) of data that the library's syntax
// error points at, or 0 when it names none. yaml.v3 counts parser errors
// from 0 and scanner errors from 1, and takes a mark on the first line for
// "no mark"; decoding again behind a blank line keeps every mark off the
// first line, and the kind of error says how to count.
func syntaxLine(data []byte) int {
	err := decodeAll(append([]byte("\n"), data...))
	if err == nil {
		return 0
	}
	var n int
	if _, scanErr := fmt.Sscanf(err.Error(), "yaml: line %d:", &n); scanErr != nil {
		return 0
	}
	msg := cleanErr(err)
	if (msg == "did not find expected key" || msg == "did not find expected '-' indicator") && len(data) <= maxSearchBytes {
		// The library names the start of the mapping or list, which may
		// be far above the line that breaks it.
		if line := firstFailingLine(data, msg); line > 0 {
			return line
		}
	}
	if !isParserProblem(msg) {
		n--
	}
	return min(n, lastLine(data))
}

// maxSearchBytes bounds the files firstFailingLine searches (each step
// decodes the file again); real tandem files are a few kilobytes.
const maxSearchBytes = 64 << 10

// firstFailingLine returns the smallest number of leading lines of data
// that already fail with msg, or 0. The parser stops at the first
// mistake, so every prefix that holds it fails the same way: a binary
// search needs a handful of decodes even for a long file.
func firstFailingLine(data []byte, msg string) int {
	ends := []int{} // ends[i] is the offset just past line i+1
	for i, c := range data {
		if c == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	fails := func(lines int) bool {
		err := decodeAll(data[:ends[lines-1]])
		return err != nil && cleanErr(err) == msg
	}
	lo, hi := 1, len(ends)
	if !fails(hi) {
		return 0
	}
	for lo < hi {
		mid := (lo + hi) / 2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// lastLine returns the number of the last line of data that is not
// blank: an error "at the end of the file" belongs there.
func lastLine(data []byte) int {
	lines := bytes.Split(bytes.TrimRight(data, " \t\r\n"), []byte("\n"))
	return max(len(lines), 1)
}

// isParserProblem reports whether msg is one of the errors of yaml.v3's
// parser (as opposed to its scanner): it numbers their lines from 0, the
// scanner's from 1.
func isParserProblem(msg string) bool {
	switch msg {
	case "did not find expected <stream-start>", "did not find expected <document start>",
		"found undefined tag handle", "did not find expected node content",
		"did not find expected '-' indicator", "did not find expected key",
		"did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"found duplicate %YAML directive", "found incompatible YAML document", "found duplicate %TAG directive":
		return true
	}
	return false
}

// decodeAll decodes every document of data and returns the first error.
// A panic in the library is an error too.
func decodeAll(data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the YAML decoder failed: %v", r)
		}
	}()
	d := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var n yaml.Node
		if err := d.Decode(&n); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// explainSyntax rewords the library's most common complaints. The
// library's own words stay in the message, for searching.
func explainSyntax(lib string) (msg, hint diag.Text) {
	switch lib { // the library's complaints, in the order of how often they are met
	case "found unexpected end of stream":
		return diag.T("a quoted text starting on this line is never closed"), diag.T("close the quote at the end of the text, or remove the opening one")
	case "did not find expected ',' or ']'":
		return diag.T("a list opened with [ on this line is never closed"), diag.T("end the list with ] on the same line, e.g. tags: [eins, zwei]")
	case "did not find expected ',' or '}'":
		return diag.T("a group opened with { on this line is never closed"), diag.T("end it with } on the same line, e.g. {name: Ada}")
	case "could not find expected ':'":
		return diag.T("this line is not a field: the colon after the name is missing"), diag.T("write the field as name: value, e.g. round: r1")
	case "mapping values are not allowed in this context":
		return diag.T("this line holds a colon and a space where none may be"), diag.T("put the value in quotes if it contains \": \" (title: \"Teil 2: Rückblick\"), or check the indentation")
	case "did not find expected key", "did not find expected '-' indicator":
		return diag.T("this line does not fit the fields above it"), diag.T("check the indentation (fields of the same level start in the same column), and that no text follows a closing quote")
	case "found character that cannot start any token":
		return diag.T("a value on this line starts with a character YAML reserves (such as @ or `)"), diag.T("put the value in quotes, e.g. title: \"@ada erklärt\"")
	case "did not find expected node content":
		return diag.T("a value is missing here, or starts with a character that needs quotes"), diag.T("write a value after the colon; put text starting with [ ] { } or , in quotes")
	case "block sequence entries are not allowed in this context":
		return diag.T("a list entry (- …) cannot start here"), diag.T("start each entry on its own line below the field name, indented by two spaces")
	}
	return diag.T("this is not valid YAML: %s", lib), diag.T("check the indentation (spaces, not tabs) and that every quote and bracket is closed")
}

// badCharacter finds the first byte sequence YAML does not allow: invalid
// UTF-8 or, with controls, a control character other than tab and line
// breaks. The column counts characters.
func badCharacter(data []byte, controls bool) (line, col int, what diag.Text, found bool) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line, col, diag.T("the text is not valid UTF-8 here"), true
		case controls && isControl(r):
			return line, col, diag.T("a control character (U+%04X) is not allowed here", r), true
		case r == '\n':
			line, col = line+1, 0
		}
		i += size
		col++
	}
	return 0, 0, diag.Text{}, false
}

// isControl reports characters YAML refuses anywhere in a file.
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == 0x85:
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return true
	}
	return r == 0xfffe || r == 0xffff
}

// controlsIn reports the first text below n that holds a control
// character. Raw ones are refused by the YAML library; these came in as
// escapes in quoted text ("\a", "\x01"), and no page or feed can show them.
func (m *Map) controlsIn(n *yaml.Node) diag.List {
	var l diag.List
	if n.Kind == yaml.ScalarNode {
		for _, r := range n.Value {
			if isControl(r) {
				l.Errorf(m.nodePos(n), "control-character", diag.T("remove the escape (such as \\a or \\x01) from the quoted text"),
					"this text holds a control character (U+%04X)", r)
				return l
			}
		}
	}
	for _, c := range n.Content {
		if l = m.controlsIn(c); len(l) > 0 {
			return l
		}
	}
	return l
}
