// Command screenshots makes the screenshots in README.md and
// docs/apprentices.md from the example site (content/): the preview of a
// post waiting for review, with its banner, and the error overlay after a
// broken save. Run it from the repository root with Chromium installed
// (Debian's chromium package):
//
//	go run ./docs/screenshots
//
// It copies the example site to a temporary folder, serves it with
// go run ./cmd/tandem serve --now 2026-12-01, and writes docs/img/preview.png
// and docs/img/overlay.png. The same source and --now give the same pages.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// post is the example post the screenshots show: it waits for review.
const post = "content/posts/2025-26/2026-11-10-onboarding-wie-ein-tutorial-level.md"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "screenshots:", err)
		os.Exit(1)
	}
}

func run() error {
	browser := browsertest.Find()
	if browser == "" {
		return errors.New("no Chromium found; install it with: apt-get install -y chromium")
	}
	site, err := os.MkdirTemp("", "tandem-screenshots-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(site)
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS("content")); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	serve := exec.CommandContext(ctx, "go", "run", "./cmd/tandem", "serve", "-s", site, "--port", "0", "--now", "2026-12-01")
	serve.Env = append(os.Environ(), "TANDEM_LANG=de")
	out, err := serve.StdoutPipe()
	if err != nil {
		return err
	}
	if err := serve.Start(); err != nil {
		return err
	}
	defer func() { _ = serve.Process.Kill(); _ = serve.Wait() }()
	url, err := servedURL(out)
	if err != nil {
		return err
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.WindowSize(960, 640))
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	page := url + "posts/onboarding-wie-ein-tutorial-level/"
	if err := chromedp.Do(bctx, chromedp.Navigate(page), chromedp.WaitVisible("aside.banner")); err != nil {
		return fmt.Errorf("the preview: %w", err)
	}
	shot, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
	if err != nil {
		return fmt.Errorf("the preview: %w", err)
	}
	if err := os.WriteFile("docs/img/preview.png", shot, 0o644); err != nil {
		return err
	}
	name := filepath.Join(site, filepath.FromSlash(post))
	text, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	broken := strings.Replace(string(text), "title: Onboarding wie ein Tutorial-Level", "title: [Onboarding wie ein Tutorial-Level", 1)
	if err := os.WriteFile(name, []byte(broken), 0o644); err != nil {
		return err
	}
	if err := chromedp.Do(bctx, chromedp.WaitVisible(chromedp.ID("tandem-problems"))); err != nil {
		return fmt.Errorf("the overlay: %w", err)
	}
	if shot, err = chromedp.Run(bctx, chromedp.CaptureScreenshot()); err != nil {
		return fmt.Errorf("the overlay: %w", err)
	}
	return os.WriteFile("docs/img/overlay.png", shot, 0o644)
}

var urlPattern = regexp.MustCompile(`http://127\.0\.0\.1:\d+/\S*`)

// servedURL reads serve's output until it names the site's address.
func servedURL(out io.Reader) (string, error) {
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if url := urlPattern.FindString(lines.Text()); url != "" {
			return url, nil
		}
	}
	return "", errors.New("tandem serve printed no address")
}
