package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// hostile is a post file name that clears the screen, sets the window
// title, rings the bell, reverses the text after it and is not UTF-8.
const hostile = "content/posts/2024-03-02-\x1b[2J\x1b]0;pwned\a\u202egnp.exe\u009b\xff.md"

func TestPrintable(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want string }{
		{"content/posts/a.md", "content/posts/a.md"},
		{"Rückblick – „Führung“", "Rückblick – „Führung“"},
		{hostile, `content/posts/2024-03-02-\x1b[2J\x1b]0;pwned\a\u202egnp.exe\u009b\xff.md`},
		{"a\nb\rc\td\x00e\x7f", `a\nb\rc\td\x00e\x7f`},
		{"\u0085\u2028\u2066x", `\u0085\u2028\u2066x`},
	} {
		if got := Printable(c.in); got != c.want {
			t.Errorf("Printable(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFormatsPrintNoControls is the attacker's test: a finding about the
// hostile file, with the name in its message and hint too, printed in
// every format, holds no control character (but the line breaks of the
// format itself) and no bidirectional control, and the JSON decodes to
// the very name.
func TestFormatsPrintNoControls(t *testing.T) {
	t.Parallel()
	var l List
	l.Errorf(Pos{Path: hostile, Line: 1, Col: 1}, "unknown-tandem", T("rename %s", hostile), "post %s is broken", hostile)
	for _, format := range Formats() {
		var buf bytes.Buffer
		if err := WriteFormat(&buf, format, l, messages.Printer{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, r := range out {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)) {
				t.Errorf("%s: the output holds %U:\n%q", format, r, out)
			}
		}
		if !strings.Contains(out, "pwned") {
			t.Errorf("%s: the name is not shown:\n%s", format, out)
		}
		if format != "json" {
			continue
		}
		var got []jsonProblem
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatalf("json: %v", err)
		}
		// JSON carries text: the name decodes as written, but for the byte
		// that is not UTF-8 (U+FFFD, as encoding/json writes it).
		want := strings.ToValidUTF8(hostile, "\uFFFD")
		if len(got) != 1 || got[0].File != want || got[0].Message != "post "+want+" is broken" {
			t.Errorf("json decodes to %+v, want the name %q", got, want)
		}
	}
}
