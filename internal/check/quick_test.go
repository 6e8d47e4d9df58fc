package check

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// quickChecker is a link checker for a site with the pages posts/p/ and
// posts/ok/, the file posts/p/bild.png and the home page.
func quickChecker() *linkChecker {
	return &linkChecker{
		files: files{"index.html": true, "posts/p/index.html": true, "posts/ok/index.html": true, "posts/p/bild.png": true},
		res:   newResolver("https://intranet.example.com/mentoring/", "/mentoring/"),
	}
}

// quickPost is the post posts/p/ with the given body.
func quickPost(t testing.TB, body string) *site.Post {
	t.Helper()
	p, problems := content.Parse("content/posts/p.md", []byte("---\ntitle: T\ndate: 2024-01-01\n---\n"+body))
	if p == nil || problems.HasErrors() {
		return nil
	}
	return &site.Post{Post: p, URL: "posts/p/", Href: "/mentoring/posts/p/"}
}

// parsedBad returns the links the parser finds in p's body that fail the
// check: what check reports.
func parsedBad(lc *linkChecker, p *site.Post) []string {
	var bad []string
	for _, l := range markdownLinks(newMarkdown(), p.Post, p.URL, p.Href) {
		if _, isBad := lc.check(p.URL+"index.html", refOf(&l), &l); isBad && !l.InAlt {
			bad = append(bad, l.Dest)
		}
	}
	return bad
}

// quickBodies are bodies that test the quick scan's reading of
// destinations against the parser's.
var quickBodies = []struct {
	body  string
	clean bool // the scan must clear it: no parse needed
}{
	{"Nichts.\n", true},
	{"[a](../ok/) ![b](bild.png) [c](/mentoring/) [d](https://example.org/x) [e](#oben) [f](mailto:a@b.c)\n", true},
	{"[a](../ok/ \"Titel\") und [b](<../ok/>)\n\n[r]: ../ok/\n", true},
	{"Siehe https://example.org/a und www.example.com/b und <https://example.org/c> und a@b.c.\n", true},
	{"[a](../fehlt/)\n", false},
	{"![a](fehlt.png)\n", false},
	{"[a][r]\n\n[r]: ../fehlt/\n", false},
	{"[a][r]\n\n[r]:\n  ../fehlt/\n", false},
	{"[a](\n../fehlt/)\n", false},
	{"> [a](\n> ../fehlt/)\n", false},
	{"[a](../fe\\)hlt/)\n", false},
	{"[a](../ok/\\(x)\n", false},
	{"[a](../f&auml;hlt/)\n", false},
	{"[a](../(fehlt)/)\n", false},
	{"[a](<../fehlt/>)\n", false},
	{"[a](<../fe\\>hlt/>)\n", false},
	{"| a | b |\n|---|---|\n| [x](../ok/\\|y) | z |\n", false},
	{"| a | b |\n|---|---|\n| [x](../fehlt/) | z |\n", false},
	{"<https://intranet.example.com/mentoring/fehlt/>\n", false},
	{"<HTTPS://INTRANET.example.com/mentoring/fehlt/>\n", false},
	{"Siehe https://intranet.example.com/mentoring/fehlt/ dazu.\n", false},
	{"Siehe https://INTRANET.example.com/mentoring/fehlt/.\n", false},
	{"Siehe http://intranet.example.com:443/mentoring/fehlt/.\n", false},
	{"Siehe https://x%41.example.com/ dazu.\n", false},
	{"Siehe https://user@intranet.example.com/mentoring/fehlt/.\n", false},
	{"Siehe https://a:b.com/ dazu.\n", false},
	{"`[a](../fehlt/)` im Code\n", false},
	{"    [a](../fehlt/)\n", false},
	{"![Bild [mit](../fehlt/) Link](bild.png)\n", false},
	{"[a](../fehlt/)\r\n", false},
	{"[a](http://[::1/)\n", false},
	{"[a](/posts/ok/)\n", false},
	{"- Punkt [a](../fehlt/)\n  - tiefer [b](../ok/)\n", false},
	{"Text [a] (../fehlt/) mit Leerzeichen\n", true},
	{"[a](../ok/)]:(../fehlt/)\n", false},
	{"Siehe https://#anker.de dazu.\n", false},
	{"http://INTRANET.eXAmple.com0\n", false},
	{"Siehe https://intranet.example.community/ dazu.\n", false},
}

// TestQuickScanNeverClearsABrokenLink checks the promise of the quick
// scan: a body it clears has no link the parser finds that fails the
// check. It also checks that bodies with only good links are cleared,
// and that bodies with broken links or destinations it cannot read for
// sure are not.
func TestQuickScanNeverClearsABrokenLink(t *testing.T) {
	t.Parallel()
	lc := quickChecker()
	for _, tt := range quickBodies {
		p := quickPost(t, tt.body)
		if p == nil {
			t.Fatalf("%q does not parse", tt.body)
		}
		clean := lc.quickClean(p, mdlinks.ScanBody(p.Body))
		if bad := parsedBad(lc, p); clean && len(bad) > 0 {
			t.Errorf("%q: the scan clears it, but %q fail", tt.body, bad)
		}
		if clean != tt.clean {
			t.Errorf("%q: cleared %t, want %t", tt.body, clean, tt.clean)
		}
	}
}

// FuzzQuickScan checks on any body that the quick scan never clears a
// body in which the parser finds a link that fails the check.
func FuzzQuickScan(f *testing.F) {
	for _, tt := range quickBodies {
		f.Add(tt.body)
	}
	lc := quickChecker()
	f.Fuzz(func(t *testing.T, body string) {
		p := quickPost(t, body)
		if p == nil || strings.ContainsRune(body, 0) {
			return
		}
		if lc.quickClean(p, mdlinks.ScanBody(p.Body)) {
			if bad := parsedBad(lc, p); len(bad) > 0 {
				t.Fatalf("%q: the scan clears it, but %q fail", body, bad)
			}
		}
	})
}
