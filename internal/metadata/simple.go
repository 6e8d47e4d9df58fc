package metadata

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// decodeSimple decodes the YAML that front matter and tandem files are
// nearly always written in — a mapping of names to values on one line
// each (plain or quoted text, dates, whole numbers, [flow, lists]), to
// "- item" lists, and to mappings of the same — into the tree yaml.v3
// would make of it. For anything else it reports false, and the caller
// hands the text to yaml.v3: comments, block text (| and >), anchors,
// tags, escapes, values over two lines, empty values, tabs, floats and
// any plain value whose type yaml.v3 guesses from more than its first
// character or a date's shape.
//
// On a post's front matter yaml.v3 spends 23 µs, 162 allocations and
// 14 KB; this takes 5 µs, 18 allocations and 7 KB (BenchmarkParse).
// FuzzDecodeSimple checks that every text it accepts gives the same tree
// as yaml.v3, positions included.
func decodeSimple(data []byte) (*yaml.Node, bool) {
	if !simpleText(data) {
		return nil, false
	}
	d := simpleDecoder{data: data, src: string(data), lines: simpleLines(data)}
	if len(d.lines) == 0 || d.lines[0].indent != 0 {
		return nil, false
	}
	root, ok := d.mapping(0)
	if !ok || d.next < len(d.lines) {
		return nil, false
	}
	return d.node(yaml.Node{Kind: yaml.DocumentNode, Line: root.Line, Column: 1, Content: []*yaml.Node{root}}), true
}

// simpleText reports whether data holds only characters that mean the
// same to yaml.v3 wherever they are: printable, no tabs, no line breaks
// but LF, no comments (#) and no byte-order mark.
func simpleText(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if (c < ' ' && c != '\n') || c == '#' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff, r == 0xfffe, r == 0xffff,
			r >= 0xd800 && r < 0xe000, r == utf8.RuneError && size == 1:
			return false
		}
		i += size
	}
	return true
}

// simpleLine is a line that is not blank.
type simpleLine struct {
	text   []byte // without its line break
	number int    // from 1
	indent int    // leading spaces
}

// simpleLines splits data at LF into the lines that hold more than
// spaces, numbered from 1.
func simpleLines(data []byte) []simpleLine {
	lines := make([]simpleLine, 0, bytes.Count(data, []byte("\n"))+1)
	for n := 1; len(data) > 0; n++ {
		text := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			text, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		indent := len(text) - len(bytes.TrimLeft(text, " "))
		if indent < len(text) {
			lines = append(lines, simpleLine{text: text, number: n, indent: indent})
		}
	}
	return lines
}

// simpleDecoder walks the lines that are not blank; next is the first
// not yet decoded. A document's values are substrings of one copy of it
// (src), and its nodes come from a few arrays (slab): a post's front
// matter is then a handful of allocations instead of one per value.
type simpleDecoder struct {
	data  []byte
	src   string // data as a string
	lines []simpleLine
	next  int
	depth int // of the block values being decoded
	slab  []yaml.Node
}

// node returns a new node with n's fields. The slab never grows in
// place, which would move the nodes already handed out.
func (d *simpleDecoder) node(n yaml.Node) *yaml.Node {
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]yaml.Node, 0, 16)
	}
	d.slab = append(d.slab, n)
	return &d.slab[len(d.slab)-1]
}

// str returns text, a part of data, as the same part of src. (Slicing
// keeps the end of the backing array, so the capacity lost is where text
// starts.)
func (d *simpleDecoder) str(text []byte) string {
	start := cap(d.data) - cap(text)
	return d.src[start : start+len(text)]
}

// atIndent reports whether the next line exists and is indented by n.
func (d *simpleDecoder) atIndent(n int) bool {
	return d.next < len(d.lines) && d.lines[d.next].indent == n
}

// deeper reports whether the next line is indented by more than n: after
// a mapping or list indented by n, that is a value over two lines or a
// misplaced line.
func (d *simpleDecoder) deeper(n int) bool {
	return d.next < len(d.lines) && d.lines[d.next].indent > n
}

