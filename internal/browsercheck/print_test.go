package browsercheck

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/server/browsertest"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestBrowserPrintReports prints every round page, every round report and
// the programme report of the example site to PDF in Chromium, on the
// paper size the page asks for (preferCSSPageSize), and reads the PDF
// back with poppler's pdfinfo and pdftotext: every page is A4; a round
// page holds the title of every post of its round (also those a later
// page of the round lists on screen); a round report names every mentor
// and mentee of its tandems and every goal; the programme report names
// every round.
func TestBrowserPrintReports(t *testing.T) {
	if testing.Short() {
		t.Skip("prints 7 pages to PDF in Chromium; the run without -short has it")
	}
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing; install poppler's tools with: apt-get install -y poppler-utils (.ci/run does)", tool)
		}
	}
	src := exampleSite(t)
	_, url := servedSite(t, src, false)
	s := outlineSite(t, src)
	ctx := browsertest.New(t)
	var titles []string
	for _, r := range s.Rounds {
		titles = append(titles, r.Title)
		var posts []string
		for _, p := range r.Posts {
			posts = append(posts, p.Title)
		}
		checkPrint(ctx, t, url+"rounds/"+r.ID+"/", posts)
		var want []string
		for _, td := range r.Tandems {
			want = append(want, td.Mentee.Name)
			for _, m := range td.Mentors {
				want = append(want, m.Name)
			}
			for _, g := range td.Goals {
				want = append(want, g.Text)
			}
		}
		checkPrint(ctx, t, url+"rounds/"+r.ID+"/report/", want)
	}
	checkPrint(ctx, t, url+"report/", titles)
	browsertest.ExpectNoIssues(ctx, t)
}

// outlineSite models the site folder src as a production build does.
func outlineSite(t *testing.T, src string) *site.Site {
	t.Helper()
	root, err := folder.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	o, problems := build.NewCompiler(root.FS(), build.Options{Now: now(t), Context: context.Background()}).Outline()
	if o == nil {
		t.Fatalf("the site does not build: %v", problems)
	}
	return o.Site
}

var pageSize = regexp.MustCompile(`(?m)^Page +\d+ size: +(.*)$`)

// checkPrint prints the page at url to PDF and checks that every page of
// it is A4 and that its text holds every string of want.
func checkPrint(ctx context.Context, t *testing.T, url string, want []string) {
	t.Helper()
	step(ctx, t, "open "+url, chromedp.Navigate(url))
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatalf("printing %s: %v", url, err)
	}
	file := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	info, err := exec.Command("pdfinfo", "-f", "1", "-l", "1000", file).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", url, err)
	}
	sizes := pageSize.FindAllStringSubmatch(string(info), -1)
	if len(sizes) == 0 {
		t.Errorf("%s: pdfinfo names no page size:\n%s", url, info)
	}
	for i, m := range sizes {
		if !strings.Contains(m[1], "(A4)") {
			t.Errorf("%s prints page %d on %s, not A4", url, i+1, m[1])
		}
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", file, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", url, err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	for _, w := range want {
		if !strings.Contains(got, strings.Join(strings.Fields(w), " ")) {
			t.Errorf("the printed %s (%d pages) lacks %q", url, len(sizes), w)
		}
	}
	t.Logf("%s: %d A4 pages, %d strings found", url, len(sizes), len(want))
}
