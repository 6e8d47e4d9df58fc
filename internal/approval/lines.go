package approval

import (
	"bytes"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// postFile is a post's bytes exactly as read, with the front matter found
// line by line. Edits replace whole lines and leave every other byte (BOM,
// line endings, comments, the body) as it was.
type postFile struct {
	data []byte
	// starts holds the offset of every line; a line runs to the next
	// start (or the end of data) and includes its line ending.
	starts []int
	// eol is the line ending new lines get: that of the opening ---.
	eol string
	// open and close are the indexes of the two --- lines.
	open, close int
	// root is the front matter mapping; nil for empty front matter.
	root *yaml.Node
}

// entry is a top-level field of the front matter and the lines it spans.
type entry struct {
	key, value *yaml.Node
	// first and end are line indexes: the field spans [first, end).
	first, end int
}

// noFrontMatter is the error for a post without front matter.
func noFrontMatter() error {
	return diag.Fail(diag.T("the post has no front matter between --- lines"))
}

// readPostFile locates the front matter of data the way content.Split
// does and parses it into a yaml.v3 node tree.
func readPostFile(data []byte) (*postFile, error) {
	if bytes.Count(data, []byte("\r")) != bytes.Count(data, []byte("\r\n")) {
		return nil, diag.Fail(diag.T("the file uses old Mac line endings (CR only); save it with LF or CRLF line endings"))
	}
	f := &postFile{data: data, starts: lineStarts(data)}
	f.open = -1
	for i := range f.starts {
		t := bytes.TrimSpace(f.line(i))
		if f.open < 0 {
			if len(t) == 0 {
				continue
			}
			if string(t) != "---" {
				return nil, noFrontMatter()
			}
			f.open = i
			continue
		}
		if string(t) == "---" {
			f.close = i
			break
		}
	}
	if f.open < 0 || f.close <= f.open {
		return nil, noFrontMatter()
	}
	f.eol = "\n"
	if bytes.HasSuffix(f.line(f.open), []byte("\r\n")) {
		f.eol = "\r\n"
	}
	return f, f.parse()
}

// lineStarts returns the offset of every line of data, after a BOM.
func lineStarts(data []byte) []int {
	first := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		first = 3
	}
	starts := []int{first}
	for i := first; i < len(data); i++ {
		if data[i] == '\n' && i+1 < len(data) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line returns line i with its line ending.
func (f *postFile) line(i int) []byte {
	end := len(f.data)
	if i+1 < len(f.starts) {
		end = f.starts[i+1]
	}
	return f.data[f.starts[i]:end]
}

// front returns the front matter text with LF line endings, as
// content.Split gives it.
func (f *postFile) front() []byte {
	text := f.data[f.starts[f.open+1]:f.starts[f.close]]
	return bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
}

func (f *postFile) parse() error {
	front := f.front()
	doc, _ := content.Split("", content.Normalize(f.data))
	if !bytes.Equal(doc.Front, front) {
		return diag.Fail(diag.T("cannot find the front matter reliably; check that it starts and ends with a line holding only ---"))
	}
	var n yaml.Node
	if err := yaml.Unmarshal(front, &n); err != nil {
		return diag.Fail(diag.T("the front matter is not valid YAML (%v); fix it first", err), err)
	}
	if len(n.Content) == 0 {
		return nil
	}
	root := n.Content[0]
	if root.Kind != yaml.MappingNode || root.Style&yaml.FlowStyle != 0 {
		return diag.Fail(diag.T("the front matter must be \"key: value\" lines; fix it first"))
	}
	f.root = root
	return nil
}

// entries returns the top-level fields with the lines each spans. Blank
// lines and comments between a field and the next one stay outside the
// field, unless they are indented deeper than the key.
func (f *postFile) entries() []entry {
	if f.root == nil {
		return nil
	}
	var out []entry
	c := f.root.Content
	for i := 0; i+1 < len(c); i += 2 {
		e := entry{key: c[i], value: c[i+1], first: f.open + c[i].Line, end: f.close}
		if i+2 < len(c) {
			e.end = f.open + c[i+2].Line
		}
		for e.end > e.first+1 && f.outside(e.end-1, c[i].Column-1) {
			e.end--
		}
		out = append(out, e)
	}
	return out
}

// outside reports whether line i is blank or a comment indented no
// deeper than indent: such a line does not belong to the field above it.
func (f *postFile) outside(i, indent int) bool {
	line := bytes.TrimRight(f.line(i), "\r\n")
	t := bytes.TrimLeft(line, " \t")
	return len(t) == 0 || (t[0] == '#' && len(line)-len(t) <= indent)
}

// find returns the top-level field key, or false.
func (f *postFile) find(key string) (entry, bool) {
	for _, e := range f.entries() {
		if e.key.Value == key {
			return e, true
		}
	}
	return entry{}, false
}

// insertionLine is where a new field goes: after the last field, before
// blank lines and comments that end the front matter.
func (f *postFile) insertionLine() int {
	es := f.entries()
	if len(es) == 0 {
		return f.close
	}
	return es[len(es)-1].end
}

// lineEdit replaces lines [first, end) with text; first == end inserts.
type lineEdit struct {
	first, end int
	text       []byte
}

// splice returns data with the edits applied. Edits must not overlap and
// must be sorted by line.
func (f *postFile) splice(edits []lineEdit) []byte {
	offset := func(line int) int {
		if line < len(f.starts) {
			return f.starts[line]
		}
		return len(f.data)
	}
	out := make([]byte, 0, len(f.data)+256)
	done := 0
	for _, e := range edits {
		out = append(out, f.data[done:offset(e.first)]...)
		out = append(out, e.text...)
		done = offset(e.end)
	}
	return append(out, f.data[done:]...)
}
