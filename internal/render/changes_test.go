package render

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/themes"
)

// TestChangesHTMLEscapesEveryText: the diff a preview shows is built as
// HTML in Go, not by a template, so every piece of a post's text in it
// (field values, bundle file names, changed words) must come out escaped.
func TestChangesHTMLEscapesEveryText(t *testing.T) {
	r, err := New(themes.Default(), "de", "/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	const hostile = `<script>alert("x")</script>`
	rep := &changes.Report{
		Diff: changes.Diff{
			Fields: []changes.Field{{Name: "title" + hostile, Old: hostile, New: hostile + "2"}},
			Files:  []changes.File{{Name: hostile + ".png", Change: changes.Added}},
		},
		Lines: []changes.Line{{Number: 3, Spans: []changes.Span{
			{Text: hostile}, {Op: changes.Deleted, Text: hostile}, {Op: changes.Inserted, Text: hostile}}}},
	}
	got := string(r.changesHTML(changes.Shown{Report: rep}))
	if strings.Contains(got, "<script") {
		t.Errorf("the diff carries a raw script tag:\n%s", got)
	}
	if n := strings.Count(got, "&lt;script&gt;"); n != 7 {
		t.Errorf("want 7 escaped script tags (name, old, new, file, three spans), got %d:\n%s", n, got)
	}
}
