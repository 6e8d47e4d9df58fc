package scaffold

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// insertRound returns programme.yaml with r added as the last entry of
// rounds:. The file is edited as text, at the place the YAML node tree
// points to, so every other byte stays as it was: comments, blank lines,
// quoting and the order of the fields. The new entry copies the
// indentation of the entries above it.
func insertRound(data []byte, r Round) ([]byte, error) {
	if bytes.Count(data, []byte("\r")) != bytes.Count(data, []byte("\r\n")) {
		return nil, fail(diag.T("save the file with ordinary line endings (LF or CRLF) and run the command again"),
			diag.T("programme.yaml ends lines with a lone carriage return (CR), which tandem cannot edit in place"))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fail(diag.T("fix it first (tandem check shows where)"), diag.T("programme.yaml is not valid YAML"))
	}
	t := text{data: data, nl: "\n"}
	if bytes.Contains(data, []byte("\r\n")) {
		t.nl = "\r\n"
	}
	t.index()
	if len(doc.Content) == 0 {
		return t.appendRounds(r, 0), nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 {
		return nil, fail(diag.T("write one field per line"), diag.T("programme.yaml is not a list of fields"))
	}
	if line := t.documentMarker(root.Line); line > 0 {
		return nil, fail(diag.T("remove the line, so the file is one YAML document"), diag.T("programme.yaml has a document marker (--- or ...) on line %d", line))
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "rounds" {
			continue
		}
		next := len(t.lines) + 1 // the line where the next field starts
		if i+2 < len(root.Content) {
			next = root.Content[i+2].Line
		}
		return t.insertInto(root.Content[i], root.Content[i+1], next, r)
	}
	return t.appendRounds(r, root.Column-1), nil
}

// text is a file split into lines, for editing at line boundaries.
type text struct {
	data  []byte
	nl    string
	lines []int // byte offset where each line starts
}

func (t *text) index() {
	t.lines = t.lines[:0]
	for off := 0; off < len(t.data); {
		t.lines = append(t.lines, off)
		i := bytes.IndexByte(t.data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
}

// line returns line n (from 1) without its line ending.
func (t *text) line(n int) []byte {
	end := len(t.data)
	if n < len(t.lines) {
		end = t.lines[n]
	}
	return bytes.TrimRight(t.data[t.lines[n-1]:end], "\r\n")
}

// after returns the offset just after line n, and whether that line
// lacks a line ending (the last line of a file may).
func (t *text) after(n int) (int, bool) {
	if n < len(t.lines) {
		return t.lines[n], false
	}
	return len(t.data), len(t.data) > 0 && !bytes.HasSuffix(t.data, []byte("\n"))
}

// offset converts a yaml.v3 line and column (characters, from 1) into a
// byte offset.
func (t *text) offset(line, col int) int {
	off := t.lines[line-1]
	for ; col > 1 && off < len(t.data); col-- {
		_, size := utf8.DecodeRune(t.data[off:])
		off += size
	}
	return off
}

// insertAt returns the file with s inserted after line n.
func (t *text) insertAt(n int, s string) []byte {
	off, open := t.after(n)
	if open {
		s = t.nl + s
	}
	out := make([]byte, 0, len(t.data)+len(s))
	out = append(out, t.data[:off]...)
	out = append(out, s...)
	return append(out, t.data[off:]...)
}

// appendRounds adds a rounds: field at the end of the file, its key at
// column col (from 0) like the other fields.
func (t *text) appendRounds(r Round, col int) []byte {
	return t.insertAt(max(len(t.lines), 1), strings.Repeat(" ", col)+"rounds:"+t.nl+roundItem(r, col+2, col+4, t.nl))
}

// documentMarker returns the first line after line from that starts or
// ends a YAML document ("---" or "..."), or 0.
func (t *text) documentMarker(from int) int {
	for n := from + 1; n <= len(t.lines); n++ {
		l := t.line(n)
		if (bytes.HasPrefix(l, []byte("---")) || bytes.HasPrefix(l, []byte("..."))) && (len(l) == 3 || l[3] == ' ' || l[3] == '\t') {
			return n
		}
	}
	return 0
}

// insertInto adds r to the value of the rounds key. next is the line
// where the following field starts.
func (t *text) insertInto(key, v *yaml.Node, next int, r Round) ([]byte, error) {
	keyCol := key.Column - 1
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null" && v.Value == "":
		return t.insertAt(key.Line, roundItem(r, keyCol+2, keyCol+4, t.nl)), nil
	case v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle != 0 && len(v.Content) == 0:
		return t.replaceEmptyList(key, v, r)
	case v.Kind == yaml.SequenceNode && v.Style&yaml.FlowStyle == 0 && len(v.Content) > 0:
		return t.appendItem(v.Content[len(v.Content)-1], next, r)
	}
	return nil, fail(diag.T("write each round on its own lines, starting with \"- id:\", and run the command again"),
		diag.T("rounds: in programme.yaml (line %d) is not written as a list of entries", key.Line))
}

// appendItem adds r after last, the last entry of a block list.
func (t *text) appendItem(last *yaml.Node, next int, r Round) ([]byte, error) {
	if last.Kind != yaml.MappingNode {
		return nil, fail(diag.T("each round is a set of fields: id, title, start, end"), diag.T("the last entry of rounds: (line %d) is not a round", last.Line))
	}
	dash := t.offset(last.Line, last.Column) - 1
	for dash >= 0 && t.data[dash] != '-' {
		dash--
	}
	if dash < 0 {
		return nil, fail(diag.Text{}, diag.T("cannot find the \"-\" of the last round (line %d)", last.Line))
	}
	dashCol := dash - (bytes.LastIndexByte(t.data[:dash], '\n') + 1)
	fieldCol := dashCol + 2 // after "- {" a new entry is written as a block
	if last.Style&yaml.FlowStyle == 0 {
		fieldCol = last.Column - 1
	}
	// The last entry ends at its last line that is not blank and not a
	// comment at or left of its "-": such comments belong to what follows.
	end := next - 1
	for end > last.Line && ignorable(t.line(end), dashCol) {
		end--
	}
	return t.insertAt(end, roundItem(r, dashCol, fieldCol, t.nl)), nil
}

// ignorable reports a blank line, or a comment starting at or left of
// column col (from 0).
func ignorable(line []byte, col int) bool {
	trimmed := bytes.TrimLeft(line, " \t")
	indent := len(line) - len(trimmed)
	return len(trimmed) == 0 || (trimmed[0] == '#' && indent <= col)
}

// replaceEmptyList turns "rounds: []" into "rounds:" followed by r.
func (t *text) replaceEmptyList(key, v *yaml.Node, r Round) ([]byte, error) {
	open := t.offset(v.Line, v.Column)
	closeAt := bytes.IndexByte(t.data[open:], ']')
	if v.Line != key.Line || t.data[open] != '[' || closeAt < 0 || len(bytes.TrimSpace(t.data[open+1:open+closeAt])) > 0 {
		return nil, fail(diag.T("write rounds: on a line of its own, and run the command again"), diag.T("cannot edit rounds: on line %d", key.Line))
	}
	// Only the brackets go: "rounds: []  # bald" becomes "rounds:  # bald".
	edited := &text{data: append(bytes.Clone(t.data[:open]), t.data[open+closeAt+1:]...), nl: t.nl}
	edited.index()
	keyCol := key.Column - 1
	return edited.insertAt(key.Line, roundItem(r, keyCol+2, keyCol+4, t.nl)), nil
}

// roundItem writes r as a list entry: "-" at column dash, the fields at
// column field (both from 0).
func roundItem(r Round, dash, field int, nl string) string {
	pad := strings.Repeat(" ", field)
	var b strings.Builder
	fmt.Fprintf(&b, "%s-%sid: %s%s", strings.Repeat(" ", dash), strings.Repeat(" ", field-dash-1), quote(r.ID), nl)
	fmt.Fprintf(&b, "%stitle: %s%s", pad, quote(r.Title), nl)
	fmt.Fprintf(&b, "%sstart: %s%s", pad, r.Start, nl)
	fmt.Fprintf(&b, "%send: %s%s", pad, r.End, nl)
	if r.Summary != "" {
		fmt.Fprintf(&b, "%ssummary: %s%s", pad, quote(r.Summary), nl)
	}
	return b.String()
}

// quote encodes s as a YAML scalar (it cannot fail for a string).
func quote(s string) string {
	v, _ := yamlValue(s)
	return v
}
