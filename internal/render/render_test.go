package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/validate"
	"github.com/tandem-mentoring/tandem/themes"
)

var now = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

const programmeYAML = `title: Test
base_url: https://example.com/m/
page_size: 2
rounds:
  - {id: r1, title: Runde 1, start: 2024-01-01, end: 2024-06-30}
people:
  ada: {name: Ada}
  cleo: {name: Cleo}
reviewers: [ada]
`

// testSite builds a preview model of n diary posts in one tandem.
func testSite(t testing.TB, n int, edit func(i int) string) *site.Site {
	t.Helper()
	fsys := fstest.MapFS{
		"content/programme.yaml":   {Data: []byte(programmeYAML)},
		"content/tandems/t01.yaml": {Data: []byte("round: r1\nmentors: [ada]\nmentee: cleo\n")},
	}
	for i := range n {
		body := fmt.Sprintf("Absatz %d über *Dinge*.\n\nZweiter Absatz.\n", i)
		if edit != nil {
			body += edit(i)
		}
		fsys[fmt.Sprintf("content/posts/p%02d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\ntitle: Beitrag %d\ndate: 2024-02-%02d\ntandem: t01\nauthors: [ada]\ntags: [Tag %d]\n---\n%s", i, i+1, i%3, body))}
	}
	prog, problems := programme.Load(fsys)
	posts, probs := content.Load(fsys)
	problems = append(problems, probs...)
	problems = append(problems, validate.Check(prog, posts)...)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	gate := review.Gate{Programme: prog, Now: now}
	verdicts := make([]review.Verdict, len(posts))
	for i, p := range posts {
		verdicts[i] = gate.Judge(p)
	}
	return site.New(prog, posts, verdicts, site.Options{Preview: true, Now: now})
}

func newRenderer(t testing.TB) *Renderer {
	t.Helper()
	r, err := New(themes.Default(), "de", "/m/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestMarkdownIsSafe(t *testing.T) {

	tests := []struct{ in, mustNot string }{
		{"<script>alert(1)</script>", "<script"},
		{"Text <img src=x onerror=alert(1)>", "onerror"},
		{"[klick](javascript:alert(1))", "javascript:"},
		{"![x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html"},
		{"<iframe src=https://evil.example></iframe>", "<iframe"},
	}
	for _, tt := range tests {
		b, err := newConverter(images.DefaultSizes).convert([]byte(tt.in), "/m/posts/x/", false, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b.HTML), tt.mustNot) {
			t.Errorf("%q rendered as %q, which contains %q", tt.in, b.HTML, tt.mustNot)
		}
	}
}

func TestSummaryIsFirstParagraph(t *testing.T) {

	b, err := newConverter(images.DefaultSizes).convert([]byte("## Titel\n\nErster *Absatz* mit\nZeilenumbruch und [Link](x).\n\nZweiter.\n"), "/m/posts/x/", false, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Erster Absatz mit Zeilenumbruch und Link."; b.Summary != want {
		t.Errorf("summary = %q, want %q", b.Summary, want)
	}
	long := strings.Repeat("Wort ", 200)
	b, _ = newConverter(images.DefaultSizes).convert([]byte(long), "/m/posts/x/", false, nil, nil)
	if n := len([]rune(b.Summary)); n > 301 || !strings.HasSuffix(b.Summary, "…") {
		t.Errorf("long summary not shortened: %d runes", n)
	}
}

