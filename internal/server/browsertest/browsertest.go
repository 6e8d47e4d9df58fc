package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// DefaultPath is where Debian's chromium package puts the browser.
const DefaultPath = "/usr/bin/chromium"

// Find returns the Chromium to run: DefaultPath when it exists, else
// "chromium" on PATH, else "".
func Find() string {
	if info, err := os.Stat(DefaultPath); err == nil && !info.IsDir() {
		return DefaultPath
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// New starts a headless Chromium with a fresh profile for t and returns a
// chromedp context for its first tab. The browser stops when t ends.
//
// Without Chromium the test is skipped, or fails when the environment
// variable CI is "true". From the start, New records console errors,
// uncaught exceptions, failed requests and HTTP error responses; see
// Issues and ExpectNoIssues.
func New(t testing.TB) context.Context {
	t.Helper()
	path := Find()
	if path == "" {
		msg := "browser test needs Chromium: none at " + DefaultPath + " or as chromium on PATH " +
			"(install it with: apt-get install -y chromium)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), options(path, t.TempDir())...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc() // waits for the browser to exit, before TempDir is removed
	})
	rec := &recorder{urls: map[network.RequestID]string{}}
	ctx = context.WithValue(ctx, recorderKey{}, rec)
	// Listen starts the browser and opens the tab.
	if err := chromedp.Listen(ctx, rec.network); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	messages := chromedp.Console(ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return // the browser stopped
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				rec.add(fmt.Sprintf("console %s (%s:%d)", m, m.URL, m.Line+1))
			}
		}
	}()
	return ctx
}

// options are the flags of a quiet, isolated headless browser.
func options(path, profile string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
	}
}

// Issues returns what went wrong in the browser of ctx so far: console
// errors, uncaught exceptions, requests that failed (not those the page
// cancelled, as a reload does) and responses with status 400 or more.
// It returns nil for a context New did not make.
func Issues(ctx context.Context) []string {
	rec, ok := ctx.Value(recorderKey{}).(*recorder)
	if !ok {
		return nil
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return slices.Clone(rec.issues)
}

// ExpectNoIssues fails t, listing them, when Issues(ctx) is not empty.
func ExpectNoIssues(ctx context.Context, t testing.TB) {
	t.Helper()
	for _, issue := range Issues(ctx) {
		t.Errorf("browser: %s", issue)
	}
}

// recorderKey keys the recorder in a context.
type recorderKey struct{}

// recorder collects issues from the browser's event goroutines.
type recorder struct {
	mu     sync.Mutex
	issues []string
	urls   map[network.RequestID]string // request id -> URL, for failures
}

func (r *recorder) add(issue string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.issues = append(r.issues, issue)
}

// network handles network events; chromedp calls it in order, on the
// goroutine reading the browser, so it only takes notes.
func (r *recorder) network(ev any) {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		r.mu.Lock()
		r.urls[ev.RequestID] = ev.Request.URL
		r.mu.Unlock()
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			r.add(fmt.Sprintf("HTTP %d %s", ev.Response.Status, ev.Response.URL))
		}
	case *network.EventLoadingFailed:
		if ev.Canceled {
			return
		}
		r.mu.Lock()
		url := r.urls[ev.RequestID]
		r.mu.Unlock()
		r.add(fmt.Sprintf("request failed: %s: %s %s", url, ev.ErrorText, ev.BlockedReason))
	}
}
