// Command screenshots makes the screenshots in README.md and
// docs/apprentices.md from the example site (content/). Run it from the
// repository root with Chromium installed (Debian's chromium package):
//
//	go run ./docs/screenshots
//
// It copies the example site to a temporary folder and serves it twice
// with go run ./cmd/tandem serve --now 2026-12-01: as it is published
// (--production), for docs/img/home.png (the home page), post.png (a post
// with a photo and a table), report.png (a round report) and phone.png (a
// post 390 px wide); and as the preview, for docs/img/preview.png (a post
// waiting for review, with its banner) and overlay.png (the error overlay
// after a broken save). The same source and --now give the same pages.
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
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	profile, err := os.MkdirTemp("", "tandem-screenshots-profile-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.UserDataDir(profile), chromedp.WindowSize(960, 640),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true))
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	bin, err := os.MkdirTemp("", "tandem-screenshots-bin-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	tandem := filepath.Join(bin, "tandem")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", tandem, "./cmd/tandem").CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/tandem: %v\n%s", err, out)
	}
	serve := func(extra ...string) (string, func(), error) { return serveSite(ctx, tandem, site, extra...) }
	published, stop, err := serve("--production")
	if err != nil {
		return err
	}
	err = publishedShots(bctx, published)
	stop()
	if err != nil {
		return err
	}
	url, stop, err := serve()
	if err != nil {
		return err
	}
	defer stop()
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

// shot is a screenshot of a published page: its file in docs/img, the
// page below the site's address and the window's size.
type shot struct {
	file, page    string
	width, height int64
}

// shots are the published pages README.md shows.
var shots = []shot{
	{"home.png", "", 1000, 720},
	{"post.png", "posts/linkedin-profil-in-90-minuten/", 1000, 640},
	{"report.png", "rounds/2024-h1/report/", 1000, 720},
	{"phone.png", "posts/linkedin-profil-in-90-minuten/", 390, 760},
}

// publishedShots takes the screenshots of shots from the site at url.
func publishedShots(ctx context.Context, url string) error {
	for _, s := range shots {
		err := chromedp.Do(ctx, chromedp.EmulateViewport(s.width, s.height), chromedp.Navigate(url+s.page))
		if err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			return fmt.Errorf("%s: %w", s.file, err)
		}
		if err := os.WriteFile(filepath.Join("docs", "img", s.file), png, 0o644); err != nil {
			return err
		}
	}
	return chromedp.Do(ctx, chromedp.EmulateViewport(960, 640))
}

// serveSite runs the tandem binary's serve on site with the extra flags
// until stop is called, and returns the site's address.
func serveSite(ctx context.Context, tandem, site string, extra ...string) (url string, stop func(), err error) {
	args := append([]string{"serve", "-s", site, "--port", "0", "--now", "2026-12-01"}, extra...)
	cmd := exec.CommandContext(ctx, tandem, args...)
	cmd.Env = append(os.Environ(), "TANDEM_LANG=de")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, err
	}
	stop = func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	if url, err = servedURL(out); err != nil {
		stop()
		return "", nil, err
	}
	go func() { _, _ = io.Copy(io.Discard, out) }()
	return url, stop, nil
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
