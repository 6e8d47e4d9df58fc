package content

import (
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// checkControls reports the first control character in a post's text
// (tab and line breaks are text). Browsers show them as boxes or not at
// all, and feeds may not contain them, so they are refused where they
// are rather than passed on.
func checkControls(path string, data []byte) diag.List {
	var problems diag.List
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7f || c == '\n' {
			i++ // printable ASCII, most of any post: no rune to decode
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if !isControl(r) {
			i += size
			continue
		}
		hint := "delete it; it often comes from copying text out of another program"
		if r >= 0x80 {
			hint = "it is often a quotation mark or dash saved in the wrong encoding; type the character again"
		}
		problems.Errorf(posOf(path, data, i), "control-character", hint, "the text holds a control character (U+%04X) here", r)
		return problems
	}
	return problems
}

// isControl reports characters that are not text: C0 and C1 controls
// other than tab and line breaks, and the non-characters U+FFFE/U+FFFF.
func isControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || (r >= 0x7f && r <= 0x9f):
		return true
	}
	return r == 0xfffe || r == 0xffff
}
