package search

import (
	"html"
	"strings"
)

// TextOf returns the text of an HTML fragment made by render (a post's
// converted Markdown): the tags replaced by spaces, entities decoded.
// It is not a general HTML parser: render's output has no comments,
// scripts or raw HTML, and attributes are quoted.
func TextOf(h string) string {
	var b strings.Builder
	b.Grow(len(h))
	first := true
	texts(h, func(s string) {
		if !first {
			b.WriteByte(' ')
		}
		first = false
		b.WriteString(s)
	})
	return b.String()
}

// texts calls yield with the text before, between and after the tags of
// an HTML fragment made by render, entities decoded: the pieces TextOf
// joins with spaces.
func texts(h string, yield func(string)) {
	for {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			yield(unescape(h))
			return
		}
		yield(unescape(h[:lt]))
		h = h[lt:]
		h = h[tagEnd(h):]
	}
}

// tagEnd returns the length of the tag h starts with, quoted attribute
// values included.
func tagEnd(h string) int {
	quote := byte(0)
	for i := 1; i < len(h); i++ {
		switch c := h[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1
		}
	}
	return len(h)
}

// unescape decodes the entities of s, if it has any.
func unescape(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		return html.UnescapeString(s)
	}
	return s
}
