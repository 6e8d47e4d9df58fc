package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserSpeaksSiteLanguage serves the example site in German (its
// language) and in English and reads, in Chromium, the preview banners of
// a post waiting for review and of one whose approval went stale, and the
// error overlay: all in the site's language, none in the other.
func TestBrowserSpeaksSiteLanguage(t *testing.T) {
	tests := []struct {
		lang                 string
		waiting, stale, over []string
		not                  string
	}{
		{"de", []string{"Vorschau – nicht veröffentlicht", "Wartet auf Freigabe"},
			[]string{"Freigabe veraltet", "Die Freigabe durch frauke am", "ist veraltet: Der Text hat sich seitdem geändert"},
			[]string{"Die Website wurde nicht gebaut", "Hinweis:"}, "approval"},
		{"en", []string{"Preview – not published", "Waiting for review"},
			[]string{"Approval stale", "approval by frauke on", "is stale: the text changed since"},
			[]string{"The site did not build", "hint:"}, "Freigabe"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			ctx := browsertest.New(t)
			site, url, _ := startServeWith(t, func(site string) {
				edit(t, filepath.Join(site, "content/programme.yaml"), "language: de", "language: "+tt.lang)
				edit(t, filepath.Join(site, "content/posts/r2/2026-09-05-start.md"), "neuen Tandem.", "neuen Tandem, nach der Freigabe geändert.")
			})
			for _, page := range []struct {
				path string
				want []string
			}{{"posts/wartet/", tt.waiting}, {"posts/start/", tt.stale}} {
				step(ctx, t, "open "+page.path, chromedp.Navigate(url+page.path), chromedp.WaitVisible("aside.banner"))
				text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".preview-note").textContent + " " + document.querySelector("aside.banner").textContent`))
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range page.want {
					if !strings.Contains(text, w) {
						t.Errorf("%s: banner %q lacks %q", page.path, text, w)
					}
				}
				if strings.Contains(text, tt.not) {
					t.Errorf("%s: banner %q has a word of the other language, %q", page.path, text, tt.not)
				}
			}
			edit(t, filepath.Join(site, "content/posts/r2/2026-10-10-wartet.md"), "title: Wartet auf Freigabe", "title: [kaputt")
			waitFor(ctx, t, "the overlay", `document.getElementById("tandem-problems") !== null`)
			text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("tandem-problems").textContent`))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.over {
				if !strings.Contains(text, w) {
					t.Errorf("overlay %q lacks %q", text, w)
				}
			}
		})
	}
}

// edit replaces old by new in the file, which must hold old.
func edit(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil || !strings.Contains(string(data), old) {
		t.Fatalf("%s: %v, or %q is not in it", name, err, old)
	}
	if err := os.WriteFile(name, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
