package changes

import (
	"fmt"
	"io"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// Style says how deletions and insertions are marked in text.
type Style int

// The styles of Write.
const (
	// Plain marks them as git's word diff does: [-old-]{+new+}.
	Plain Style = iota
	// Colour marks them red and green with terminal escapes.
	Colour
)

// Report is the diff of one post, for printing and --format json.
type Report struct {
	Path string `json:"path"`
	// Commit holds the approved version, at OldPath.
	Commit  string `json:"commit"`
	OldPath string `json:"old_path"`
	By      string `json:"approved_by"`
	At      string `json:"approved_at"`
	Diff
	// Lines are the body's changed lines (see ChangedLines).
	Lines []Line `json:"lines"`
}

// Write prints r in pr's language, deletions and insertions marked in
// style.
func Write(w io.Writer, r Report, style Style, pr messages.Printer) {
	say := func(t diag.Text) { fmt.Fprintln(w, diag.Printable(t.In(pr))) }
	say(Heading(r))
	if r.Empty() {
		return
	}
	for _, f := range r.Fields {
		fmt.Fprintf(w, "  %s: %s\n", f.Name, mark([]Span{{Deleted, quote(f.Old)}, {Inserted, quote(f.New)}}, style))
	}
	for _, f := range r.Files {
		say(diag.T("  bundle file %s: %s", FileChangeText(f.Change), f.Name))
	}
	if len(r.Lines) > 0 {
		say(diag.T("  text:"))
	}
	last := 0
	for _, l := range r.Lines {
		if last != 0 && l.Number > last+1 {
			fmt.Fprintln(w, "     …")
		}
		last = l.Number
		fmt.Fprintf(w, "  %4d  %s\n", l.Number, mark(l.Spans, style))
	}
}

// Heading is the first line of r: the post, the approval and where its
// version was found, and whether anything changed since.
func Heading(r Report) diag.Text {
	where := diag.T("commit %s", short(r.Commit))
	if r.OldPath != r.Path {
		where = diag.T("commit %s, as %s", short(r.Commit), r.OldPath)
	}
	if r.Empty() {
		return diag.T("%s: nothing changed since the approval by %s on %s (%s)", r.Path, r.By, r.At, where)
	}
	return diag.T("%s: changed since the approval by %s on %s (%s)", r.Path, r.By, r.At, where)
}

// FileChangeText names a bundle file's change in a catalogue word.
func FileChangeText(c FileChange) diag.Text {
	switch c {
	case Added:
		return diag.T("added")
	case Removed:
		return diag.T("removed")
	}
	return diag.T("changed")
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// mark writes spans with their deletions and insertions marked.
func mark(spans []Span, style Style) string {
	var b strings.Builder
	for _, s := range spans {
		text := diag.Printable(s.Text)
		switch {
		case s.Op == Equal:
			b.WriteString(text)
		case style == Colour && s.Op == Deleted:
			b.WriteString("\x1b[31;9m" + text + "\x1b[m")
		case style == Colour:
			b.WriteString("\x1b[32m" + text + "\x1b[m")
		case s.Op == Deleted:
			b.WriteString("[-" + text + "-]")
		default:
			b.WriteString("{+" + text + "+}")
		}
	}
	return b.String()
}
