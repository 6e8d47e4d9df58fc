package build

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/report"
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

// exportOf is what tandem report writes for site: the whole programme
// and every round in every format and kind of CSV row, named and
// pseudonymised.
func exportOf(t *testing.T, site fstest.MapFS, preview bool) string {
	t.Helper()
	o, problems := NewCompiler(site, Options{Preview: preview, Now: leakNow}).Outline()
	if o == nil {
		t.Fatal(problems.Err())
	}
	whole := report.OfProgramme(o.Site)
	ids := []string{""}
	for _, r := range whole.Rounds {
		ids = append(ids, r.ID)
	}
	var b bytes.Buffer
	pr := messages.New().Printer(o.Site.Programme.Language)
	for _, id := range ids {
		p, _ := report.Select(whole, id)
		for _, format := range report.Formats() {
			for _, table := range report.Tables() {
				for _, pseudo := range []bool{false, true} {
					req := report.Request{Round: id, Format: format, Table: table, Pseudonymise: pseudo, Lang: o.Site.Programme.Language}
					if err := report.Write(&b, o.Site, p, req, pr); err != nil {
						t.Fatal(err)
					}
				}
			}
		}
	}
	return b.String()
}

// TestHeldBackPostsChangeNoExport: every export of the leak site (text,
// Markdown, CSV and JSON, of the programme and of each round) equals
// that of the site without its held-back posts; the preview's differs.
func TestHeldBackPostsChangeNoExport(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	with, bare, preview := exportOf(t, site, false), exportOf(t, withoutHidden(site), false), exportOf(t, site, true)
	if with != bare {
		t.Errorf("the export changes when the held-back posts are removed:\n%s\nwithout them:\n%s", with, bare)
	}
	if preview == bare {
		t.Error("the preview's export equals production's, so this test could not see a held-back post counted")
	}
}
