package render

import (
	"bytes"
	"encoding/xml"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestSitemapAsEncodingXML checks that the sitemap is written byte for
// byte as encoding/xml marshals its entries, addresses that need
// escaping (and bytes that are not UTF-8) included.
func TestSitemapAsEncodingXML(t *testing.T) {
	s := testSite(t, 5, nil)
	s.Posts[0].Verdict.State = review.Published
	s.Posts[2].Verdict.State = review.Published
	s.Posts[2].URL = "posts/a&b<c>\"d'e\tf/"
	s.Posts[0].URL = "posts/grüße-\xff/"
	s.Tags[0].URL = "tags/x\x01y/"
	got := sitemapXML(s)
	want := marshalSitemap(s)
	if !bytes.Equal(got, want) {
		t.Errorf("the sitemap differs from encoding/xml's:\n%s\nwant:\n%s", got, want)
	}
	if !bytes.Contains(got, []byte("a&amp;b&lt;c&gt;&#34;d&#39;e&#x9;f")) || !bytes.Contains(got, []byte("<lastmod>")) {
		t.Errorf("the test addresses are missing:\n%s", got)
	}
}

type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// marshalSitemap is the sitemap as tandem wrote it with encoding/xml.
func marshalSitemap(s *site.Site) []byte {
	set := &urlSet{}
	add := func(p, lastmod string) {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.Programme.BaseURL + p, LastMod: lastmod})
	}
	for _, e := range sitemapEntries(s) {
		lastmod := ""
		if e.lastmod != nil {
			lastmod = e.lastmod.UTC().Format("2006-01-02")
		}
		add(e.path, lastmod)
	}
	return marshalXML(set)
}