// mapping decodes "name: value" lines indented by indent.
func (d *simpleDecoder) mapping(indent int) (*yaml.Node, bool) {
	m := d.node(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: d.lines[d.next].number, Column: indent + 1})
	for d.atIndent(indent) {
		l := d.lines[d.next]
		d.next++
		name, rest, ok := splitName(l.text[indent:])
		if !ok {
			return nil, false
		}
		key, ok := d.plainScalar(name, l.number, indent+1)
		if !ok {
			return nil, false
		}
		var value *yaml.Node
		if rest = bytes.TrimLeft(rest, " "); len(rest) > 0 {
			value, ok = d.inlineValue(rest, l.number, len(l.text)-len(rest)+1)
		} else {
			value, ok = d.blockValue(indent)
		}
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, key, value)
	}
	return m, !d.deeper(indent)
}

// blockValue decodes the value of a name whose line ends after the
// colon: a list or a mapping on the lines below. Values nested deeper
// than MaxDepth go to yaml.v3 (which refuses 10,000 levels, and Parse
// refuses more than MaxDepth anyway).
func (d *simpleDecoder) blockValue(parent int) (*yaml.Node, bool) {
	if d.next == len(d.lines) || d.depth == MaxDepth {
		return nil, false // an empty value, or too deep
	}
	d.depth++
	defer func() { d.depth-- }()
	l := d.lines[d.next]
	switch {
	case isItem(l.text[l.indent:]) && l.indent >= parent:
		return d.sequence(l.indent, parent)
	case l.indent > parent:
		return d.mapping(l.indent)
	}
	return nil, false // an empty value
}

// sequence decodes "- item" lines indented by indent, the list of a name
// indented by parent (YAML lets the items start below the name's first
// letter).
func (d *simpleDecoder) sequence(indent, parent int) (*yaml.Node, bool) {
	s := d.node(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: d.lines[d.next].number, Column: indent + 1})
	for d.atIndent(indent) && isItem(d.lines[d.next].text[indent:]) {
		l := d.lines[d.next]
		d.next++
		rest := bytes.TrimLeft(l.text[indent+1:], " ")
		if len(rest) == 0 {
			return nil, false // an empty item
		}
		item, ok := d.inlineValue(rest, l.number, len(l.text)-len(rest)+1)
		if !ok {
			return nil, false
		}
		s.Content = append(s.Content, item)
	}
	if d.deeper(indent) || (indent > parent && d.atIndent(indent)) {
		return nil, false
	}
	return s, true
}

// isItem reports whether text (a line without its indentation) is a
// list item.
func isItem(text []byte) bool {
	return text[0] == '-' && (len(text) == 1 || text[1] == ' ')
}

