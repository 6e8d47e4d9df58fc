package render

import (
	"bytes"
	"encoding/xml"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
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

// TestSitemapRoomHoldsIt checks that sitemapXML writes the sitemap into
// one buffer made at the size sitemapRoom gives that never grows: its
// capacity is that of a buffer grown by the room once (a buffer that
// grew while the sitemap was written has twice as much or more). It
// does so where every post is published and every list runs to many
// pages (the test site, two posts to a page) and on a generated site of
// the bench site's shape, whose addresses are as long as a real site's
// (the test site's are short, so room for paths of pathBytes would hide
// an entry that takes more than entryBytes says).
func TestSitemapRoomHoldsIt(t *testing.T) {
	t.Parallel()
	small := testSite(t, 28, nil)
	for name, s := range map[string]*site.Site{"the test site": small, "a generated site": generatedSite(t)} {
		for _, p := range s.Posts {
			p.Verdict.State = review.Published
		}
		got, room := sitemapXML(s), sitemapRoom(s)
		if !bytes.Contains(got, []byte("/page/2/</loc>")) || bytes.Count(got, []byte("<lastmod>")) != len(s.Posts) {
			t.Fatalf("%s: the sitemap lacks the posts or the lists' later pages:\n%.2000s", name, got)
		}
		var once bytes.Buffer
		once.Grow(room)
		if len(got) > room || cap(got) != cap(once.Bytes()) {
			t.Errorf("%s: the sitemap takes %d bytes in a buffer of %d, its room is %d (a buffer made for it holds %d)",
				name, len(got), cap(got), room, cap(once.Bytes()))
		}
	}
	if n := bytes.Count(sitemapXML(small), []byte("<url>")); n < 70 {
		t.Errorf("the test site's sitemap lists %d addresses, want the later pages of its lists too", n)
	}
}

// generatedSite is a site of 300 posts with four tags each of 60, made
// as tandem-gen makes the bench site.
func generatedSite(t *testing.T) *site.Site {
	t.Helper()
	plan, err := synthetic.Plan(synthetic.Options{Posts: 300, Seed: 1, Tags: 60, TagsPerPost: 4})
	if err != nil {
		t.Fatal(err)
	}
	files := synthetic.Files{}
	if err := plan.WriteTandem(files); err != nil {
		t.Fatal(err)
	}
	fsys := files.FS()
	prog, problems := programme.Load(fsys)
	posts, more := content.Load(fsys)
	if problems = append(problems, more...); problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	return site.New(prog, posts, make([]review.Verdict, len(posts)), site.Options{Preview: true, Now: now})
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
