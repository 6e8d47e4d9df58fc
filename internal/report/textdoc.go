package report

import (
	"io"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// doc writes a report as plain text or Markdown: headings, "label:
// value" lines and list items, in one language. Every value is made
// printable; in Markdown it is escaped too, so a name or a goal cannot
// turn into a link or a heading.
type doc struct {
	pr messages.Printer
	md bool
	b  strings.Builder
}

// heading writes a heading of level 1 to 4.
func (d *doc) heading(level int, t diag.Text) {
	text := d.words(t)
	if d.b.Len() > 0 && !strings.HasSuffix(d.b.String(), "\n\n") {
		d.b.WriteByte('\n')
	}
	if d.md {
		d.b.WriteString(strings.Repeat("#", level) + " " + text + "\n\n")
		return
	}
	switch level {
	case 1:
		d.b.WriteString(text + "\n" + strings.Repeat("=", len([]rune(text))) + "\n\n")
	case 2:
		d.b.WriteString(text + "\n" + strings.Repeat("-", len([]rune(text))) + "\n\n")
	default:
		d.b.WriteString(text + "\n\n")
	}
}

// field writes "label: value" as a list item.
func (d *doc) field(label diag.Text, value string) { d.pair(label.In(d.pr), value) }

// pair writes "label: value" as a list item, the label as given.
func (d *doc) pair(label, value string) {
	if d.md {
		d.b.WriteString("- **" + d.value(label) + ":** " + d.value(value) + "\n")
		return
	}
	d.b.WriteString("- " + d.value(label) + ": " + d.value(value) + "\n")
}

// item writes a list item of worded text.
func (d *doc) item(t diag.Text) { d.b.WriteString("- " + d.words(t) + "\n") }

// end closes a list or paragraph with an empty line.
func (d *doc) end() { d.b.WriteByte('\n') }

// words is t in the document's language, escaped for Markdown.
func (d *doc) words(t diag.Text) string { return d.value(t.In(d.pr)) }

// value is s on one line, printable, and escaped for Markdown.
func (d *doc) value(s string) string {
	s = diag.Printable(strings.Join(strings.Fields(s), " "))
	if d.md {
		return mdEscape(s)
	}
	return s
}

// write writes the document, ending in one newline.
func (d *doc) write(w io.Writer) error {
	_, err := io.WriteString(w, strings.TrimRight(d.b.String(), "\n")+"\n")
	return err
}

// mdEscape escapes what Markdown would read as markup.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;",
		"`", "\\`", "#", `\#`, "|", `\|`).Replace(s)
}
