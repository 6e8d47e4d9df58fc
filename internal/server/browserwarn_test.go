package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// typoWarning is the warning a post with "titel:" gets.
func typoWarning() []diag.Problem {
	var l diag.List
	l.Warnf(diag.Pos{Path: "content/posts/x.md", Line: 2, Col: 1}, "unknown-field", diag.T("did you mean %q?", "title"), "unknown field %q", "titel")
	return l
}

// panelInfo is what the test reads from the warnings panel.
type panelInfo struct {
	Role     string `json:"role"`
	Text     string `json:"text"`
	Page     string `json:"page"`
	Marker   bool   `json:"marker"`
	Problems bool   `json:"problems"`
}

const readPanel = `(() => {
	const o = document.getElementById("tandem-warnings");
	return {role: o.getAttribute("role"), text: o.textContent, page: document.getElementById("text").textContent,
		marker: window.tandemMarker === 1, problems: document.getElementById("tandem-problems") !== null};
})()`

// TestBrowserShowsWarnings: a good build's warnings show in a panel that
// leaves the new page readable and can be dismissed; with errors, the
// overlay lists the errors first and the warnings after them, marked.
func TestBrowserShowsWarnings(t *testing.T) {
	ctx := browsertest.New(t)
	s := New(Options{BasePath: "/mentoring/", Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: browserSite("Old text")})
	openPost(ctx, t, s)

	// The page changed and the build has a warning: the tab reloads, shows
	// the new site and, over it, the warning.
	publishAndWaitLoad(ctx, t, s, Update{Site: browserSite("New text"), Changed: []string{"posts/x/index.html"}, Warnings: typoWarning()})
	run(ctx, t, "warnings panel", chromedp.WaitVisible(chromedp.ID("tandem-warnings")))
	info, err := chromedp.Run(ctx, chromedp.Evaluate[panelInfo](readPanel))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The site built with 1 warning", "content/posts/x.md:2:1", `warning: unknown field "titel" [unknown-field]`, `hint: did you mean "title"?`} {
		if !strings.Contains(info.Text, want) {
			t.Errorf("panel text %q lacks %q", info.Text, want)
		}
	}
	if info.Role != "status" || info.Page != "New text" || info.Problems {
		t.Errorf("panel %+v: want role status beside the new page, and no error overlay", info)
	}
	run(ctx, t, "dismiss", chromedp.Click(chromedp.CSS(`#tandem-warnings button`)))
	poll(ctx, t, "panel gone", `document.getElementById("tandem-warnings") === null`)

	// Another page changed, with the warning still there: no reload, the
	// panel comes back.
	run(ctx, t, "mark the document", chromedp.Evaluate[chromedp.Void](`window.tandemMarker = 1`))
	s.Publish(Update{Site: browserSite("New text"), Changed: []string{"posts/other/index.html"}, Warnings: typoWarning()})
	poll(ctx, t, "panel again, no reload", `document.getElementById("tandem-warnings") !== null && window.tandemMarker === 1`)

	// Errors and warnings: one overlay, the error first, the warning after
	// it and marked as one; the title counts the errors.
	s.Publish(Update{Problems: brokenBuild(), Warnings: typoWarning()})
	run(ctx, t, "overlay", chromedp.WaitVisible(chromedp.ID("tandem-problems")))
	items, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("#tandem-problems li")].map(li => (li.className || "error") + " " + li.querySelector("code").textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(items, ", "), "error content/posts/x.md:3:7, tandem-warning content/posts/x.md:2:1"; got != want {
		t.Errorf("overlay items %q, want %q", got, want)
	}
	poll(ctx, t, "one problem, no panel", `document.getElementById("tandem-problems-title").textContent === "The site did not build: 1 problem" && `+
		`document.getElementById("tandem-warnings") === null`)

	// A good build without warnings clears everything.
	s.Publish(Update{Site: browserSite("New text"), Changed: []string{"index.html"}})
	poll(ctx, t, "nothing shown", `document.getElementById("tandem-problems") === null && document.getElementById("tandem-warnings") === null`)
	browsertest.ExpectNoIssues(ctx, t)
}
