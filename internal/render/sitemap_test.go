package render

import (
	"bytes"
	"encoding/xml"
	"testing"
	"time"

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
	sitemapEach(s, func(e sitemapEntry) {
		lastmod := ""
		if e.lastmod != nil {
			lastmod = e.lastmod.UTC().Format("2006-01-02")
		}
		add(e.path(), lastmod)
	})
	return marshalXML(set)
}

// TestSitemapKeyFollowsBytes checks that the sitemap's key (sitemapKey)
// changes with every edit that changes its bytes, and only then, so a
// render that keeps the last sitemap by its key keeps the right one.
func TestSitemapKeyFollowsBytes(t *testing.T) {
	edits := []struct {
		name string
		edit func(s *site.Site)
	}{
		{"nothing", func(s *site.Site) {}},
		{"a post published", func(s *site.Site) { s.Posts[1].Verdict.State = review.Published }},
		{"a post held back", func(s *site.Site) { s.Posts[0].Verdict.State = review.Draft }},
		{"a date on another day", func(s *site.Site) { s.Posts[0].Date = s.Posts[0].Date.AddDate(0, 0, 1) }},
		{"a date an hour later", func(s *site.Site) { s.Posts[0].Date = s.Posts[0].Date.Add(time.Hour) }},
		{"a post's address", func(s *site.Site) { s.Posts[0].URL = "posts/other/" }},
		{"the tags' addresses", func(s *site.Site) {
			for _, tag := range s.Tags {
				tag.URL += "x/"
			}
		}},
		{"the base address", func(s *site.Site) { s.Programme.BaseURL = "https://example.org/other/" }},
		{"a page of one post", func(s *site.Site) { s.Programme.PageSize = 1 }},
	}
	ks := newKeying()
	base := func() *site.Site {
		s := testSite(t, 5, nil)
		s.Posts[0].Verdict.State = review.Published
		s.Posts[2].Verdict.State = review.Published
		s.Posts[3].Verdict.State = review.Published
		return s
	}
	keyOf := func(s *site.Site) Key {
		k := ks.keyer()
		sitemapKey(k, s)
		return k.sum()
	}
	was := base()
	wasKey, wasXML := keyOf(was), sitemapXML(was)
	for _, e := range edits {
		s := base()
		e.edit(s)
		sameKey, sameXML := keyOf(s) == wasKey, bytes.Equal(sitemapXML(s), wasXML)
		if sameKey && !sameXML {
			t.Errorf("%s: the sitemap changed, its key did not", e.name)
		}
		if !sameKey && sameXML && e.name != "a date an hour later" {
			t.Errorf("%s: the key changed, the sitemap did not", e.name)
		}
		if e.name != "nothing" && e.name != "a date an hour later" && sameXML {
			t.Errorf("%s: the edit does not change the sitemap; the test needs another", e.name)
		}
	}
}

// TestSitemapRoomHoldsIt checks that the room made for the sitemap
// (sitemapRoom) holds it when every post is published and every list
// runs to many pages (two posts to a page), so its buffer is made once
// and never grows while it is written.
func TestSitemapRoomHoldsIt(t *testing.T) {
	s := testSite(t, 28, nil)
	for _, p := range s.Posts {
		p.Verdict.State = review.Published
	}
	got, room := sitemapXML(s), sitemapRoom(s)
	if n := bytes.Count(got, []byte("<url>")); n < 70 {
		t.Fatalf("the test site's sitemap lists %d addresses, want the later pages of its lists too", n)
	}
	if len(got) > room {
		t.Errorf("the sitemap takes %d bytes, its room is %d", len(got), room)
	}
}

// TestAppendDayAsFormat checks that appendDay writes a day as
// time.Time.AppendFormat writes "2006-01-02", in every year.
func TestAppendDayAsFormat(t *testing.T) {
	for _, y := range []int{-5, 0, 1, 999, 1000, 1999, 2024, 9999, 10000, 123456} {
		for _, md := range [][2]int{{1, 1}, {2, 29}, {9, 30}, {10, 9}, {12, 31}} {
			day := time.Date(y, time.Month(md[0]), md[1], 23, 59, 0, 0, time.UTC)
			if got, want := string(appendDay([]byte("x"), day)), string(day.AppendFormat([]byte("x"), "2006-01-02")); got != want {
				t.Errorf("appendDay(%v) = %q, want %q", day, got, want)
			}
		}
	}
}
