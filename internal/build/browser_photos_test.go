package build

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserPicksDerivative: Chromium loads the smallest derivative
// that fills the photo's width: at 390 CSS pixels, the 480-pixel one; at
// 1280, where the default theme's column is 42rem (672 pixels) wide, the
// 960-pixel one.
func TestBrowserPicksDerivative(t *testing.T) {
	site, parent := t.TempDir(), t.TempDir()
	photoSite(t, site, "")
	dest := filepath.Join(parent, "public")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.StripPrefix("/mentoring", http.FileServer(http.Dir(dest))))
	t.Cleanup(ts.Close)
	for _, tt := range []struct {
		width int64
		want  string
	}{{390, "werkstor-480w.jpg"}, {1280, "werkstor-960w.jpg"}} {
		ctx := browsertest.New(t)
		wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		err := chromedp.Do(wctx, chromedp.EmulateViewport(tt.width, 900), chromedp.Navigate(ts.URL+"/mentoring/posts/fotos/"))
		var src string
		if err == nil {
			src, err = chromedp.Run(wctx, chromedp.Poll[string](
				`(() => { const i = document.querySelector("figure img"); return i && i.complete && i.naturalWidth > 0 ? i.currentSrc : false })()`))
		}
		cancel()
		if err != nil {
			t.Fatalf("at %d pixels: %v", tt.width, err)
		}
		if !strings.HasSuffix(src, "/posts/fotos/"+tt.want) {
			t.Errorf("at %d pixels the browser loaded %s, want %s", tt.width, src, tt.want)
		}
	}
}
