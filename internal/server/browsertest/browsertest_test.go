package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestFind(t *testing.T) {
	t.Parallel()
	p := Find()
	if p == "" {
		t.Skip("no Chromium here")
	}
	if info, err := os.Stat(p); err != nil || info.IsDir() {
		t.Errorf("Find() = %q, not a file: %v", p, err)
	}
}

func TestIssuesOfAPlainContext(t *testing.T) {
	t.Parallel()
	if got := Issues(context.Background()); got != nil {
		t.Errorf("Issues = %q, want nil", got)
	}
}

func TestRecordsIssues(t *testing.T) {
	ctx := New(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte(`<!doctype html><title>t</title><link rel="icon" href="data:,">` +
				`<img src="/missing.png" alt=""><script src="/bad.js"></script><p id="done">done</p>`))
		case "/bad.js":
			w.Header().Set("Content-Type", "text/javascript")
			_, _ = w.Write([]byte(`console.error("boom from the page"); throw new Error("uncaught in test");`))
		default:
			http.NotFound(w, r)
		}
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)
	wctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(wctx, chromedp.Navigate(ts.URL), chromedp.WaitVisible(chromedp.ID("done"))); err != nil {
		t.Fatal(err)
	}
	want := []string{"HTTP 404 " + ts.URL + "/missing.png", "boom from the page", "uncaught in test"}
	deadline := time.Now().Add(15 * time.Second)
	for {
		issues := Issues(ctx)
		missing := slices.DeleteFunc(slices.Clone(want), func(w string) bool {
			return slices.ContainsFunc(issues, func(i string) bool { return strings.Contains(i, w) })
		})
		if len(missing) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("issues %q lack %q", issues, missing)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
