package diag

import (
	"fmt"
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// Text is a sentence from the message catalogue (package messages): its
// English printf format, which is its id there, and the arguments that
// fill it. A literal % is written %% even when there are no arguments.
// The zero Text is no sentence.
type Text struct {
	Format string
	Args   []any
}

// T returns the Text of format and args.
func T(format string, args ...any) Text { return Text{Format: format, Args: args} }

// String returns the sentence in English.
func (t Text) String() string {
	if t.Format == "" {
		return ""
	}
	return fmt.Sprintf(t.Format, t.Args...)
}

// In returns the sentence in pr's language. Arguments that are Texts
// themselves are put in pr's language too.
func (t Text) In(pr messages.Printer) string {
	if t.Format == "" {
		return ""
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch inner := a.(type) {
		case Text:
			a = inner.In(pr)
		case Grouped:
			a = pr.Sprintf("%d", int(inner)) // German groups with points
		}
		args[i] = a
	}
	return pr.Sprintf(t.Format, args...)
}

// Grouped is a number a message shows with its digits grouped in
// threes, as the reader's language writes them: 1,234 in English, 1.234
// in German. It goes into a message as %s.
type Grouped int

// String writes the number the English way, with commas.
func (n Grouped) String() string {
	s := strconv.Itoa(int(n))
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Verbatim returns a Text that is s in every language: words tandem
// cannot translate, such as an error of Go's template engine.
func Verbatim(s string) Text { return Text{Format: "%s", Args: []any{s}} }

// Make returns a problem whose message and hint are msg and hint, in
// English in Msg and Hint and as Texts for printing in another language.
func Make(pos Pos, severity Severity, code string, hint, msg Text) Problem {
	return Problem{Pos: pos, Severity: severity, Code: code, Msg: msg.String(), Hint: hint.String(), MsgText: msg, HintText: hint}
}

// SetMsg replaces the problem's message by t.
func (p *Problem) SetMsg(t Text) { p.Msg, p.MsgText = t.String(), t }

// SetHint replaces the problem's hint by t.
func (p *Problem) SetHint(t Text) { p.Hint, p.HintText = t.String(), t }

// In returns the problem with its message and hint in pr's language. Its
// Texts are cleared, so the result is printed as it is. A message that
// was changed without its Text (Msg no longer the English of MsgText)
// stays as it is, in English.
func (p Problem) In(pr messages.Printer) Problem {
	if !pr.German() {
		return p
	}
	p.Msg, p.MsgText = translated(p.Msg, p.MsgText, pr), Text{}
	p.Hint, p.HintText = translated(p.Hint, p.HintText, pr), Text{}
	return p
}

// translated returns t in pr's language when english is still t's English.
func translated(english string, t Text, pr messages.Printer) string {
	if t.Format == "" || t.String() != english {
		return english
	}
	return t.In(pr)
}

// In returns a copy of the list with every problem in pr's language.
func (l List) In(pr messages.Printer) List {
	if !pr.German() || l == nil {
		return l
	}
	out := make(List, len(l))
	for i, p := range l {
		out[i] = p.In(pr)
	}
	return out
}
