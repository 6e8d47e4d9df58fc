package browsercheck

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserCardsDoNotRepeatTheirPage opens an author's page, a round's
// page and a tandem's page of the example site and counts the cards whose
// authors (on the author's page) or round (on the round's and tandem's
// pages) a reader sees: none, since the page says it already; on the
// home page every card shows both.
func TestBrowserCardsDoNotRepeatTheirPage(t *testing.T) {
	ctx := browsertest.New(t)
	_, url := servedSite(t, exampleSite(t), false)
	step(ctx, t, "a desktop screen", chromedp.EmulateViewport(1280, 900))
	const shown = `(sel) => [...document.querySelectorAll(sel)].filter(e => e.offsetParent !== null).length`
	cases := []struct {
		page, sel string
		want      bool
	}{
		{"authors/jonas/", ".card .meta-by", false},
		{"rounds/2024-h1/", ".card .meta-round", false},
		{"tandems/t01/", ".card .meta-round", false},
		{"", ".card .meta-by", true},
		{"", ".card .meta-round", true},
	}
	for _, c := range cases {
		step(ctx, t, "open /"+c.page, chromedp.Navigate(url+c.page))
		cards, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".card").length`))
		if err != nil {
			t.Fatal(err)
		}
		visible, err := chromedp.Run(ctx, chromedp.Evaluate[int]("("+shown+")("+strconv.Quote(c.sel)+")"))
		if err != nil {
			t.Fatal(err)
		}
		if cards == 0 {
			t.Errorf("/%s shows no card", c.page)
		}
		if got := visible > 0; got != c.want {
			t.Errorf("/%s: %d of %d cards show %s; want them shown: %v", c.page, visible, cards, c.sel, c.want)
		}
	}
}
