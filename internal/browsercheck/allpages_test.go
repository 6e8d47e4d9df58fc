package browsercheck

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
)

// TestBrowserAllPages opens every HTML page of the example site, in
// production and in preview, at 768 px (a tablet held upright: where the
// layout changes from one column to two), and checks each as
// TestBrowserEveryPage does, axe-core included; then at 320 px (the
// narrowest phone WCAG 1.4.10 names) without axe, whose rules do not
// depend on the width, for sideways scrolling, images and the console.
// TestBrowserEveryPage
// checks one page of each kind on every screen; this test makes sure no
// single page (a tag with a long name, a report of a round without a
// survey, an author without posts in a round) breaks what its kind keeps.
func TestBrowserAllPages(t *testing.T) {
	if testing.Short() {
		t.Skip("opens every page of the example site twice in Chromium")
	}
	ctx := browsertest.New(t)
	browsertest.InstallAxe(ctx, t)
	tablet := screen{width: 768, axe: true}
	phone := screen{width: 320}
	for _, preview := range []bool{false, true} {
		name := "production"
		if preview {
			name = "preview"
		}
		t.Run(name, func(t *testing.T) {
			out, url := servedSite(t, exampleSite(t), preview)
			pages := htmlPages(t, out)
			if len(pages) < 60 {
				t.Fatalf("the example site has %d pages; expected at least 60", len(pages))
			}
			for _, sc := range []screen{tablet, phone} {
				setScreen(ctx, t, sc)
				for _, p := range pages {
					if problems := checkPage(ctx, url+p, sc); len(problems) > 0 {
						t.Errorf("/%s at %s:\n  %s", p, sc, strings.Join(problems, "\n  "))
					}
				}
			}
			t.Logf("%d pages checked at 768 and 320 px", len(pages))
		})
	}
}

// htmlPages lists the address of every HTML page under out, sorted; a
// page index.html is named by its folder.
func htmlPages(t *testing.T, out string) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, out+string(filepath.Separator)))
		pages = append(pages, strings.TrimSuffix(rel, "index.html"))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(pages)
	return pages
}
