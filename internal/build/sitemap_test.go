package build

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSitemapListsEveryPage checks that the sitemap of a production
// build, and of a preview, lists exactly the pages a production build
// writes but the 404 and search pages: overviews, the archive and the later pages of
// every paginated list included, no page of a held-back post and no
// page that only held-back posts make longer.
func TestSitemapListsEveryPage(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	prod := buildLeakSite(t, site, false)
	var want []string
	for name := range prod {
		if strings.HasSuffix(name, ".html") && name != "404.html" && name != "search/index.html" { // both noindex
			want = append(want, strings.TrimSuffix(name, "index.html"))
		}
	}
	slices.Sort(want)
	for _, page := range []string{"posts/", "posts/page/2/", "tags/", "authors/", "rounds/r1/page/2/"} {
		if !slices.Contains(want, page) {
			t.Fatalf("production has no page %s, so this test could not see the sitemap leave it out", page)
		}
	}
	loc := regexp.MustCompile(`<loc>https://intranet\.example\.com/mentoring/([^<]*)</loc>`)
	for _, build := range []struct {
		name  string
		files map[string]string
	}{{"production", prod}, {"preview", buildLeakSite(t, site, true)}} {
		var got []string
		for _, m := range loc.FindAllStringSubmatch(build.files["sitemap.xml"], -1) {
			got = append(got, m[1])
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: the sitemap lists\n%q\nwant the production pages\n%q", build.name, got, want)
		}
	}
}