// splitName splits "name: rest" with a name of letters, digits, _ and -.
func splitName(text []byte) (name, rest []byte, ok bool) {
	i := 0
	for i < len(text) && i <= 128 && isNameByte(text[i]) {
		i++
	}
	if i == 0 || i > 128 || i == len(text) || text[i] != ':' || (i+1 < len(text) && text[i+1] != ' ') {
		return nil, nil, false
	}
	return text[:i], text[i+1:], true
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// inlineValue decodes the rest of a line after "name:" or "- ", which
// starts at column col and is not blank.
func (d *simpleDecoder) inlineValue(text []byte, line, col int) (*yaml.Node, bool) {
	var n int
	var v *yaml.Node
	var ok bool
	switch text[0] {
	case '"', '\'':
		v, n, ok = d.quotedScalar(text, line, col)
	case '[':
		v, n, ok = d.flowSequence(text, line, col)
	default:
		text = bytes.TrimRight(text, " ")
		if bytes.Contains(text, []byte(": ")) || text[len(text)-1] == ':' {
			return nil, false // a mapping inside
		}
		v, ok = d.plainScalar(text, line, col)
		n = len(text)
	}
	if !ok || len(bytes.TrimLeft(text[n:], " ")) > 0 {
		return nil, false
	}
	return v, true
}

// quotedScalar decodes text between quotes at the start of text, without
// escapes and on one line, and returns how many bytes it took.
func (d *simpleDecoder) quotedScalar(text []byte, line, col int) (*yaml.Node, int, bool) {
	q := text[0]
	end := bytes.IndexByte(text[1:], q) + 1
	if end == 0 || (q == '"' && bytes.IndexByte(text[1:end], '\\') >= 0) || (q == '\'' && end+1 < len(text) && text[end+1] == '\'') {
		return nil, 0, false
	}
	style := yaml.DoubleQuotedStyle
	if q == '\'' {
		style = yaml.SingleQuotedStyle
	}
	return d.node(yaml.Node{Kind: yaml.ScalarNode, Style: style, Tag: "!!str", Value: d.str(text[1:end]), Line: line, Column: col}), end + 1, true
}

// flowSequence decodes a [list, "of", items] at the start of text, and
// returns how many bytes it took.
func (d *simpleDecoder) flowSequence(text []byte, line, col int) (*yaml.Node, int, bool) {
	s := d.node(yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle, Tag: "!!seq", Line: line, Column: col})
	i := skipSpaces(text, 1)
	if i < len(text) && text[i] == ']' {
		return s, i + 1, true
	}
	counted, itemCol := 0, col // the column of text[counted], counted forward item by item
	for i < len(text) {
		itemCol += utf8.RuneCount(text[counted:i])
		counted = i
		var item *yaml.Node
		var n int
		ok := true
		if c := text[i]; c == '"' || c == '\'' {
			item, n, ok = d.quotedScalar(text[i:], line, itemCol)
		} else {
			n = bytes.IndexAny(text[i:], ",]")
			if n < 0 || bytes.ContainsAny(text[i:i+n], ":?[{}") {
				return nil, 0, false
			}
			item, ok = d.plainScalar(bytes.TrimRight(text[i:i+n], " "), line, itemCol)
		}
		if !ok {
			return nil, 0, false
		}
		s.Content = append(s.Content, item)
		if i = skipSpaces(text, i+n); i == len(text) {
			break
		}
		switch text[i] {
		case ']':
			return s, i + 1, true
		case ',':
			if i = skipSpaces(text, i+1); i < len(text) && text[i] == ']' {
				return nil, 0, false // a comma after the last item
			}
		default:
			return nil, 0, false
		}
	}
	return nil, 0, false // not closed on this line
}

func skipSpaces(text []byte, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}

// plainScalar makes the node of unquoted text, with the type yaml.v3
// gives it, or reports false when that takes more than a look at its
// first character or, for text starting with a digit, at whether it is
// a date, a plain whole number, or has a character no number has.
func (d *simpleDecoder) plainScalar(text []byte, line, col int) (*yaml.Node, bool) {
	if len(text) == 0 || strings.IndexByte("-?:,[]{}#&*!|>'\"%@`.<+", text[0]) >= 0 {
		return nil, false // an indicator, or a sign or dot a number may start with
	}
	s := d.str(text)
	tag := "!!str"
	switch c := s[0]; {
	case c >= '0' && c <= '9':
		switch {
		case isTimestamp(s):
			tag = "!!timestamp"
		case isDecimal(s):
			tag = "!!int"
		case strings.Trim(s, "0123456789abcdefABCDEFxXoO_.+-") == "":
			return nil, false // maybe a number in another base, or a float
		}
	case s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE":
		tag = "!!bool"
	case s == "null" || s == "Null" || s == "NULL" || s == "~":
		tag = "!!null"
	}
	return d.node(yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s, Line: line, Column: col}), true
}

// isTimestamp reports whether yaml.v3 reads s as a date: four digits
// and a dash, then one of the layouts it tries.
func isTimestamp(s string) bool {
	if len(s) < 5 || s[4] != '-' || !isDigits(s[:4]) {
		return false
	}
	layouts := [...]string{"2006-1-2", "2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999"}
	if strings.IndexByte(s, 'T') >= 0 {
		layouts[0], layouts[1] = layouts[1], layouts[0] // the likely one first (a failed try costs an error value)
	}
	for _, layout := range layouts {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// isDecimal reports whether s is a whole number yaml.v3 reads the same
// in every base it tries: 0, or up to 18 digits without a leading zero.
func isDecimal(s string) bool {
	return s == "0" || (len(s) > 0 && len(s) <= 18 && s[0] != '0' && isDigits(s))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
