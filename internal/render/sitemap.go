package render

import (
	"bytes"
	"encoding/xml"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// sitemapNS is the sitemap protocol's namespace.
const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// sitemap adds the sitemap: every public page. In a preview build it
// is written too, but lists only what a production build would publish.
// Its key is a hash of its bytes, which are written once, by the core
// that first needs them: writing them costs about what keying a view of
// every entry would.
func (pl *planner) sitemap() {
	s := pl.s
	data := sync.OnceValue(func() []byte { return sitemapXML(s) })
	pl.jobs = append(pl.jobs, job{path: site.SitemapFile, file: data, fileKey: func(k *keyer) { k.str("sitemap").bytes(data()) }})
}

// sitemapXML writes the sitemap of s, byte for byte as encoding/xml
// marshals it with an indent of two spaces (TestSitemapAsEncodingXML).
func sitemapXML(s *site.Site) []byte {
	var b bytes.Buffer
	b.Grow(160 * (3 + len(s.Rounds) + len(s.Tandems) + len(s.Posts) + len(s.Tags) + len(s.Authors)))
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="` + sitemapNS + `">`)
	base := s.Programme.BaseURL
	apart := utf8.ValidString(base) // then base and p escape apart as together
	add := func(p string, lastmod *time.Time) {
		b.WriteString("\n  <url>\n    <loc>")
		if apart {
			escapeXML(&b, base)
			escapeXML(&b, p)
		} else {
			escapeXML(&b, base+p)
		}
		b.WriteString("</loc>")
		if lastmod != nil {
			b.WriteString("\n    <lastmod>")
			b.Write(lastmod.UTC().AppendFormat(b.AvailableBuffer(), "2006-01-02"))
			b.WriteString("</lastmod>")
		}
		b.WriteString("\n  </url>")
	}
	var none *time.Time
	add("", none)
	add(site.RoundsRoot, none)
	add(site.ReportRoot, none)
	for _, round := range s.Rounds {
		add(round.URL, none)
		add(round.URL+ReportDir, none)
	}
	add(site.TandemsRoot, none)
	for _, t := range s.Tandems {
		add(t.URL, none)
	}
	for _, p := range s.Posts {
		if p.Verdict.Published() {
			add(p.URL, &p.Date)
		}
	}
	for _, t := range s.Tags {
		add(t.URL, none)
	}
	for _, a := range s.Authors {
		add(a.URL, none)
	}
	b.WriteString("\n</urlset>\n")
	return b.Bytes()
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
