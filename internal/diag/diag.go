package diag

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// Severity says whether a Problem stops the build.
type Severity int

const (
	// Error stops the build: nothing is written.
	Error Severity = iota
	// Warning is reported but the build goes on (check --strict fails on it).
	Warning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// In returns "error" or "warning" in pr's language.
func (s Severity) In(pr messages.Printer) string {
	if s == Warning {
		return pr.Sprintf("warning")
	}
	return pr.Sprintf("error")
}

// Pos is a position in a source file. Line and Col count from 1; zero
// means unknown.
type Pos struct {
	Path string
	Line int
	Col  int
}

// String formats the position as path:line:col, leaving out unknown parts.
func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.Path
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.Path, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
}

// At is the position of byte off of the text data in the file path: its
// line, and its column counted in characters, both from 1.
func At(path string, data []byte, off int) Pos {
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return Pos{Path: path, Line: line, Col: utf8.RuneCount(before[lineStart:]) + 1}
}

// Line is line n (from 1) of the text data, without its line break, or
// nil when data has fewer lines.
func Line(data []byte, n int) []byte {
	for ; n > 1; n-- {
		_, rest, found := bytes.Cut(data, []byte("\n"))
		if !found {
			return nil
		}
		data = rest
	}
	line, _, _ := bytes.Cut(data, []byte("\n"))
	return line
}

// Problem is one finding: where, how bad, what is wrong and what to do.
type Problem struct {
	Pos
	Severity Severity
	// Code is a short stable identifier for machines, e.g. "unknown-tandem".
	Code string
	// Msg says in one sentence what is wrong.
	Msg string
	// Hint says what to do; it may be empty.
	Hint string
	// MsgText and HintText are Msg and Hint as catalogue sentences, for
	// printing them in the reader's language (Problem.In). Zero when the
	// sentence has none: then Msg and Hint are printed as they are.
	MsgText, HintText Text
}

// Error formats the problem as "path:line:col: message", and the hint on
// a line of its own, through Printable, as the text is printed.
func (p Problem) Error() string { return p.Say(messages.Printer{}) }

// Say returns the problem as Error does, in pr's language.
func (p Problem) Say(pr messages.Printer) string {
	p = p.In(pr)
	var b strings.Builder
	b.WriteString(Printable(p.Pos.String()))
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString(p.Severity.In(pr) + ": ")
	}
	b.WriteString(Printable(p.Msg))
	if p.Hint != "" {
		b.WriteString("\n\t" + pr.Sprintf("hint") + ": ")
		b.WriteString(Printable(p.Hint))
	}
	return b.String()
}

// List collects problems. The zero value is ready to use.
type List []Problem

// Errorf adds an error at pos with a code, a hint (the zero Text for none)
// and the message format fills with args. format is the message's id in
// the catalogue (package messages), so it must be a constant.
func (l *List) Errorf(pos Pos, code string, hint Text, format string, args ...any) {
	*l = append(*l, Make(pos, Error, code, hint, T(format, args...)))
}

// Warnf adds a warning as Errorf adds an error.
func (l *List) Warnf(pos Pos, code string, hint Text, format string, args ...any) {
	*l = append(*l, Make(pos, Warning, code, hint, T(format, args...)))
}

// Add appends problems from other lists.
func (l *List) Add(others ...Problem) { *l = append(*l, others...) }

// HasErrors reports whether any problem is an Error.
func (l List) HasErrors() bool {
	return slices.ContainsFunc(l, func(p Problem) bool { return p.Severity == Error })
}

// Count returns the number of errors and warnings.
func (l List) Count() (errors, warnings int) {
	for _, p := range l {
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// Sort orders problems by path, line, column, then message, so output is
// the same on every run whatever order the stages found them in.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Problem) int {
		return cmp.Or(
			strings.Compare(a.Path, b.Path),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			strings.Compare(a.Msg, b.Msg),
		)
	})
}

// Err returns the list as an error when it holds errors, else nil.
func (l List) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return ListError(l)
}

// ListError is a List used as an error value.
type ListError List

// Error joins all problems, one per line.
func (e ListError) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}
