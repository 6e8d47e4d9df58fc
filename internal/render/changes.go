package render

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// changesHTML is what changed in a stale post since its approval, as the
// preview's banner and the review dashboard show it (a preview only):
// the heading, the changed fields, the bundle's files and the changed
// lines of the text with <del> and <ins>, every word escaped; or why it
// could not be found. Empty when there is nothing to show.
func (r *Renderer) changesHTML(shown changes.Shown) template.HTML {
	pr := r.messages()
	var b strings.Builder
	esc := func(s string) { b.WriteString(template.HTMLEscapeString(s)) }
	switch {
	case shown.Problem != nil:
		p := shown.Problem.In(pr)
		b.WriteString(`<p class="review-changes-problem">`)
		esc(p.Msg)
		if p.Hint != "" {
			b.WriteString("<br><small>")
			esc(p.Hint)
			b.WriteString("</small>")
		}
		b.WriteString("</p>")
		return template.HTML(b.String())
	case shown.Report == nil:
		return ""
	}
	rep := shown.Report
	b.WriteString(`<div class="review-changes"><p>`)
	esc(changes.Heading(*rep).In(pr))
	b.WriteString("</p>")
	if len(rep.Fields)+len(rep.Files) > 0 {
		b.WriteString("<ul>")
		for _, f := range rep.Fields {
			b.WriteString("<li><code>")
			esc(f.Name)
			b.WriteString("</code>: ")
			spans(&b, []changes.Span{{Op: changes.Deleted, Text: f.Old}, {Op: changes.Inserted, Text: f.New}})
			b.WriteString("</li>")
		}
		for _, f := range rep.Files {
			b.WriteString("<li>")
			esc(diag.T("  bundle file %s: %s", changes.FileChangeText(f.Change), f.Name).In(pr))
			b.WriteString("</li>")
		}
		b.WriteString("</ul>")
	}
	if len(rep.Lines) > 0 {
		b.WriteString(`<pre class="review-diff">`)
		for _, l := range rep.Lines {
			b.WriteString(`<span class="line">` + strconv.Itoa(l.Number) + "</span> ")
			spans(&b, l.Spans)
			b.WriteString("\n")
		}
		b.WriteString("</pre>")
	}
	b.WriteString("</div>")
	return template.HTML(b.String())
}

// spans writes text with deletions in <del> and insertions in <ins>.
func spans(b *strings.Builder, ss []changes.Span) {
	for _, s := range ss {
		text := template.HTMLEscapeString(s.Text)
		switch s.Op {
		case changes.Deleted:
			b.WriteString("<del>" + text + "</del>")
		case changes.Inserted:
			b.WriteString("<ins>" + text + "</ins>")
		default:
			b.WriteString(text)
		}
	}
}
