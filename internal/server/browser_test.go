package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// stepLimit bounds each browser step; steps wait by polling, never by
// sleeping.
const stepLimit = 15 * time.Second

// browserSite is a site whose post page says text. Its pages forbid
// inline scripts and styles, so a live script that needed them would log
// CSP errors.
func browserSite(text string) fstest.MapFS {
	page := func(body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
			`<meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
			`<link rel="icon" href="/mentoring/icon.svg" type="image/svg+xml"><title>post</title></head>` +
			`<body><main><h1 id="text">` + body + `</h1></main></body></html>`)}
	}
	return fstest.MapFS{
		"index.html":             page("Home"),
		"posts/x/index.html":     page(text),
		"posts/other/index.html": page("Other"),
		"icon.svg":               {Data: []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>`)},
	}
}

// streamWatch wraps the handler and reports each event stream once the
// server has sent its headers, that is after the stream joined.
type streamWatch struct {
	next   http.Handler
	opened chan struct{}
}

func (sw streamWatch) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasSuffix(r.URL.Path, "/_tandem/events") {
		w = &notifyWriter{ResponseWriter: w, opened: sw.opened}
	}
	sw.next.ServeHTTP(w, r)
}

type notifyWriter struct {
	http.ResponseWriter
	opened chan struct{}
}

func (n *notifyWriter) WriteHeader(status int) {
	n.ResponseWriter.WriteHeader(status)
	if status == http.StatusOK {
		n.opened <- struct{}{}
	}
}

func (n *notifyWriter) Unwrap() http.ResponseWriter { return n.ResponseWriter }

// openPost serves s on a test server (both closed at the test's end),
// opens the post x in the browser and waits for its event stream; it
// returns the channel on which every later stream reports.
func openPost(ctx context.Context, t *testing.T, s *Server) <-chan struct{} {
	t.Helper()
	watch := streamWatch{next: s.Handler(), opened: make(chan struct{}, 16)}
	ts := httptest.NewServer(watch)
	t.Cleanup(ts.Close)
	t.Cleanup(s.Close)
	run(ctx, t, "open the post", chromedp.Navigate(ts.URL+"/mentoring/posts/x/"), chromedp.WaitVisible(chromedp.ID("text")))
	waitStream(t, watch.opened)
	return watch.opened
}

// waitStream waits until the tab opened its event stream.
func waitStream(t *testing.T, opened <-chan struct{}) {
	t.Helper()
	select {
	case <-opened:
	case <-time.After(stepLimit):
		t.Fatal("the page never opened its event stream")
	}
}

// run runs browser actions within stepLimit.
func run(ctx context.Context, t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepLimit)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// publishAndWaitLoad publishes u and waits for the tab to load again.
func publishAndWaitLoad(ctx context.Context, t *testing.T, s *Server, u Update) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, stepLimit)
	defer cancel()
	loads := chromedp.Events(ctx, page.LoadEventFired)
	s.Publish(u)
	for _, err := range loads {
		if err != nil {
			t.Fatalf("the tab did not reload: %v", err)
		}
		return
	}
}

// poll waits until the JavaScript expression is true.
func poll(ctx context.Context, t *testing.T, what, expr string) {
	t.Helper()
	run(ctx, t, what, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(stepLimit)))
}

// overlayInfo is what the test reads from the problems overlay.
type overlayInfo struct {
	Role   string `json:"role"`
	Live   string `json:"live"`
	Text   string `json:"text"`
	Images int    `json:"images"`
	Focus  string `json:"focus"`
	Marker bool   `json:"marker"`
}

const readOverlay = `(() => {
	const o = document.getElementById("tandem-problems");
	return {role: o.getAttribute("role"), live: o.getAttribute("aria-live"), text: o.textContent,
		images: o.querySelectorAll("img").length, focus: document.activeElement.textContent,
		marker: window.tandemMarker === 1};
})()`

func TestBrowserLiveReload(t *testing.T) {
	ctx := browsertest.New(t)
	s := New(Options{BasePath: "/mentoring/", Hosts: []string{"127.0.0.1"}})
	s.Publish(Update{Site: browserSite("Old text")})
	opened := openPost(ctx, t, s)
	setMarker := chromedp.Evaluate[chromedp.Void](`window.tandemMarker = 1`)
	poll(ctx, t, "old text", `document.getElementById("text").textContent === "Old text"`)
	run(ctx, t, "mark the document", setMarker)

	// The page changed: the tab reloads and shows the new text.
	publishAndWaitLoad(ctx, t, s, Update{Site: browserSite("New text"), Changed: []string{"posts/x/index.html"}})
	poll(ctx, t, "new text after a reload",
		`document.getElementById("text").textContent === "New text" && window.tandemMarker === undefined`)
	waitStream(t, opened)
	run(ctx, t, "mark the document", setMarker)

	// Another page changed: no reload (the marker survives, checked below).
	s.Publish(Update{Site: browserSite("New text"), Changed: []string{"posts/other/index.html"}})

	// A failed build: the overlay lists the problem, as text.
	s.Publish(Update{Problems: brokenBuild()})
	run(ctx, t, "overlay", chromedp.WaitVisible(chromedp.ID("tandem-problems")))
	info, err := chromedp.Run(ctx, chromedp.Evaluate[overlayInfo](readOverlay))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"content/posts/x.md:3:7", brokenBuild()[0].Msg, `hint: did you mean "t1"?`} {
		if !strings.Contains(info.Text, want) {
			t.Errorf("overlay text %q lacks %q", info.Text, want)
		}
	}
	if info.Role != "alertdialog" || info.Live != "assertive" || info.Images != 0 || info.Focus != "Dismiss" {
		t.Errorf("overlay %+v: want role alertdialog, aria-live assertive, no markup from the message, focus on Dismiss", info)
	}
	if !info.Marker {
		t.Error("the tab reloaded for a change to another page")
	}

	// A good build that does not touch this page removes the overlay.
	s.Publish(Update{Site: browserSite("New text"), Changed: []string{"index.html"}})
	poll(ctx, t, "overlay gone", `document.getElementById("tandem-problems") === null && window.tandemMarker === 1`)

	// Problems again, then a fix that changes everything: reload, no overlay.
	s.Publish(Update{Problems: brokenBuild()})
	run(ctx, t, "overlay again", chromedp.WaitVisible(chromedp.ID("tandem-problems")))
	publishAndWaitLoad(ctx, t, s, Update{Site: browserSite("Fixed text")})
	poll(ctx, t, "fixed text, no overlay", `document.getElementById("text").textContent === "Fixed text" && `+
		`document.getElementById("tandem-problems") === null && window.tandemMarker === undefined`)

	browsertest.ExpectNoIssues(ctx, t)
}
