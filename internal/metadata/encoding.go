package metadata

import "github.com/tandem-mentoring/tandem/internal/diag"

// UTF16 reports text saved as UTF-16 rather than UTF-8, as some editors
// on Windows do when asked for "Unicode": it starts with a UTF-16
// byte-order mark, or, without one, its start has a zero byte in every
// other position, as letters, digits and punctuation do in UTF-16.
func UTF16(data []byte) bool {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return true
	}
	const sample = 32 // characters
	n := min(len(data)/2, sample)
	if n < 4 {
		return false
	}
	var even, odd int // zero bytes at even and at odd offsets
	for i := range n {
		a, b := data[2*i], data[2*i+1]
		if a == 0 && b != 0 {
			even++
		}
		if b == 0 && a != 0 {
			odd++
		}
	}
	return even*4 >= n*3 || odd*4 >= n*3
}

// UTF16Hint says how to mend a file saved as UTF-16.
func UTF16Hint() diag.Text {
	return diag.T("open it in your editor and save it with the encoding UTF-8 (in Notepad: Save as, Encoding: UTF-8)")
}
