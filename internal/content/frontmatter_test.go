package content

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// render writes each problem as "path:line:col code: message".
func render(l diag.List) []string {
	var out []string
	for _, p := range l {
		out = append(out, fmt.Sprintf("%s %s: %s", p.Pos, p.Code, p.Msg))
	}
	return out
}

func wantProblems(t *testing.T, got diag.List, want []string) {
	t.Helper()
	if g := render(got); !slices.Equal(g, want) {
		t.Errorf("problems:\n got %q\nwant %q", g, want)
	}
}

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"plain", "a\nb\n", "a\nb\n"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"old Mac CR", "a\rb\r", "a\nb\n"},
		{"mixed", "a\r\n\rb\n", "a\n\nb\n"},
		{"BOM", "\ufeff---\n", "---\n"},
		{"BOM only at the start", "a\ufeffb", "a\ufeffb"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := string(Normalize([]byte(tt.in))); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplit(t *testing.T) {
	t.Parallel()
	const missing = "p.md:1:1 front-matter-missing: the post has no front matter"
	tests := []struct {
		name      string
		in        string
		front     string
		frontLine int
		body      string
		bodyLine  int
		problems  []string
	}{
		{"ordinary", "---\ntitle: x\n---\nbody\n", "title: x\n", 2, "body\n", 4, nil},
		{"empty file", "", "", 0, "", 1, []string{"p.md:1:1 empty-post: the post is empty"}},
		{"no front matter", "# Hallo\n\ntext\n", "", 0, "# Hallo\n\ntext\n", 1, []string{missing}},
		{"front matter not at the start", "text\n---\ntitle: x\n---\n", "", 0, "text\n---\ntitle: x\n---\n", 1, []string{missing}},
		{"unclosed", "---\ntitle: x\ndate: 2024-03-05\n", "", 0, "---\ntitle: x\ndate: 2024-03-05\n", 1,
			[]string{"p.md:1:1 front-matter-unclosed: the front matter starting here is never closed"}},
		{"unclosed after blank lines", "\n\n---\ntitle: x\n", "", 0, "\n\n---\ntitle: x\n", 1,
			[]string{"p.md:3:1 front-matter-unclosed: the front matter starting here is never closed"}},
		{"leading blank lines", "\n\n---\ntitle: x\n---\nbody\n", "title: x\n", 4, "body\n", 6, nil},
		{"empty front matter", "---\n---\nbody", "", 2, "body", 3, nil},
		{"blank lines inside", "---\n\ntitle: x\n\n---\n\nbody\n", "\ntitle: x\n\n", 2, "\nbody\n", 6, nil},
		{"--- inside the body stays in the body", "---\ntitle: x\n---\nbody\n---\nmore\n---\n", "title: x\n", 2,
			"body\n---\nmore\n---\n", 4, nil},
		{"no body", "---\ntitle: x\n---", "title: x\n", 2, "", 3, nil},
		{"CRLF not normalised", "---\r\ntitle: x\r\n---\r\nb", "title: x\r\n", 2, "b", 4, nil},
		{"spaces after the dashes", "--- \ntitle: x\n---  \nb", "title: x\n", 2, "b", 4, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc, problems := Split("p.md", []byte(tt.in))
			wantProblems(t, problems, tt.problems)
			if string(doc.Front) != tt.front || doc.FrontLine != tt.frontLine {
				t.Errorf("front = %q on line %d, want %q on line %d", doc.Front, doc.FrontLine, tt.front, tt.frontLine)
			}
			if string(doc.Body) != tt.body || doc.BodyLine != tt.bodyLine {
				t.Errorf("body = %q on line %d, want %q on line %d", doc.Body, doc.BodyLine, tt.body, tt.bodyLine)
			}
		})
	}
}

// TestParseText checks files that are not UTF-8 text: the problem points
// at the first bad byte, counting columns in characters.
func TestParseText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"NUL byte", "---\ntitle: x\n---\nab\x00c\n", []string{"p.md:4:3 binary-file: this looks like a binary file, not Markdown"}},
		{"PNG header", "\x89PNG\r\n\x1a\n\x00\x00", []string{"p.md:3:1 binary-file: this looks like a binary file, not Markdown"}},
		{"Latin-1 umlaut", "---\ntitle: R\xfcckblick\n---\n", []string{"p.md:2:9 not-utf8: the text is not valid UTF-8"}},
		{"after multibyte characters", "---\ntitle: Größer \xe4\n---\n", []string{"p.md:2:15 not-utf8: the text is not valid UTF-8"}},
		{"after a byte-order mark", "\ufeffR\xfcckblick\n", []string{"p.md:1:2 not-utf8: the text is not valid UTF-8"}},
		{"old Mac line ends", "---\rtitle: R\xfcckblick\r---\r", []string{"p.md:2:9 not-utf8: the text is not valid UTF-8"}},
		{"NUL after CRLF lines", "---\r\ntitle: x\r\n\x00", []string{"p.md:3:1 binary-file: this looks like a binary file, not Markdown"}},
		{"cut multibyte character at the end", "---\ntitle: x\n---\n\xc3", []string{"p.md:4:1 not-utf8: the text is not valid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			post, problems := Parse("p.md", []byte(tt.in))
			wantProblems(t, problems, tt.want)
			if post != nil {
				t.Errorf("Parse returned a post for a file that is not text")
			}
		})
	}
}

