package browsercheck

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// screen is a browser window the pages are checked in: its width,
// whether it prefers dark colours, and whether axe-core runs on it.
type screen struct {
	width int64
	dark  bool
	axe   bool
}

func (s screen) String() string {
	if s.dark {
		return fmt.Sprintf("%d px, dark", s.width)
	}
	return fmt.Sprintf("%d px", s.width)
}

// screens are a phone, a tablet and a desktop; the desktop once more in
// dark mode, whose colours must keep their contrast too. axe-core runs on
// the phone and on both desktops: the tablet's layout is one of theirs
// (one column or two), and axe takes most of the test's time.
var screens = []screen{{width: 320, axe: true}, {width: 768}, {width: 1280, axe: true}, {width: 1280, dark: true, axe: true}}

// TestBrowserEveryPage opens one page of every kind (see pageKinds) of the
// example site, in production and in preview, and of a generated site in
// Chromium on every screen of screens, and checks each: no sideways
// scrolling (the document is no wider than the window, WCAG 1.4.10), every
// image loads (lazy ones too), no console error and no failed request, and
// axe-core finds no violation of WCAG 2.1 A and AA nor of its best
// practices (see screens for where it runs).
func TestBrowserEveryPage(t *testing.T) {
	if testing.Short() {
		t.Skip("opens about 60 pages on 4 screens in Chromium")
	}
	ctx := browsertest.New(t)
	browsertest.InstallAxe(ctx, t)
	sites := []struct {
		name    string
		src     func(*testing.T) string
		preview bool
	}{
		{"example", exampleSite, false},
		{"example preview", exampleSite, true},
		{"generated", generatedSite, false},
	}
	for _, s := range sites {
		t.Run(s.name, func(t *testing.T) {
			out, url := servedSite(t, s.src(t), s.preview)
			pages := pageKinds(t, out)
			t.Logf("%d kinds of page: %s", len(pages), strings.Join(pages, " "))
			for _, sc := range screens {
				setScreen(ctx, t, sc)
				for _, p := range pages {
					if problems := checkPage(ctx, url+p, sc); len(problems) > 0 {
						t.Errorf("/%s at %s:\n  %s", p, sc, strings.Join(problems, "\n  "))
					}
				}
			}
		})
	}
}

// setScreen sizes the window and sets the colour scheme it prefers.
func setScreen(ctx context.Context, t *testing.T, sc screen) {
	t.Helper()
	scheme := "light"
	if sc.dark {
		scheme = "dark"
	}
	media := chromedp.Action[chromedp.Void](func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		})
		return chromedp.Void{}, err
	})
	step(ctx, t, "screen "+sc.String(), chromedp.EmulateViewport(sc.width, 900), media)
}

// pageState loads every image of the page (lazy ones too) and then
// measures whether the document is wider than the window; it names the
// elements that stick out, outside any element that scrolls itself.
const pageState = `(async () => {
	const broken = [];
	await Promise.all([...document.images].map(img => {
		img.loading = "eager";
		return img.decode().catch(() => broken.push(img.currentSrc || img.src));
	}));
	const w = window.innerWidth, sw = document.documentElement.scrollWidth;
	const out = [];
	if (sw > w) {
		const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
			if (getComputedStyle(p).overflowX !== "visible") return true; } return false; };
		for (const e of document.body.querySelectorAll("*")) {
			const r = e.getBoundingClientRect();
			if (r.right > w + 0.5 && !scrolls(e)) {
				out.push(e.tagName.toLowerCase() + (e.className ? "." + String(e.className).trim().replace(/\s+/g, ".") : "") + " to " + Math.round(r.right) + " px");
				if (out.length === 5) break;
			}
		}
	}
	return JSON.stringify({width: w, scrollWidth: sw, wide: out, broken: broken});
})()`

// pageReport is what pageState returns.
type pageReport struct {
	Width       int      `json:"width"`
	ScrollWidth int      `json:"scrollWidth"`
	Wide        []string `json:"wide"`
	Broken      []string `json:"broken"`
}

// checkPage opens url on the screen sc and returns what is wrong with it,
// each a line. In dark mode only the colours change, so only axe runs.
func checkPage(ctx context.Context, url string, sc screen) []string {
	before := len(browsertest.Issues(ctx))
	var problems []string
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, chromedp.Navigate(url)); err != nil {
		return []string{"opening it: " + err.Error()}
	}
	if !sc.dark {
		var r pageReport
		if err := evalJSON(sctx, pageState, &r); err != nil {
			return []string{"measuring it: " + err.Error()}
		}
		if r.ScrollWidth > r.Width {
			problems = append(problems, fmt.Sprintf("scrolls sideways: the document is %d px wide in a window of %d px (%s)",
				r.ScrollWidth, r.Width, strings.Join(r.Wide, ", ")))
		}
		for _, src := range r.Broken {
			problems = append(problems, "the image "+src+" does not load")
		}
	}
	if sc.axe {
		violations, err := browsertest.Axe(sctx)
		if err != nil {
			problems = append(problems, "running axe: "+err.Error())
		}
		for _, v := range violations {
			problems = append(problems, "axe: "+v.String())
		}
	}
	for _, issue := range browsertest.Issues(ctx)[before:] {
		problems = append(problems, "browser: "+issue)
	}
	return problems
}
