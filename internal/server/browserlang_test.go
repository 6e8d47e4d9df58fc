package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserOverlayInGerman: for a German site, a browser shows the
// overlay with the server's words and the problem in German.
func TestBrowserOverlayInGerman(t *testing.T) {
	ctx := browsertest.New(t)
	s := New(Options{BasePath: "/mentoring/", Hosts: []string{"127.0.0.1"}, Messages: messages.New().Printer("de")})
	s.Publish(Update{Site: browserSite("Text")})
	openPost(ctx, t, s)
	s.Publish(Update{Problems: germanProblem()})
	run(ctx, t, "overlay", chromedp.WaitVisible(chromedp.ID("tandem-problems")))
	info, err := chromedp.Run(ctx, chromedp.Evaluate[overlayInfo](readOverlay))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Die Website wurde nicht gebaut: 1 Problem", "content/posts/a.md:1:1", "Der Beitrag ist leer [empty-post]",
		"Hinweis: Schreibe den Kopfbereich", "Korrigiere die Dateien und speichere sie"} {
		if !strings.Contains(info.Text, want) {
			t.Errorf("overlay text %q lacks %q", info.Text, want)
		}
	}
	if info.Focus != "Schließen" {
		t.Errorf("focus on %q, want the German Dismiss button", info.Focus)
	}
	browsertest.ExpectNoIssues(ctx, t)
}
