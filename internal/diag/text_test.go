package diag

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

func TestProblemIn(t *testing.T) {
	t.Parallel()
	de := messages.New().Printer("de")
	var l List
	l.Errorf(Pos{Path: "a.md", Line: 3, Col: 2}, "missing-field", T("add a line \"%s: …\"", "title"), "the required field %q is missing", "title")
	p := l.In(de)[0]
	if p.Msg != `Das Pflichtfeld "title" fehlt` || p.Hint != "Füge eine Zeile „title: …“ hinzu" || p.Code != "missing-field" || p.Pos != l[0].Pos {
		t.Errorf("German: %+v", p)
	}
	if l[0].Msg != `the required field "title" is missing` {
		t.Errorf("In changed the list it was given: %q", l[0].Msg)
	}
	if got := l.In(messages.Printer{})[0].Msg; got != l[0].Msg {
		t.Errorf("English: %q", got)
	}
	changed := l[0]
	changed.Msg += " (changed)"
	if got := changed.In(de).Msg; got != changed.Msg {
		t.Errorf("a message changed without its Text is printed as %q, want it as it is", got)
	}
}

func TestTextArgumentsInLanguage(t *testing.T) {
	t.Parallel()
	de := messages.New().Printer("de")
	got := T("did you mean %q? (%s)", "r1", Known([]string{"r1", "r2"})).In(de)
	if got != `Meintest du "r1"? (Bekannt: r1, r2)` {
		t.Errorf("got %q", got)
	}
}

func TestWriteTextInGerman(t *testing.T) {
	t.Parallel()
	var l List
	l.Warnf(Pos{Path: "a.md", Line: 1, Col: 1}, "x", Text{}, "the post is empty")
	l.Errorf(Pos{Path: "b.md"}, "y", T("delete one of the two"), "the post is empty")
	var b strings.Builder
	if err := WriteText(&b, l, messages.New().Printer("de")); err != nil {
		t.Fatal(err)
	}
	want := "a.md:1:1: Warnung: Der Beitrag ist leer\nb.md: Fehler: Der Beitrag ist leer\n\tHinweis: Lösche eines der beiden\n1 Fehler, 1 Warnung (x 1)\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestGroupedNumbers(t *testing.T) {
	t.Parallel()
	text := T("the post has more than %s lines; at most %s are allowed", Grouped(50000), Grouped(-1234567))
	if got := text.String(); got != "the post has more than 50,000 lines; at most -1,234,567 are allowed" {
		t.Errorf("English: %q", got)
	}
	if got := text.In(messages.New().Printer("de")); got != "Der Beitrag hat mehr als 50.000 Zeilen; erlaubt sind höchstens -1.234.567" {
		t.Errorf("German: %q", got)
	}
}
