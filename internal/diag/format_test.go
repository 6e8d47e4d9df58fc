package diag

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// sample holds an error with a hint, a warning without one, and a
// problem without a line, with characters the GitHub format escapes and
// line breaks, which the text formats write as \n and \r (a value cannot
// start a line of its own that looks like another finding).
func sample() List {
	var l List
	l.Errorf(Pos{Path: "content/posts/r1/a.md", Line: 12, Col: 8}, "broken-link", T(`did you mean "../start/"?`),
		`link "../stat/" leads to /mentoring/stat/, which is not a page of the site`)
	l.Warnf(Pos{Path: "content/tandems/t01.yaml", Line: 1, Col: 1}, "no-goals", Text{},
		"tandem t01 has no learning goals: 100%% unclear,\nsee below")
	l.Errorf(Pos{Path: "themes/a,b:c/x.html"}, "template", T("fix it"), "rendering failed\r")
	return l
}

func TestWriteFormats(t *testing.T) {
	t.Parallel()
	tests := []struct {
		format string
		list   List
		want   string
	}{
		{"text", sample(), `content/posts/r1/a.md:12:8: error: link "../stat/" leads to /mentoring/stat/, which is not a page of the site
	hint: did you mean "../start/"?
content/tandems/t01.yaml:1:1: warning: tandem t01 has no learning goals: 100% unclear,\nsee below
themes/a,b:c/x.html: error: rendering failed\r
	hint: fix it
2 errors, 1 warning (no-goals 1)
`},
		{"text", nil, "0 errors, 0 warnings\n"},
		{"json", nil, "[]\n"},
		{"json", sample()[1:2], `[
  {
    "file": "content/tandems/t01.yaml",
    "line": 1,
    "column": 1,
    "severity": "warning",
    "code": "no-goals",
    "message": "tandem t01 has no learning goals: 100% unclear,\nsee below",
    "hint": ""
  }
]
`},
		{"github", sample(), `::error file=content/posts/r1/a.md,line=12,col=8,title=broken-link::link "../stat/" leads to /mentoring/stat/, which is not a page of the site%0Ahint: did you mean "../start/"?
::warning file=content/tandems/t01.yaml,line=1,col=1,title=no-goals::tandem t01 has no learning goals: 100%25 unclear,\nsee below
::error file=themes/a%2Cb%3Ac/x.html,title=template::rendering failed\r%0Ahint: fix it
`},
		{"github", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := WriteFormat(&buf, tt.format, tt.list, messages.Printer{}); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestWriteJSONIsOneArray(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not one JSON array: %v\n%s", err, buf.String())
	}
	if len(got) != 3 {
		t.Fatalf("got %d findings, want 3", len(got))
	}
	for _, f := range got {
		for _, key := range []string{"file", "line", "column", "severity", "code", "message", "hint"} {
			if _, ok := f[key]; !ok {
				t.Errorf("finding %v lacks %q", f, key)
			}
		}
	}
	if got[2]["line"].(float64) != 0 {
		t.Errorf("unknown line should be 0, got %v", got[2]["line"])
	}
}

// TestProblemJSONIsOneShape checks that a problem marshalled on its own
// (as the dev server's live-reload stream does) has the very shape of
// WriteJSON's findings, every field present.
func TestProblemJSONIsOneShape(t *testing.T) {
	t.Parallel()
	for _, p := range sample() {
		alone, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := WriteJSON(&buf, List{p}); err != nil {
			t.Fatal(err)
		}
		var inList []json.RawMessage
		if err := json.Unmarshal(buf.Bytes(), &inList); err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, inList[0]); err != nil {
			t.Fatal(err)
		}
		if string(alone) != compact.String() {
			t.Errorf("alone %s\nin WriteJSON %s", alone, compact.String())
		}
	}
}

func TestWriteFormatUnknown(t *testing.T) {
	t.Parallel()
	if err := WriteFormat(&bytes.Buffer{}, "xml", nil, messages.Printer{}); err == nil {
		t.Error("format xml accepted")
	}
}

func TestSummary(t *testing.T) {
	t.Parallel()
	tests := []struct {
		list List
		want string
	}{
		{nil, "0 errors, 0 warnings"},
		{sample()[:1], "1 error, 0 warnings"},
		{sample(), "2 errors, 1 warning (no-goals 1)"},
		{List{{Severity: Warning, Code: "b"}, {Severity: Warning, Code: "a"}, {Severity: Warning, Code: "b"}, {Severity: Warning, Code: "c"}},
			"0 errors, 4 warnings (b 2, a 1, c 1)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Parallel()
			if got := Summary(tt.list, messages.Printer{}); got != tt.want {
				t.Errorf("Summary = %q, want %q", got, tt.want)
			}
		})
	}
}
