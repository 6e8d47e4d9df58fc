package content

import (
	"bytes"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Document is a Markdown file split into front matter and body.
type Document struct {
	// Front is the YAML between the --- lines; FrontLine is the file line
	// where it starts.
	Front     []byte
	FrontLine int
	// Body is what follows the closing ---; BodyLine is its first line.
	Body     []byte
	BodyLine int
}

var bom = []byte("\ufeff")

// Normalize removes a byte-order mark and turns CRLF and CR line endings
// into LF, so positions and digests do not depend on the editor.
func Normalize(data []byte) []byte {
	data = bytes.TrimPrefix(data, bom)
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// Split separates front matter and body of a normalized document. It
// reports a document without front matter and one whose front matter is
// never closed.
func Split(path string, data []byte) (Document, diag.List) {
	var problems diag.List
	front, end, body, ok := findFront(data)
	if !ok {
		start := firstLine(data)
		if len(bytes.TrimSpace(data)) == 0 {
			problems.Errorf(diag.Pos{Path: path, Line: 1, Col: 1}, "empty-post", diag.T("write the front matter (---, title: …, date: …, ---) and the text, or delete the file"),
				"the post is empty")
		} else if string(bytes.TrimSpace(diag.Line(data, start))) == "---" {
			problems.Errorf(diag.Pos{Path: path, Line: start, Col: 1}, "front-matter-unclosed", diag.T("add a line with only --- after the last field"),
				"the front matter starting here is never closed")
		} else {
			problems.Errorf(diag.Pos{Path: path, Line: start, Col: 1}, "front-matter-missing", diag.T("start the file with a line ---, the fields (title: …, date: …), and another line ---"),
				"the post has no front matter")
		}
		return Document{Body: data, BodyLine: 1}, problems
	}
	return Document{
		Front:     data[front:end:end],
		FrontLine: firstLine(data) + 1,
		Body:      data[body:],
		BodyLine:  bytes.Count(data[:body], []byte("\n")) + 1,
	}, problems
}

// findFront finds the front matter in data: after blank lines, a line
// "---" (spaces around it allowed) ended by a line break opens it, and the
// next such line closes it (at the end of the file, without a line
// break, too). front and end are the offsets of the text between the two
// lines, body the offset after the closing line; ok is false when either
// line is missing.
func findFront(data []byte) (front, end, body int, ok bool) {
	for off := 0; off < len(data); {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0, 0, 0, false // the last line, unended, opens nothing
		}
		line := bytes.TrimSpace(data[off : off+i])
		off += i + 1
		if len(line) == 0 {
			continue
		}
		if string(line) != "---" {
			return 0, 0, 0, false
		}
		if end, body, ok = closingLine(data, off); !ok {
			return 0, 0, 0, false
		}
		return off, end, body, true
	}
	return 0, 0, 0, false
}

// closingLine finds the first line "---" at or after offset off of data
// and returns the offsets of its start and of what follows it.
func closingLine(data []byte, off int) (start, after int, ok bool) {
	for off < len(data) {
		next := len(data)
		line := data[off:]
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], off+i+1
		}
		if string(bytes.TrimSpace(line)) == "---" {
			return off, next, true
		}
		off = next
	}
	return 0, 0, false
}

// firstLine returns the number of the first line that is not blank.
func firstLine(data []byte) int {
	line := 1
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return line
		}
		if len(bytes.TrimSpace(data[:i])) != 0 {
			return line
		}
		data = data[i+1:]
		line++
	}
	return line
}

// checkText reports a file that is not UTF-8 text, at the first bad byte.
// Nearly every post is plain text, which one pass finds (plainText);
// textProblems looks again only at the others.
func checkText(path string, data []byte) diag.List {
	if plainText(data) {
		return nil
	}
	return textProblems(path, data)
}

// textProblems reports the first of what makes data no text: a UTF-16
// byte-order mark, a NUL byte, a byte that is not UTF-8, a control
// character.
func textProblems(path string, data []byte) diag.List {
	var problems diag.List
	if metadata.UTF16(data) {
		problems.Errorf(diag.Pos{Path: path, Line: 1, Col: 1}, "not-utf8", metadata.UTF16Hint(),
			"the file is saved as UTF-16, not UTF-8")
		return problems
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		problems.Errorf(diag.At(path, data, i), "binary-file", diag.T("posts are plain text; move images into a bundle folder or static/"),
			"this looks like a binary file, not Markdown")
		return problems
	}
	if utf8.Valid(data) {
		return checkControls(path, data)
	}
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		i += size
	}
	problems.Errorf(diag.At(path, data, i), "not-utf8", diag.T("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"),
		"the text is not valid UTF-8")
	return problems
}

// ParseFront decodes a split document's front matter. When its YAML is
// broken below an empty line, the closing --- is likely missing above
// (the front matter then runs to a --- in the text), and the hint says so.
func ParseFront(path string, doc Document) (*metadata.Map, diag.List) {
	m, problems := metadata.Parse(path, doc.Front, doc.FrontLine-1)
	for i, p := range problems {
		if p.Code == "yaml-syntax" {
			if empty := firstEmptyLine(doc.Front); empty > 0 && doc.FrontLine-1+empty < p.Line {
				problems[i].SetHint(diag.T("is the closing --- missing? The front matter runs to the --- on line %d; if it ends at the empty line %d, put a line --- there. Otherwise: %s",
					doc.BodyLine-1, doc.FrontLine-1+empty, p.HintText))
			}
		}
	}
	return m, problems
}

// firstEmptyLine is the number (from 1) of the first line of text that
// holds only spaces, or 0.
func firstEmptyLine(text []byte) int {
	for n := 1; len(text) > 0; n++ {
		line, rest, _ := bytes.Cut(text, []byte("\n"))
		if len(bytes.TrimSpace(line)) == 0 {
			return n
		}
		text = rest
	}
	return 0
}
