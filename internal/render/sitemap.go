package render

import (
	"encoding/xml"

	"github.com/tandem-mentoring/tandem/internal/site"
)

type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitemap lists every public page. In a preview build it is written too,
// but lists only what a production build would publish. It lists
// addresses and dates only: a post's text can change without changing
// it, so it keys on the posts' meta keys (see viewKeys).
func (r *Renderer) sitemap(pl *planner, s *site.Site, all []*PostView, salt string, keys *programmeKeys) {
	key := func() [32]byte {
		k := newKeyer(salt, "sitemap", keys.ids).metas(all)
		for _, t := range s.Tags {
			k.str(t.URL)
		}
		return k.sum()
	}
	pl.file("sitemap.xml", salt+keys.ids, all, key, func() []byte { return r.writeSitemap(s) })
}

func (r *Renderer) writeSitemap(s *site.Site) []byte {
	set := urlSet{}
	add := func(p, lastmod string) { set.URLs = append(set.URLs, sitemapURL{Loc: absURL(s, p), LastMod: lastmod}) }
	add("", "")
	add("rounds/", "")
	for _, round := range s.Rounds {
		add(round.URL, "")
	}
	add("tandems/", "")
	for _, t := range s.Tandems {
		add(t.URL, "")
	}
	for _, p := range s.Posts {
		if p.Verdict.Published() {
			add(p.URL, p.Date.UTC().Format("2006-01-02"))
		}
	}
	for _, t := range s.Tags {
		add(t.URL, "")
	}
	for _, a := range s.Authors {
		add(a.URL, "")
	}
	return marshalXML(set)
}
