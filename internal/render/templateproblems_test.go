package render

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

func TestTemplatePosition(t *testing.T) {
	sources := templateSources{display: map[string]string{
		"post.html": "themes/plain/templates/post.html",
		"post.md":   "themes/default/templates/partials/post.md",
	}}
	tests := []struct {
		err, pos, msg string
	}{
		{`template: post.html:5:14: executing "main" at <.Nope>: can't evaluate field Nope`,
			"themes/plain/templates/post.html:5:15", `executing "main" at <.Nope>: can't evaluate field Nope`},
		{"template: post.html:7: unexpected {{end}}", "themes/plain/templates/post.html:7", "unexpected {{end}}"},
		{"template: post.html:7: function \"x\" not defined: a:b", "themes/plain/templates/post.html:7", "function \"x\" not defined: a:b"},
		{"html/template:post.md:3:9: {{.}} appears in an ambiguous context", "themes/default/templates/partials/post.md:3:10", "{{.}} appears in an ambiguous context"},
		{"template: other.html:5:1: executing", "themes", "template: other.html:5:1: executing"},
		{"template: post.html:x: bad", "themes", "template: post.html:x: bad"},
		{"template: post.html:0: bad", "themes", "template: post.html:0: bad"},
		{"template: post.html", "themes", "template: post.html"},
		{"open templates/x.html: file does not exist", "themes", "open templates/x.html: file does not exist"},
	}
	for _, tt := range tests {
		p := sources.problem(errors.New(tt.err), diag.T("hint"))
		if p.Pos.String() != tt.pos || p.Msg != tt.msg || p.Code != "template" || p.Severity != diag.Error {
			t.Errorf("%q:\n got %s %q %s\nwant %s %q", tt.err, p.Pos, p.Msg, p.Code, tt.pos, tt.msg)
		}
	}
}

// TestTemplateFailuresOncePerError checks that an error many pages share
// is reported once, naming the first page and how many more.
func TestTemplateFailuresOncePerError(t *testing.T) {
	sources := templateSources{display: map[string]string{"base.html": "themes/default/templates/base.html"}}
	nope := errors.New("template: base.html:4:5: executing \"base.html\" at <.Nope>: can't evaluate field Nope")
	other := errors.New("template: base.html:9:2: executing \"base.html\" at <.X>: nil pointer")
	errs := []error{nil, nope, nope, other, nil, nope}
	pages := []string{"a", "b", "c", "d", "e", "f"}
	got := sources.failures(errs, func(i int) diag.Text { return diag.Verbatim(pages[i]) }, diag.T("fix it"))
	want := []string{
		`themes/default/templates/base.html:4:6: executing "base.html" at <.Nope>: can't evaluate field Nope (rendering b and 2 more)`,
		`themes/default/templates/base.html:9:3: executing "base.html" at <.X>: nil pointer (rendering d)`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if s := got[i].Pos.String() + ": " + got[i].Msg; s != want[i] || got[i].Hint != "fix it" {
			t.Errorf("problem %d:\n got %s (hint %q)\nwant %s", i, s, got[i].Hint, want[i])
		}
	}
}

// FuzzTemplatePosition checks that any error text gives a problem either
// at "themes" with the text unchanged, or at a known template file with a
// line, a column that is 0 or at least 1, and the rest of the text.
func FuzzTemplatePosition(f *testing.F) {
	sources := templateSources{display: map[string]string{"post.html": "themes/plain/templates/post.html"}}
	f.Fuzz(func(t *testing.T, text string) {
		p := sources.problem(errors.New(text), diag.T("hint"))
		if p.Path == "themes" {
			if p.Msg != text || p.Line != 0 {
				t.Fatalf("%q: unpositioned, but %d %q", text, p.Line, p.Msg)
			}
			return
		}
		if p.Path != "themes/plain/templates/post.html" || p.Line < 1 || p.Col < 0 {
			t.Fatalf("%q: at %s", text, p.Pos)
		}
		if !strings.Contains(text, p.Msg) {
			t.Fatalf("%q: message %q is not from the text", text, p.Msg)
		}
	})
}

func TestMistakeHint(t *testing.T) {
	for msg, want := range map[string]string{
		`executing "main" at <.Titel>: can't evaluate field Titel in type *render.PostView`: `fix it: render.PostView has no field Titel; did you mean "Title"?`,
		`executing "x" at <.Nam>: can't evaluate field Nam in type render.PersonView`:       `fix it: render.PersonView has no field Nam; did you mean "Name"?`,
		`executing "x" at <.Y>: can't evaluate field Y in type *other.Thing`:                "fix it",
		"unexpected EOF":               "an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} above is not closed with {{end}}",
		`function "upper" not defined`: "fix it",
	} {
		if got := mistakeHint(msg, diag.T("fix it")).String(); got != want {
			t.Errorf("%s:\n got %s\nwant %s", msg, got, want)
		}
	}
	// A name near none lists the first fields and how many there are,
	// counted here so that a new field does not change this test.
	fields := templateFields("*render.Page")
	slices.Sort(fields)
	want := fmt.Sprintf("fix it: render.Page has no field Nope; known: %s, … (%d in all)", strings.Join(fields[:12], ", "), len(fields))
	msg := `executing "base.html" at <.Nope>: can't evaluate field Nope in type *render.Page`
	if got := mistakeHint(msg, diag.T("fix it")).String(); got != want || len(fields) < 13 {
		t.Errorf("%s:\n got %s\nwant %s", msg, got, want)
	}
}
