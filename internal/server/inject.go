package server

import "bytes"

// injectScript returns a copy of page with tag placed just before the last
// closing body tag, or appended when the page has none. page itself is
// not changed.
func injectScript(page, tag []byte) []byte {
	at := closingBody(page)
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:at]...)
	out = append(out, tag...)
	return append(out, page[at:]...)
}

// closingBody returns the offset of the last "</body" end tag in page,
// in any letter case, or -1.
func closingBody(page []byte) int {
	const end = "</body"
	for limit := len(page); ; {
		i := bytes.LastIndexByte(page[:limit], '<')
		if i < 0 {
			return -1
		}
		rest := page[i:]
		if len(rest) > len(end) && bytes.EqualFold(rest[:len(end)], []byte(end)) && endsTagName(rest[len(end)]) {
			return i
		}
		limit = i
	}
}

// endsTagName reports whether c may follow a tag name.
func endsTagName(c byte) bool {
	switch c {
	case '>', ' ', '\t', '\n', '\r', '\f', '/':
		return true
	}
	return false
}
