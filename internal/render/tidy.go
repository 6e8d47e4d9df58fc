package render

import "bytes"

// trimTrailingSpace removes the spaces and tabs at the ends of the lines
// of a page, in place, and returns the shortened page. Template lines
// whose actions print nothing leave them; validators count each as an
// error. Lines inside <pre> (code in posts) are kept as they are.
func trimTrailingSpace(b []byte) []byte {
	w, r, inPre := 0, 0, false
	for r < len(b) {
		end := bytes.IndexByte(b[r:], '\n')
		next := len(b)
		if end >= 0 {
			end += r
			next = end + 1
		} else {
			end = len(b)
		}
		line := b[r:end]
		keep := len(line)
		// The end of the line is inside <pre> when one is open after it.
		if inPre = preAfter(line, inPre); !inPre {
			keep = len(bytes.TrimRight(line, " \t"))
		}
		w += copy(b[w:], line[:keep])
		if next > end {
			b[w] = '\n'
			w++
		}
		r = next
	}
	return b[:w]
}

// preAfter tells whether a <pre> element is still open after line, given
// whether one was open before it.
func preAfter(line []byte, open bool) bool {
	for {
		if open {
			i := bytes.Index(line, []byte("</pre>"))
			if i < 0 {
				return true
			}
			line, open = line[i+6:], false
			continue
		}
		i := bytes.Index(line, []byte("<pre"))
		if i < 0 {
			return false
		}
		line, open = line[i+4:], true
	}
}
