package diag

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s safe to print on a terminal or in a CI log: control
// characters (escape sequences that clear the screen or set the window
// title, a bell, a carriage return that overwrites the line), characters
// that reorder text (bidirectional controls) and line separators are
// written as Go escapes (\x1b, \n, \u202e), and bytes that are not UTF-8
// as \xff. Everything else, "ä" and "–" included, stays as it is. Paths
// and values from the site go through it before they are printed.
func Printable(s string) string {
	if isPlain(s) {
		return s // the usual case: printable ASCII
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unsafeRune(r):
			b.WriteString(escapeRune(r))
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII throughout.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return false
		}
	}
	return true
}

// unsafeRune reports a character a terminal acts on or that changes how
// the text around it is shown.
func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || unicode.In(r, unicode.Zl, unicode.Zp)
}

// escapeRune writes r as Go writes it in a quoted string.
func escapeRune(r rune) string {
	switch r {
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	case '\a':
		return `\a`
	}
	if r < 0x80 {
		return fmt.Sprintf(`\x%02x`, r)
	}
	return fmt.Sprintf(`\u%04x`, r)
}

// jsonSafe escapes, in JSON text made by encoding/json, the characters
// Printable escapes that the encoder leaves as they are (DEL, C1 controls,
// bidirectional controls), as \u escapes: JSON stays JSON and decodes to
// the same text. (The encoder escapes the other control characters
// itself; what remains below space is the layout's line breaks.)
func jsonSafe(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] < 0x7f
	}
	if plain {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x7f && unsafeRune(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
