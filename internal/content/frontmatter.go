package content

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/adrg/frontmatter"
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
func Split(path string, data []byte) (Document, diag.List) { return split(path, data, nil) }

// newLineReader returns a reader for split: the front matter parser
// reads through a bufio.Reader of at least 4 KiB, and makes one for every
// document it is given any other reader for.
func newLineReader() *bufio.Reader { return bufio.NewReaderSize(nil, 4096) }

// split is Split, reading through lines (from newLineReader) when it is
// not nil, so that loading many posts on a few goroutines makes a few
// such readers instead of one per post (40 MB for 10,000 posts).
func split(path string, data []byte, lines *bufio.Reader) (Document, diag.List) {
	var problems diag.List
	var front []byte
	in := &frontReader{data: data}
	var r io.Reader = in
	if lines != nil {
		lines.Reset(in)
		r = lines
	}
	format := frontmatter.NewFormat("---", "---", func(b []byte, v any) error {
		*(v.(*[]byte)) = bytes.Clone(b)
		in.found = true
		return nil
	})
	rest, err := frontmatter.MustParse(r, &front, format)
	if err != nil {
		start := firstLine(data)
		if len(bytes.TrimSpace(data)) == 0 {
			problems.Errorf(diag.Pos{Path: path, Line: 1, Col: 1}, "empty-post", diag.T("write the front matter (---, title: …, date: …, ---) and the text, or delete the file"),
				"the post is empty")
		} else if errors.Is(err, frontmatter.ErrNotFound) && string(bytes.TrimSpace(diag.Line(data, start))) == "---" {
			problems.Errorf(diag.Pos{Path: path, Line: start, Col: 1}, "front-matter-unclosed", diag.T("add a line with only --- after the last field"),
				"the front matter starting here is never closed")
		} else {
			problems.Errorf(diag.Pos{Path: path, Line: start, Col: 1}, "front-matter-missing", diag.T("start the file with a line ---, the fields (title: …, date: …), and another line ---"),
				"the post has no front matter")
		}
		return Document{Body: data, BodyLine: 1}, problems
	}
	frontLine := firstLine(data) + 1
	bodyStart := in.off - len(rest)
	return Document{
		Front:     front,
		FrontLine: frontLine,
		Body:      data[bodyStart:],
		BodyLine:  bytes.Count(data[:bodyStart], []byte("\n")) + 1,
	}, problems
}

// frontReader gives the front matter parser the document a line at a
// time, and nothing after the end of the front matter: the parser would
// otherwise copy the whole body into a buffer of its own, which costs
// more than the rest of splitting. The body is then the part of data
// after what the parser kept.
type frontReader struct {
	data  []byte
	off   int  // bytes handed out
	found bool // the front matter was decoded: give no more
}

// Read hands out the next line, or io.EOF once the front matter is read.
func (r *frontReader) Read(p []byte) (int, error) {
	if r.found || r.off == len(r.data) {
		return 0, io.EOF
	}
	line := r.data[r.off:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i+1]
	}
	n := copy(p, line)
	r.off += n
	return n, nil
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
func checkText(path string, data []byte) diag.List {
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