func TestDates(t *testing.T) {
	d := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	for lang, want := range map[string]string{"de": "5. März 2024", "en": "5 March 2024"} {
		s, err := loadStrings(themes.Default(), lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Date(d); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

// TestCacheGivesSameOutput renders, changes one post, and renders again
// with the cache: only the pages showing that post are executed, and the
// result equals a render without cache.
func TestCacheGivesSameOutput(t *testing.T) {
	r := newRenderer(t)
	cache := NewCache()
	first, problems := r.Render(testSite(t, 9, nil), cache)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	again, _ := r.Render(testSite(t, 9, nil), cache)
	if again.Rendered != 0 {
		t.Errorf("unchanged site executed %d pages, want 0", again.Rendered)
	}
	edited := testSite(t, 9, func(i int) string {
		if i == 4 {
			return "Neu geschrieben.\n"
		}
		return ""
	})
	incr, _ := r.Render(edited, cache)
	full, _ := r.Render(edited, nil)
	if incr.Rendered == 0 || incr.Rendered >= full.Rendered {
		t.Errorf("incremental render executed %d pages, full %d", incr.Rendered, full.Rendered)
	}
	if len(incr.Outputs) != len(full.Outputs) {
		t.Fatalf("%d outputs, want %d", len(incr.Outputs), len(full.Outputs))
	}
	for i := range full.Outputs {
		if incr.Outputs[i].Path != full.Outputs[i].Path || !bytes.Equal(incr.Outputs[i].Data, full.Outputs[i].Data) {
			t.Errorf("%s differs between incremental and full render", full.Outputs[i].Path)
		}
	}
	if pages(first) != pages(full) {
		t.Errorf("page count changed")
	}
}

func TestRelativeLinksAreResolvedAgainstThePost(t *testing.T) {

	b, err := newConverter(images.DefaultSizes).convert([]byte("[a](../other/) [b](bild.png#x) ![c](img/c.png) [d](/abs/) [e](https://example.com/) [f](#top) [g](mailto:x@example.com)"), "/m/posts/x/", false, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="/m/posts/other/"`, `href="/m/posts/x/bild.png#x"`, `src="/m/posts/x/img/c.png"`,
		`href="/abs/"`, `href="https://example.com/"`, `href="#top"`, `href="mailto:x@example.com"`} {
		if !strings.Contains(string(b.HTML), want) {
			t.Errorf("%s lacks %s", b.HTML, want)
		}
	}
}

func TestNestedBodyLowersHeadings(t *testing.T) {
	b, err := newConverter(images.DefaultSizes).convert([]byte("## Zahlen\n\n###### Klein\n\nText\n"), "/m/posts/x/", true, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b.HTML), "<h2") || !strings.Contains(string(b.Nested), "<h4") || !strings.Contains(string(b.Nested), "<h6") || strings.Contains(string(b.Nested), "<h2") {
		t.Errorf("headings not lowered:\n%s\n%s", b.HTML, b.Nested)
	}
}

// TestTextEditKeepsOverviews edits the text of one post: its page is
// rendered again, while the overview pages, which show no post's text,
// its neighbours' pages, which show its title, the pages of its lists
// that do not show it, and the sitemap are taken from the cache as they
// were.
func TestTextEditKeepsOverviews(t *testing.T) {
	r := newRenderer(t)
	cache := NewCache()
	before, problems := r.Render(testSite(t, 9, nil), cache)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	after, _ := r.Render(testSite(t, 9, func(i int) string {
		if i == 4 {
			return "Ein neuer letzter Absatz.\n"
		}
		return ""
	}), cache)
	data := func(res Result, path string) []byte {
		for _, o := range res.Outputs {
			if o.Path == path {
				return o.Data
			}
		}
		t.Fatalf("no %s", path)
		return nil
	}
	for _, path := range []string{"rounds/index.html", "tandems/index.html", "tags/index.html", "authors/index.html", "404.html", "sitemap.xml",
		"posts/p03/index.html", "posts/p05/index.html",
		"tags/tag-1/page/2/index.html", "authors/ada/index.html", "authors/ada/page/5/index.html"} {
		if was, is := data(before, path), data(after, path); &was[0] != &is[0] {
			t.Errorf("%s was made again", path)
		}
	}
	if bytes.Equal(data(before, "posts/p04/index.html"), data(after, "posts/p04/index.html")) {
		t.Error("the edited post's page did not change")
	}
}

// pages counts the outputs of res but the search index's files, whose
// number follows the posts' words.
func pages(res Result) int {
	n := 0
	for _, o := range res.Outputs {
		if !isIndexFile(o.Path) {
			n++
		}
	}
	return n
}
