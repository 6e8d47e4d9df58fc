package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserReportPages opens the round report and the programme report
// in Chromium: at 320 px wide neither scrolls sideways; printed, the
// round report shows every tandem's people and every goal, and Chromium
// prints it to an A4 PDF.
func TestBrowserReportPages(t *testing.T) {
	ctx := browsertest.New(t)
	_, url, _ := startServeWith(t, func(string) {})
	step(ctx, t, "a narrow screen", chromedp.EmulateViewport(320, 700))
	for _, path := range []string{"rounds/r1/report/", "report/"} {
		step(ctx, t, "open "+path, chromedp.Navigate(url+path), chromedp.WaitVisible("h1"))
		wide, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > document.documentElement.clientWidth`))
		if err != nil || wide {
			t.Errorf("%s scrolls sideways at 320 px (%v)", path, err)
		}
	}
	step(ctx, t, "open the round report", chromedp.Navigate(url+"rounds/r1/report/"), chromedp.WaitVisible("h1"))
	print := chromedp.Action[chromedp.Void](func(ctx context.Context, tg *chromedp.Target) (chromedp.Void, error) {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return chromedp.Void{}, err
	})
	step(ctx, t, "print media", print)
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Dr. Cleo Chefin", "Ada Lehrling", "Bo Azubi", "Kurzvideos verstehen", "Einen Beitrag selbst posten",
		"Ein Ziel ohne Stand", "Beispiel AG", "Runde 1"} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed report does not show %q", want)
		}
	}
	pdf, err := chromedp.Run(ctx, chromedp.Action[[]byte](func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
		res, err := cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{PaperWidth: 8.27, PaperHeight: 11.69})
		return res.Data, err
	}))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("printing to an A4 PDF: %v (%d bytes)", err, len(pdf))
	}
	browsertest.ExpectNoIssues(ctx, t)
}
