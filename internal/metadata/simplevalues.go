package metadata

import (
	"bytes"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// This file holds the values decodeSimple reads on one line: quoted and
// plain scalars and [flow, sequences].

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
