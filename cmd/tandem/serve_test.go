package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// syncBuffer is a bytes.Buffer safe for the serve goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var urlPattern = regexp.MustCompile(`http://127\.0\.0\.1:\d+/\S*`)

// startServe copies the golden site into a temporary folder and runs
// tandem serve on it until the test ends. It returns the site folder, the
// site's URL and the command's output.
func startServe(t *testing.T, args ...string) (site, url string, out *syncBuffer) {
	t.Helper()
	return startServeWith(t, func(string) {}, args...)
}

// startServeWith is startServe with prepare run on the site folder before
// serve starts.
func startServeWith(t *testing.T, prepare func(site string), args ...string) (site, url string, out *syncBuffer) {
	t.Helper()
	site = t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	prepare(site)
	ctx, cancel := context.WithCancel(context.Background())
	out = &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
	done := make(chan int)
	go func() {
		done <- run(e, append([]string{"serve", "-s", site, "--port", "0", "--now", "2026-11-01"}, args...))
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve ended with %d:\n%s", code, out)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop after Ctrl-C")
		}
	})
	// The first build of the site comes before the URL; on a machine
	// busy with other builds it took over 10 s, so wait a minute.
	deadline := time.Now().Add(time.Minute)
	for url == "" {
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no URL:\n%s", out)
		}
		time.Sleep(20 * time.Millisecond)
		url = urlPattern.FindString(out.String())
	}
	return site, url, out
}

func step(ctx context.Context, t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// waitFor evaluates expr until it is true. Evaluations that fail because
// the page is reloading are tried again.
func waitFor(ctx context.Context, t *testing.T, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var lastErr error
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		lastErr = err
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("%s: still false after 10s (last error: %v)", what, lastErr)
}

// TestServeInBrowser is the authors' loop in a real browser: open a post,
// save a change, see it; break the front matter, see the overlay with the
// position; fix it, see the overlay go.
func TestServeInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	site, url, out := startServe(t)
	post := filepath.Join(site, "content/posts/r2/2026-10-10-wartet.md")
	original, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	step(ctx, t, "open the post", chromedp.Navigate(url+"posts/wartet/"), chromedp.WaitVisible("article.post"))
	waitFor(ctx, t, "original text", `document.querySelector(".prose").textContent.includes("Eingereicht und wartend.")`)

	edited := strings.Replace(string(original), "Eingereicht und wartend.", "Frisch gespeichert.", 1)
	if err := os.WriteFile(post, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the saved text appears", `document.querySelector(".prose") !== null && document.querySelector(".prose").textContent.includes("Frisch gespeichert.")`)

	broken := strings.Replace(edited, "title: Wartet auf Freigabe", "title: [kaputt", 1)
	if err := os.WriteFile(post, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the overlay names the position", `document.getElementById("tandem-problems") !== null && `+
		`document.getElementById("tandem-problems").textContent.includes("content/posts/r2/2026-10-10-wartet.md:2:1")`)

	// A typo in a field name: the error (no title) comes first, and the
	// warning that says which field was meant is listed after it.
	typo := strings.Replace(edited, "title: Wartet auf Freigabe", "titel: Wartet auf Freigabe", 1)
	if err := os.WriteFile(post, []byte(typo), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the overlay shows the warning after the error", `(() => { const o = document.getElementById("tandem-problems");
		if (o === null) { return false; }
		const items = [...o.querySelectorAll("li")], first = items.findIndex(li => li.className === "tandem-warning");
		return first > 0 && items.slice(0, first).every(li => li.className === "") && items.slice(first).every(li => li.className === "tandem-warning") &&
			items.some(li => li.textContent.includes('wartet.md:2:1') && li.textContent.includes('"titel"') && li.textContent.includes('"title"')); })()`)

	if err := os.WriteFile(post, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(ctx, t, "the overlay goes once fixed", `document.getElementById("tandem-problems") === null && `+
		`document.querySelector(".prose") !== null && document.querySelector(".prose").textContent.includes("Frisch gespeichert.")`)
	browsertest.ExpectNoIssues(ctx, t)
	if !strings.Contains(out.String(), "content/posts/r2/2026-10-10-wartet.md →") {
		t.Errorf("no rebuild line printed:\n%s", out)
	}
}

// TestServedPagesLoadCleanly opens every kind of page of the site in
// Chromium and expects no console error and no failed request.
func TestServedPagesLoadCleanly(t *testing.T) {
	ctx := browsertest.New(t)
	_, url, _ := startServe(t)
	for _, page := range []string{"", "posts/tafelbild/", "posts/kennenlernen/", "rounds/", "rounds/r1/", "rounds/r1/page/2/",
		"tandems/", "tandems/t01/", "tags/", "tags/ki/", "authors/", "authors/ada/", "review/"} {
		step(ctx, t, "open /"+page, chromedp.Navigate(url+page), chromedp.WaitReady("main"))
	}
	browsertest.ExpectNoIssues(ctx, t)
}

// TestServeStartsWithBrokenSite starts tandem serve on a site with an
// error: it serves at the site's base path from the start, shows the
// problem, and serves the site once the file is fixed.
func TestServeStartsWithBrokenSite(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	post := filepath.Join(site, "content/posts/r2/2026-10-10-wartet.md")
	good, _ := os.ReadFile(post)
	if err := os.WriteFile(post, []byte(strings.Replace(string(good), "title: Wartet", "title: [Wartet", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
	done := make(chan int)
	go func() { done <- run(e, []string{"serve", "-s", site, "--port", "0", "--now", "2026-11-01"}) }()
	defer func() { cancel(); <-done }()
	var url string
	for deadline := time.Now().Add(10 * time.Second); url == ""; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no URL:\n%s", out)
		}
		url = urlPattern.FindString(out.String())
	}
	if !strings.HasSuffix(url, "/mentoring/") {
		t.Errorf("serving at %s, not at the base path /mentoring/", url)
	}
	// The site is German: so are the page before the first good build and
	// the problem it lists, whatever language the terminal speaks.
	if resp, err := http.Get(url); err != nil {
		t.Error(err)
	} else {
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, want := range []string{"<h1>Noch keine Website</h1>", "Eine Liste, die in dieser Zeile mit [ beginnt, wird nie geschlossen"} {
			if !strings.Contains(string(body), want) {
				t.Errorf("the page before the first build lacks %q:\n%s", want, body)
			}
		}
	}
	if err := os.WriteFile(post, good, 0o644); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		resp, err := http.Get(url + "posts/wartet/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the fixed site is not served:\n%s", out)
		}
	}
}

// TestServeStopsDuringFirstBuild presses Ctrl-C before serve's first build
// is done: serve stops by itself, writes no half-loaded site and serves
// nothing.
func TestServeStopsDuringFirstBuild(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out := &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
	if code := run(e, []string{"serve", "-s", site, "--port", "0"}); code != exitOK || out.String() != "Stopped.\n" {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(site, ".tandem")); !os.IsNotExist(err) {
		t.Errorf("serve wrote its output folder although stopped before the first build ended (%v)", err)
	}
}
