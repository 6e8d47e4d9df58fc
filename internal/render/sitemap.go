package render

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// sitemapNS is the sitemap protocol's namespace.
const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// sitemap adds the sitemap: every public page. In a preview build it
// is written too, but lists only what a production build would publish.
// Its key is made from its entries as sitemapEach lists them, the same
// walk its bytes are written from, so its XML is written only when an
// entry changed.
func (pl *planner) sitemap() {
	s := pl.s
	pl.jobs = append(pl.jobs, job{path: site.SitemapFile, file: func() []byte { return sitemapXML(s) }, fileKey: func(k *keyer) { sitemapKey(k, s) }})
}

// sitemapKey writes what the sitemap of s is written from: the base
// address and every entry (a post's date by its instant, which decides
// the day written).
func sitemapKey(k *keyer, s *site.Site) {
	k.str("sitemap").str(s.Programme.BaseURL)
	sitemapEach(s, func(e sitemapEntry) {
		k.str(e.url).int(e.page)
		if k.present(e.lastmod != nil) {
			k.int(int(e.lastmod.Unix()))
		}
	})
	k.str("end")
}

// sitemapXML writes the sitemap of s, byte for byte as encoding/xml
// marshals it with an indent of two spaces (TestSitemapAsEncodingXML).
func sitemapXML(s *site.Site) []byte {
	var b bytes.Buffer
	b.Grow(sitemapRoom(s))
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="` + sitemapNS + `">`)
	base := s.Programme.BaseURL
	// A base address in UTF-8 and a path escape apart as together: the
	// base is escaped once, not at every entry.
	apart := utf8.ValidString(base)
	var escaped bytes.Buffer
	escapeXML(&escaped, base)
	sitemapEach(s, func(e sitemapEntry) {
		b.WriteString("\n  <url>\n    <loc>")
		if apart {
			b.Write(escaped.Bytes())
			escapeXML(&b, e.path())
		} else {
			escapeXML(&b, base+e.path())
		}
		b.WriteString("</loc>")
		if e.lastmod != nil {
			b.WriteString("\n    <lastmod>")
			b.Write(appendDay(b.AvailableBuffer(), e.lastmod.UTC()))
			b.WriteString("</lastmod>")
		}
		b.WriteString("\n  </url>")
	})
	b.WriteString("\n</urlset>\n")
	return b.Bytes()
}

// sitemapRoom is about how many bytes the sitemap of s takes: an entry
// for every address sitemapEach visits, counted by it, with room for a
// path of pathBytes, so that its buffer is made once at its size. (Room
// for the posts, tags, authors and tandems alone left out the later
// pages of the lists: on 10,000 posts the buffer of 2 MB grew to 4 MB
// for 2.4 MB of sitemap, which a save made again whenever a post's state
// changed.)
func sitemapRoom(s *site.Site) int {
	n := 0
	sitemapEach(s, func(sitemapEntry) { n++ })
	return len(xml.Header) + len(sitemapNS) + 32 + n*(entryBytes+len(s.Programme.BaseURL)+pathBytes)
}

// entryBytes are what an entry of the sitemap takes besides its address
// (its <url>, <loc> and <lastmod>, with their indents); pathBytes are
// room for a path below the base address.
const (
	entryBytes = len("\n  <url>\n    <loc></loc>\n    <lastmod>2006-01-02</lastmod>\n  </url>")
	pathBytes  = 64
)

// sitemapEntry is one address of the sitemap, below the base address,
// and the date of its post.
type sitemapEntry struct {
	url string
	// page is the number of a later page of the list at url (2, 3, …),
	// 0 for url itself.
	page    int
	lastmod *time.Time
}

// path is the entry's address below the base address.
func (e sitemapEntry) path() string {
	if e.page == 0 {
		return e.url
	}
	return e.url + "page/" + strconv.Itoa(e.page) + "/"
}

// sitemapEach calls visit with every page a production build of s
// writes but the 404 page, in the sitemap's order: the overviews, every
// round, report, tandem, tag and author page, every published post, and
// the later pages of the paginated lists as they are with published
// posts only.
func sitemapEach(s *site.Site, visit func(sitemapEntry)) {
	size := max(1, s.Programme.PageSize)
	add := func(p string) { visit(sitemapEntry{url: p}) }
	// list adds a paginated list's pages; none when it lists no published
	// post and needs one to exist (a tag's or author's page).
	list := func(url string, posts []*site.Post, always bool, count func(*site.Post) bool) {
		n := 0
		for _, p := range posts {
			if p.Verdict.Published() && count(p) {
				n++
			}
		}
		if n == 0 && !always {
			return
		}
		add(url)
		for page := 2; page <= (n+size-1)/size; page++ {
			visit(sitemapEntry{url: url, page: page})
		}
	}
	every := func(*site.Post) bool { return true }
	add("")
	list(site.PostsRoot, s.Posts, true, every)
	add(site.RoundsRoot)
	add(site.ReportRoot)
	for _, round := range s.Rounds {
		list(round.URL, round.Posts, true, func(p *site.Post) bool { return p.Kind != content.KindRetrospective })
		add(round.URL + ReportDir)
	}
	add(site.TandemsRoot)
	for _, t := range s.Tandems {
		add(t.URL)
	}
	for _, p := range s.Posts {
		if p.Verdict.Published() {
			visit(sitemapEntry{url: p.URL, lastmod: &p.Date})
		}
	}
	add(site.TagsRoot)
	for _, t := range s.Tags {
		list(t.URL, t.Posts, false, every)
	}
	add(site.AuthorsRoot)
	for _, a := range s.Authors {
		list(a.URL, a.Posts, false, every)
	}
}

// appendDay appends t's day as t.AppendFormat(dst, "2006-01-02") does,
// without reading the layout at every entry for the years of four digits.
func appendDay(dst []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return t.AppendFormat(dst, "2006-01-02")
	}
	return append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10),
		'-', byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10))
}

// escapeXML writes s as XML text, as encoding/xml does (xml.EscapeText);
// most addresses need no escaping and are written as they are.
func escapeXML(b *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' {
			_ = xml.EscapeText(b, []byte(s)) // a bytes.Buffer does not fail
			return
		}
	}
	b.WriteString(s)
}
