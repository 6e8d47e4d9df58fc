package render

import (
	"encoding/xml"
	"sync"

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

// sitemap adds the sitemap: every public page. In a preview build it
// is written too, but lists only what a production build would publish.
// Its view is made once, by the core that first needs it.
func (pl *planner) sitemap() {
	s := pl.s
	set := sync.OnceValue(func() *urlSet { return sitemapOf(s) })
	pl.jobs = append(pl.jobs, job{path: site.SitemapFile, file: func() []byte { return marshalXML(set()) }, fileKey: func(k *keyer) { set().key(k) }})
}

// sitemapOf is the sitemap's view.
func sitemapOf(s *site.Site) *urlSet {
	set := &urlSet{URLs: make([]sitemapURL, 0, 3+len(s.Rounds)+len(s.Tandems)+len(s.Posts)+len(s.Tags)+len(s.Authors))}
	add := func(p, lastmod string) {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.Programme.BaseURL + p, LastMod: lastmod})
	}
	add("", "")
	add(site.RoundsRoot, "")
	for _, round := range s.Rounds {
		add(round.URL, "")
	}
	add(site.TandemsRoot, "")
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
	return set
}

func (u *urlSet) key(k *keyer) {
	k.str("sitemap").int(len(u.URLs))
	for _, l := range u.URLs {
		k.str(l.Loc).str(l.LastMod)
	}
}