func TestSplitKeepsBodyBytes(t *testing.T) {
	t.Parallel()
	in := "---\ntitle: x\n---\n" + strings.Repeat("Zeile\n", 3)
	doc, _ := Split("p.md", []byte(in))
	if !strings.HasSuffix(in, string(doc.Body)) || len(doc.Body) != 18 {
		t.Errorf("body %q is not the end of the file", doc.Body)
	}
}

// TestSplitLongFiles splits front matter and bodies shorter and longer
// than the parser's read-ahead (4 KiB): the parser is handed the file
// only up to the front matter, and the body must still be exactly the
// rest of the file.
func TestSplitLongFiles(t *testing.T) {
	t.Parallel()
	for _, fields := range []int{1, 400} {
		for _, lines := range []int{0, 1, 2000} {
			front := strings.Repeat("tags: [a, b]\n", fields)
			body := strings.Repeat("Ein Satz im Tagebuch.\n", lines)
			in := "\n---\n" + front + "---  \n" + body
			doc, problems := Split("p.md", []byte(in))
			if problems.HasErrors() {
				t.Fatalf("%d fields, %d lines: %v", fields, lines, problems.Err())
			}
			if string(doc.Front) != front || string(doc.Body) != body {
				t.Errorf("%d fields, %d lines: front %d bytes, body %d bytes; want %d and %d", fields, lines, len(doc.Front), len(doc.Body), len(front), len(body))
			}
			if want := fields + 4; doc.BodyLine != want || doc.FrontLine != 3 {
				t.Errorf("%d fields, %d lines: front on line %d, body on line %d; want 3 and %d", fields, lines, doc.FrontLine, doc.BodyLine, want)
			}
		}
	}
}

// TestSplitEdges pins where the front matter starts and ends: blank
// lines may come before the opening ---, spaces may surround either ---,
// the closing --- may end the file without a line break, and a file
// without both lines is reported.
func TestSplitEdges(t *testing.T) {
	for _, c := range []struct {
		doc, front, body, code string
		frontLine, bodyLine    int
	}{
		{doc: "---\ntitle: A\n---\nText A\n", front: "title: A\n", body: "Text A\n", frontLine: 2, bodyLine: 4},
		{doc: "\n \n---\ntitle: B\ntags: [x]\n---\n\n## B\n", front: "title: B\ntags: [x]\n", body: "\n## B\n", frontLine: 4, bodyLine: 7},
		{doc: "  ---  \ntitle: D\n --- \nX", front: "title: D\n", body: "X", frontLine: 2, bodyLine: 4},
		{doc: "---\n---\n", front: "", body: "", frontLine: 2, bodyLine: 3},
		{doc: "---\ntitle: C\n---", front: "title: C\n", body: "", frontLine: 2, bodyLine: 3},
		{doc: "---\ntitle: C\n---\n---\nY\n", front: "title: C\n", body: "---\nY\n", frontLine: 2, bodyLine: 4},
		{doc: "---\ntitle: offen\n", code: "front-matter-unclosed", body: "---\ntitle: offen\n", bodyLine: 1},
		{doc: "---\ntitle: E\n----\n", code: "front-matter-unclosed", body: "---\ntitle: E\n----\n", bodyLine: 1},
		{doc: "---", code: "front-matter-unclosed", body: "---", bodyLine: 1},
		{doc: "kein Vorspann\n---\na: 1\n---\n", code: "front-matter-missing", body: "kein Vorspann\n---\na: 1\n---\n", bodyLine: 1},
		{doc: "", code: "empty-post", body: "", bodyLine: 1},
		{doc: "\n\n", code: "empty-post", body: "\n\n", bodyLine: 1},
	} {
		doc, probs := Split("p.md", []byte(c.doc))
		code := ""
		if len(probs) > 0 {
			code = probs[0].Code
		}
		if code != c.code || string(doc.Front) != c.front || string(doc.Body) != c.body || doc.FrontLine != c.frontLine || doc.BodyLine != c.bodyLine {
			t.Errorf("%q: front %q (line %d), body %q (line %d), problem %q; want %q (%d), %q (%d), %q",
				c.doc, doc.Front, doc.FrontLine, doc.Body, doc.BodyLine, code, c.front, c.frontLine, c.body, c.bodyLine, c.code)
		}
	}
}
