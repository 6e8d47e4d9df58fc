package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// Formats lists the names WriteFormat accepts, the first being the
// default (a new slice on every call).
func Formats() []string { return []string{"text", "json", "github"} }

// WriteFormat writes l in the named format: "text" (WriteText), "json"
// (WriteJSON) or "github" (WriteGitHub), with messages and hints in pr's
// language. Codes, severities in JSON and GitHub annotations, and the
// JSON field names stay the same in every language.
func WriteFormat(w io.Writer, format string, l List, pr messages.Printer) error {
	switch format {
	case "", "text":
		return WriteText(w, l, pr)
	case "json":
		return WriteJSON(w, l.In(pr))
	case "github":
		return WriteGitHub(w, l, pr)
	}
	return fmt.Errorf("unknown format %q (allowed: %s)", format, strings.Join(Formats(), ", "))
}

// WriteProblems writes each problem as "path:line:col: error: message",
// followed by a line "\thint: …" when it has a hint. It is the text
// format without the summary line, for commands that print problems
// beside other output. Paths, messages and hints go through Printable.
// Messages, hints and the words "error", "warning" and "hint" are in pr's
// language.
func WriteProblems(w io.Writer, l List, pr messages.Printer) error {
	var b strings.Builder
	hint := "\t" + pr.Sprintf("hint") + ": "
	for _, p := range l.In(pr) {
		b.WriteString(Printable(p.Pos.String()))
		b.WriteString(": ")
		b.WriteString(p.Severity.In(pr))
		b.WriteString(": ")
		b.WriteString(Printable(p.Msg))
		b.WriteByte('\n')
		if p.Hint != "" {
			b.WriteString(hint)
			b.WriteString(Printable(p.Hint))
			b.WriteByte('\n')
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteText writes the problems as WriteProblems does, then a summary
// line such as "2 errors, 3 warnings", in pr's language.
func WriteText(w io.Writer, l List, pr messages.Printer) error {
	if err := WriteProblems(w, l, pr); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, Summary(l, pr))
	return err
}

// Summary counts the problems in words, in pr's language: "1 error, 0
// warnings", followed by the warnings' codes.
func Summary(l List, pr messages.Printer) string {
	errs, warns := l.Count()
	s := Plural(errs, T("1 error"), T("%d errors", errs)).In(pr) + ", " + Plural(warns, T("1 warning"), T("%d warnings", warns)).In(pr)
	if warns > 0 {
		s += " (" + warningKinds(l) + ")"
	}
	return s
}

// warningKinds counts the warnings by code, most first: "diary-gap 10,
// no-summary 3".
func warningKinds(l List) string {
	count := map[string]int{}
	for _, p := range l {
		if p.Severity == Warning {
			count[p.Code]++
		}
	}
	kinds := slices.Collect(maps.Keys(count))
	slices.SortFunc(kinds, func(a, b string) int {
		if c := count[b] - count[a]; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s %d", k, count[k])
	}
	return strings.Join(parts, ", ")
}

// Plural returns one when n is 1, else many.
func Plural(n int, one, many Text) Text {
	if n == 1 {
		return one
	}
	return many
}

// jsonProblem is the one JSON shape of a problem, in WriteJSON's output
// and in the dev server's live-reload stream. Every field is always
// present, so consumers need no defaults.
type jsonProblem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint"`
}

// MarshalJSON writes the problem as an object with the fields file, line,
// column, severity, code, message and hint, every one always present
// (line and column are 0 when unknown, hint "" when there is none).
// Characters Printable escapes are JSON escapes (\u001b, \u202e) there.
func (p Problem) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(jsonProblem{File: p.Path, Line: p.Line, Column: p.Col, Severity: p.Severity.String(), Code: p.Code, Message: p.Msg, Hint: p.Hint})
	return []byte(jsonSafe(string(data))), err
}

// WriteJSON writes the problems as one JSON array of objects in
// Problem's JSON shape (see Problem.MarshalJSON). A clean list gives "[]".
func WriteJSON(w io.Writer, l List) error {
	if l == nil {
		l = List{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(l)
}

// WriteGitHub writes each problem as a GitHub Actions workflow command,
// "::error file=…,line=…,col=…,title=<code>::message", which the
// Actions log shows as an annotation on the file. The hint follows the
// message on a second line. Values go through Printable (the log shows
// escape sequences as colours), then are escaped as GitHub documents:
// "%", CR and LF everywhere, and ":" and "," in properties too. Messages
// and hints are in pr's language.
func WriteGitHub(w io.Writer, l List, pr messages.Printer) error {
	var b strings.Builder
	for _, p := range l.In(pr) {
		b.WriteString("::")
		b.WriteString(p.Severity.String())
		b.WriteString(" file=")
		b.WriteString(escapeProperty(Printable(p.Path)))
		if p.Line > 0 {
			b.WriteString(",line=" + strconv.Itoa(p.Line))
			if p.Col > 0 {
				b.WriteString(",col=" + strconv.Itoa(p.Col))
			}
		}
		if p.Code != "" {
			b.WriteString(",title=")
			b.WriteString(escapeProperty(p.Code))
		}
		b.WriteString("::")
		msg := Printable(p.Msg)
		if p.Hint != "" {
			msg += "\n" + pr.Sprintf("hint") + ": " + Printable(p.Hint)
		}
		b.WriteString(escapeData(msg))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

// escapeData escapes the message of a workflow command.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a property value of a workflow command.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
