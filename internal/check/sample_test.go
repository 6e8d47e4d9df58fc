package check

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// shapesSite is a site with six diary posts of t01 (a to f, oldest
// first: a has no previous post, f no next one), of which b to e (of the
// same shape) are tagged KI, an announcement, two posts per page, and a
// theme whose templates write broken addresses only on some shapes of
// page: diary posts with both neighbours, the announcement, and the last
// page of a list.
func shapesSite(extra map[string]string) map[string]string {
	files := map[string]string{
		"content/programme.yaml": testProgramme + "theme: eigen\npage_size: 2\n",
		"content/posts/r1/2024-01-10-los.md": "---\ntitle: Los\ndate: 2024-01-10\nround: r1\nkind: announcement\n" +
			"authors: [ada]\n---\nEs geht los.\n",
		"themes/eigen/templates/post.html": "{{define \"main\"}}{{with .Post}}\n{{.Content}}\n" +
			"{{if and .Prev .Next}}<a href=\"{{$.Base}}mitte/\">Mitte</a>{{end}}\n" +
			"{{if eq .Kind \"announcement\"}}<img src=\"{{$.Base}}assets/banner.png\" alt=\"\">{{end}}\n" +
			"{{end}}{{end}}\n",
		"themes/eigen/templates/tag.html": "{{define \"main\"}}{{template \"post-list\" .}}\n" +
			"{{with .Pager}}{{if and (gt .Total 1) (eq .Number .Total)}}<a href=\"{{$.Base}}letzte-seite/\">Ende</a>{{end}}{{end}}\n{{end}}\n",
	}
	for i, slug := range []string{"a", "b", "c", "d", "e", "f"} {
		tags := "[KI]"
		if slug == "a" || slug == "f" {
			tags = "[]"
		}
		files[fmt.Sprintf("content/posts/r1/2024-0%d-15-%s.md", i+1, slug)] = fmt.Sprintf(
			"---\ntitle: %s\ndate: 2024-0%d-15\ntandem: t01\nauthors: [ada]\ntags: %s\n---\nTreffen %d.\n", slug, i+1, tags, i+1)
	}
	for name, data := range extra {
		files[name] = data
	}
	return files
}

// TestSampleFindsShapeOnlyTemplateLinks checks that template addresses
// that break only on some shapes of page are found from the sample, and
// counted on every page they break on.
func TestSampleFindsShapeOnlyTemplateLinks(t *testing.T) {
	t.Parallel()
	fsys := newSite(shapesSite(nil))
	o := outline(t, fsys, true)
	sample := samplePages(len(o.Outline.Pages), o.Outline.PageInto)
	if len(sample) >= len(o.Outline.Pages) {
		t.Fatalf("the sample has all %d pages", len(sample))
	}
	got := lines(only(Run(fsys, o, Options{Now: testNow}), linkCodes...))
	want := `themes/eigen/templates/post.html:3:42: link "/mentoring/mitte/" leads to /mentoring/mitte/, which is not a page or file of the site on 4 pages, e.g. /mentoring/posts/b/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
themes/eigen/templates/post.html:4:51: image "/mentoring/assets/banner.png" is missing: the site has no file /mentoring/assets/banner.png on page /mentoring/posts/los/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
themes/eigen/templates/tag.html:2:79: link "/mentoring/letzte-seite/" leads to /mentoring/letzte-seite/, which is not a page or file of the site on page /mentoring/tags/ki/page/2/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	thorough := lines(only(Run(fsys, outline(t, fsys, true), Options{Now: testNow, Thorough: true}), linkCodes...))
	if thorough != want {
		t.Errorf("--thorough finds\n%s\nthe sample\n%s", thorough, want)
	}
}

// TestMarkdownLinksOutsideTheSample checks that links in posts whose page
// is not in the sample are still checked, at their exact position.
func TestMarkdownLinksOutsideTheSample(t *testing.T) {
	t.Parallel()
	fsys := newSite(shapesSite(map[string]string{
		"content/posts/r1/2024-02-15-b.md": "---\ntitle: b\ndate: 2024-02-15\ntandem: t01\nauthors: [ada]\ntags: [KI]\n---\n" +
			"Treffen 2, siehe [c](../c/),\nund [das](../gibts-nicht/).\n",
	}))
	o := outline(t, fsys, true)
	for _, i := range samplePages(len(o.Outline.Pages), o.Outline.PageInto) {
		if o.Outline.Pages[i].Path == "posts/b/index.html" {
			t.Fatal("the page of post b is in the sample; the test needs a post that is not")
		}
	}
	got := lines(only(Run(fsys, o, Options{Now: testNow}), "broken-link"))
	want := `content/posts/r1/2024-02-15-b.md:9:11: link "../gibts-nicht/" leads to /mentoring/posts/gibts-nicht/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
`
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant among them\n%s", got, want)
	}
}

// TestSampleCountsPinnedPosts: of two pages of the same shape, the sample
// takes the one that needs fewer posts converted, counting the posts a
// page pins above its list as well as those it lists (a round pins its
// retrospectives on every page of its list).
func TestSampleCountsPinnedPosts(t *testing.T) {
	t.Parallel()
	cards := func(n int) []*render.Card {
		out := make([]*render.Card, n)
		for i := range out {
			out[i] = &render.Card{Kind: "diary"}
		}
		return out
	}
	views := func(n int) []*render.PostView {
		out := make([]*render.PostView, n)
		for i := range out {
			out[i] = &render.PostView{Kind: "diary"}
		}
		return out
	}
	round := func(url string, listed, pinned int) *render.Page {
		return &render.Page{Kind: "round", URL: url,
			Pager: &render.Pager{Number: 1, Total: 1}, Posts: cards(listed), Pinned: views(pinned)}
	}
	pages := []*render.Page{
		round("rounds/r1/", 2, 5), // fewer listed, more to convert
		round("rounds/r2/", 3, 1),
	}
	got := samplePages(len(pages), func(i int, p *render.Page) { *p = *pages[i] })
	if len(got) != 1 || pages[got[0]].URL != "rounds/r2/" {
		t.Errorf("sample %v, want only rounds/r2/ (4 posts to convert, not 7)", got)
	}
}

// TestTemplateLinkCountsPages checks that a broken address a template
// writes twice on a page counts that page once.
func TestTemplateLinkCountsPages(t *testing.T) {
	t.Parallel()
	fsys := newSite(shapesSite(map[string]string{
		"themes/eigen/templates/post.html": "{{define \"main\"}}{{with .Post}}\n{{.Content}}\n" +
			"<a href=\"{{$.Base}}weg/\">Weg</a> <a href=\"{{$.Base}}weg/\">Weg</a>\n{{end}}{{end}}\n",
	}))
	got := lines(only(Run(fsys, outline(t, fsys, true), Options{Now: testNow}), linkCodes...))
	want := `themes/eigen/templates/post.html:3:20: link "/mentoring/weg/" leads to /mentoring/weg/, which is not a page or file of the site on 7 pages, e.g. /mentoring/posts/a/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
themes/eigen/templates/tag.html:2:79: link "/mentoring/letzte-seite/" leads to /mentoring/letzte-seite/, which is not a page or file of the site on page /mentoring/tags/ki/page/2/
	hint: fix the address in the template, or add the page or file it leads to (files go into content/static/)
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
