package server

import (
	"net/http"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// germanProblem is an empty post, with its message and hint as Texts.
func germanProblem() []diag.Problem {
	var l diag.List
	l.Errorf(diag.Pos{Path: "content/posts/a.md", Line: 1, Col: 1}, "empty-post",
		diag.T("write the front matter (---, title: …, date: …, ---) and the text, or delete the file"), "the post is empty")
	return l
}

// TestGermanSite: for a German site, the page before the first good build,
// the problems it lists and sends to the overlay, and the overlay's own
// texts are German; the codes stay as they are.
func TestGermanSite(t *testing.T) {
	t.Parallel()
	s := New(Options{Messages: messages.New().Printer("de")})
	t.Cleanup(s.Close)
	body := request(s.Handler(), "GET", "/").Body.String()
	for _, want := range []string{`<html lang="de">`, "<title>tandem: noch keine Website</title>", "<h1>Noch keine Website</h1>", "Der erste Build ist nicht gelungen."} {
		if !strings.Contains(body, want) {
			t.Errorf("the page before any build lacks %q:\n%s", want, body)
		}
	}
	s.Publish(Update{Problems: germanProblem()})
	w := request(s.Handler(), "GET", "/")
	want := "<li><code>content/posts/a.md:1:1</code>: Der Beitrag ist leer<br>Hinweis: Schreibe den Kopfbereich (---, title: …, date: …, ---) und den Text, oder lösche die Datei</li>"
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), want) {
		t.Errorf("got %d:\n%s\nwant it to hold\n%s", w.Code, w.Body.String(), want)
	}
	event := string(problemsMessage("x", *s.problems.Load()))
	if !strings.Contains(event, `"code":"empty-post"`) || !strings.Contains(event, `"message":"Der Beitrag ist leer"`) {
		t.Errorf("the overlay's event: %s", event)
	}
	js := request(s.Handler(), "GET", "/_tandem/live.js").Body.String()
	for _, want := range []string{`"dismiss":"Schließen"`, `"one":"Die Website wurde nicht gebaut: 1 Problem"`,
		`"many":"Die Website wurde nicht gebaut: {n} Probleme"`, `"hint":"Hinweis"`, `"warning":"Warnung"`} {
		if !strings.Contains(js, want) {
			t.Errorf("the live script lacks %s", want)
		}
	}
}

// TestEnglishSite: the zero Printer keeps every text English.
func TestEnglishSite(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	t.Cleanup(s.Close)
	s.Publish(Update{Problems: germanProblem()})
	body := request(s.Handler(), "GET", "/").Body.String()
	if !strings.Contains(body, `<html lang="en">`) || !strings.Contains(body, "<h1>No site yet</h1>") ||
		!strings.Contains(body, "the post is empty<br>hint: write the front matter") {
		t.Errorf("English page:\n%s", body)
	}
	js := request(s.Handler(), "GET", "/_tandem/live.js").Body.String()
	if !strings.Contains(js, `"dismiss":"Dismiss"`) || strings.Contains(js, "/*words*/") {
		t.Errorf("the live script's words are not filled in English")
	}
}
