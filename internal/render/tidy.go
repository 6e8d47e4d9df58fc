package render

import "bytes"

// trimTrailingSpace removes the spaces and tabs at the ends of the lines
// of a page, in place, and returns the shortened page. Template lines
// whose actions print nothing leave them; validators count each as an
// error. Lines whose end is inside <pre> (code in posts) are kept as they
// are: the page is cut at each "<pre" and the "</pre>" after it, and only
// the lines outside are trimmed. Nothing moves until a line is trimmed.
func trimTrailingSpace(b []byte) []byte {
	w, r, inPre := 0, 0, false
	for r < len(b) {
		var mark string
		var i int
		if inPre {
			mark = "</pre>"
			i = bytes.Index(b[r:], []byte(mark))
		} else {
			mark, i = "<pre", indexPre(b[r:])
		}
		end := len(b)
		if i >= 0 {
			end = r + i + len(mark)
		}
		if inPre {
			w += copy(b[w:], b[r:end])
		} else {
			w = trimLines(b, w, r, end)
		}
		r, inPre = end, !inPre
	}
	return b[:w]
}

// trimLines moves b[r:end] to b[w:], without the spaces and tabs before
// each newline and before end, and returns where the moved part ends.
// Runs of lines with nothing to trim are moved in one copy (none while
// w == r).
func trimLines(b []byte, w, r, end int) int {
	from := r // b[from:r] is still to be moved as it is
	for r < end {
		next := end
		if i := bytes.IndexByte(b[r:end], '\n'); i >= 0 {
			next = r + i
		}
		if kept := trimmedEnd(b, r, next); kept < next {
			w += copy(b[w:], b[from:kept])
			from = next
		}
		r = next + 1
	}
	return w + copy(b[w:], b[from:end])
}

// trimmedEnd is where b[start:end] ends without the spaces and tabs at its
// end.
func trimmedEnd(b []byte, start, end int) int {
	for end > start && (b[end-1] == ' ' || b[end-1] == '\t') {
		end--
	}
	return end
}

// indexPre is bytes.Index(b, []byte("<pre")), found by its "p": in HTML
// "<" is twice as frequent as "p", and bytes.Index looks for a needle by
// its first byte, one call per "<" (a fifth of trimTrailingSpace's time).
func indexPre(b []byte) int {
	for i := 1; i < len(b); {
		j := bytes.IndexByte(b[i:], 'p')
		if j < 0 {
			return -1
		}
		i += j
		if b[i-1] == '<' && len(b)-i >= 3 && b[i+1] == 'r' && b[i+2] == 'e' {
			return i - 1
		}
		i++
	}
	return -1
}
