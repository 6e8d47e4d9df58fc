package server

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// gateWarnings are what the review gate says of two other posts while
// one post does not load (tandem serve shows them together since check
// and build go on past a post that does not load).
func gateWarnings() []diag.Problem {
	var l diag.List
	l.Warnf(diag.Pos{Path: "content/posts/b.md", Line: 9, Col: 3}, "approval-stale", diag.T("a reviewer must approve the current text"),
		"approval by %s is stale: the text changed since; the post is not published", "frauke")
	l.Warnf(diag.Pos{Path: "content/posts/c.md", Line: 4, Col: 1}, "raw-html", diag.T("write it in Markdown instead"), "raw HTML is left out of the page")
	return l
}

// TestBrowserOverlayErrorsThenWarnings: when a post does not load and the
// gate has findings in others, the overlay counts the error in its
// title, lists it, and then says under a heading of their own how many
// warnings follow and that they do not stop the build, in the site's
// language; the heading's count is the warnings' (the title's is the
// errors'), and an overlay of errors alone has no such heading.
func TestBrowserOverlayErrorsThenWarnings(t *testing.T) {
	for _, tt := range []struct {
		lang, title, warnings string
	}{
		{"en", "The site did not build: 1 problem", "And 2 warnings, which do not stop the build:"},
		{"de", "Die Website wurde nicht gebaut: 1 Problem", "Dazu 2 Warnungen, die den Build nicht aufhalten:"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			ctx := browsertest.New(t)
			s := New(Options{BasePath: "/mentoring/", Hosts: []string{"127.0.0.1"}, Messages: messages.New().Printer(tt.lang)})
			s.Publish(Update{Site: browserSite("Text")})
			openPost(ctx, t, s)
			s.Publish(Update{Problems: brokenBuild(), Warnings: gateWarnings()})
			run(ctx, t, "overlay", chromedp.WaitVisible(chromedp.ID("tandem-problems")))
			parts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
				`[...document.querySelectorAll("#tandem-problems h2, #tandem-problems h3, #tandem-problems li code")].map(e => e.textContent)`))
			if err != nil {
				t.Fatal(err)
			}
			want := []string{tt.title, "content/posts/x.md:3:7", tt.warnings, "content/posts/b.md:9:3", "content/posts/c.md:4:1"}
			if got := strings.Join(parts, " | "); got != strings.Join(want, " | ") {
				t.Errorf("overlay reads\n%s\nwant\n%s", got, strings.Join(want, " | "))
			}
			s.Publish(Update{Problems: brokenBuild()})
			poll(ctx, t, "errors alone, no warnings heading", `document.querySelectorAll("#tandem-problems li").length === 1 && `+
				`document.querySelector("#tandem-problems h3") === null`)
			browsertest.ExpectNoIssues(ctx, t)
		})
	}
}
