package build

import (
	"strings"
	"testing"
	"testing/fstest"
)

// reportPages are the report pages of the leak site.
var reportPages = []string{"rounds/r1/report/index.html", "report/index.html"}

// withoutHidden returns site without its held-back posts (and their
// bundle files).
func withoutHidden(site fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for name, f := range site {
		if !strings.Contains(name, "-bundle-zz") {
			out[name] = f
		}
	}
	return out
}

// TestHeldBackPostsChangeNoFigure builds the leak site, whose held-back
// posts belong to tandem t01 of round r1 and carry its tags, and the
// same site without them. In production every output, the round's
// report with its figures, chart and text included, is byte for byte
// the same in both, with the default theme and with the hostile theme
// (which prints every field of the report's view); the preview's report
// differs, so the held-back posts would change it if they counted.
func TestHeldBackPostsChangeNoFigure(t *testing.T) {
	t.Parallel()
	for _, theme := range []string{"default", "hostile"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			site := leakSite(t)
			if theme != "default" {
				site = withTheme(t, theme, nil)
			}
			with, bare := buildLeakSite(t, site, false), buildLeakSite(t, withoutHidden(site), false)
			preview := buildLeakSite(t, site, true)
			for _, page := range reportPages {
				if with[page] == "" {
					t.Fatalf("no report %s", page)
				}
				if preview[page] == bare[page] {
					t.Errorf("%s: the preview's report equals production's, so this test could not see a held-back post counted", page)
				}
			}
			if len(with) != len(bare) {
				t.Errorf("production has %d files with the held-back posts and %d without", len(with), len(bare))
			}
			for name, text := range with {
				if bare[name] != text {
					t.Errorf("production output %s differs when the held-back posts are removed", name)
				}
			}
		})
	}
}
