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
	for len(h) > 0 {
		lt := strings.IndexByte(h, '<')
		if lt < 0 {
			writeText(&b, h)
			break
		}
		writeText(&b, h[:lt])
		h = h[lt:]
		end := tagEnd(h)
		b.WriteByte(' ')
		h = h[end:]
	}
	return b.String()
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

func writeText(b *strings.Builder, s string) {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	b.WriteString(s)
}
