package teamdigest

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Formats lists the formats Write knows (a new slice on every call).
func Formats() []string { return []string{"md", "html", "json"} }

// Section is one list of the digest, worded.
type Section struct {
	Title string
	Items []string
}

// Page is the digest worded in one language.
type Page struct {
	Lang, Heading string
	Sections      []Section
	// Empty is said when no section has anything.
	Empty string
}

// Write writes d in format (see Formats) in pr's language.
func Write(w io.Writer, d review.Daily, format string, pr messages.Printer, lang string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	case "html":
		return pageTemplate().Execute(w, Words(d, pr, lang))
	}
	return markdown(w, Words(d, pr, lang))
}

// Words words d in pr's language; sections without posts are left out.
func Words(d review.Daily, pr messages.Printer, lang string) Page {
	day := func(e review.Entry) string { return e.Date.Format("2006-01-02") }
	p := Page{Lang: lang, Heading: diag.T("Review queue on %s (since %s)", d.Now.Format("2006-01-02"), d.Since.Format("2006-01-02 15:04")).In(pr),
		Empty: diag.T("Nothing to review.").In(pr)}
	add := func(title diag.Text, entries []review.Entry, item func(review.Entry) diag.Text) {
		if len(entries) == 0 {
			return
		}
		s := Section{Title: title.In(pr)}
		for _, e := range entries {
			s.Items = append(s.Items, item(e).In(pr))
		}
		p.Sections = append(p.Sections, s)
	}
	waiting := func(e review.Entry) diag.Text {
		return diag.T("%s (%s) · waiting %s", e.Title, e.Path, diag.Plural(e.DaysWaiting, diag.T("1 day"), diag.T("%d days", e.DaysWaiting)))
	}
	add(diag.T("New in review (%d)", len(d.New)), d.New, waiting)
	add(diag.T("Waiting, longest first (%d)", len(d.Waiting)), d.Waiting, waiting)
	add(diag.T("Approvals that do not count (%d):", len(d.Stale)), d.Stale, func(e review.Entry) diag.Text {
		return diag.T("%s (%s): %s", e.Title, e.Path, e.ReasonText)
	})
	add(diag.T("Sent back (%d)", len(d.SentBack)), d.SentBack, func(e review.Entry) diag.Text {
		return diag.T("%s (%s) · %s: %s", e.Title, e.Path, e.ChangesRequested.By, oneLine(e.ChangesRequested.Note))
	})
	add(diag.T("Scheduled for the next %d days (%d)", d.Days, len(d.Upcoming)), d.Upcoming, func(e review.Entry) diag.Text {
		return diag.T("%s (%s) · published on %s", e.Title, e.Path, day(e))
	})
	add(diag.T("Published since %s (%d)", d.Since.Format("2006-01-02"), len(d.Published)), d.Published, func(e review.Entry) diag.Text {
		return diag.T("%s (%s) · %s", e.Title, e.Path, day(e))
	})
	return p
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// markdown writes p as Markdown a chat (Teams, Slack, Matrix) shows.
func markdown(w io.Writer, p Page) error {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n", mdEscape(p.Heading))
	if len(p.Sections) == 0 {
		fmt.Fprintf(&b, "\n%s\n", mdEscape(p.Empty))
	}
	for _, s := range p.Sections {
		fmt.Fprintf(&b, "\n**%s**\n\n", mdEscape(s.Title))
		for _, item := range s.Items {
			fmt.Fprintf(&b, "- %s\n", mdEscape(item))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscape escapes the characters Markdown would read as markup, so a
// title cannot turn into a link or a heading in the team's chat.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "`", "\\`", "#", `\#`, "|", `\|`).Replace(diag.Printable(s))
}

// pageTemplate is the HTML e-mail: inline styles only, as mail clients
// want; html/template escapes every title and note.
func pageTemplate() *template.Template {
	return template.Must(template.New("digest").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8"><title>{{.Heading}}</title></head>
<body style="font-family: sans-serif; line-height: 1.4; color: #1a1a1a;">
<h1 style="font-size: 1.3em;">{{.Heading}}</h1>
{{- if not .Sections}}
<p>{{.Empty}}</p>
{{- end}}
{{- range .Sections}}
<h2 style="font-size: 1.1em; margin-top: 1.2em;">{{.Title}}</h2>
<ul>
{{- range .Items}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
</body></html>
`))
}
