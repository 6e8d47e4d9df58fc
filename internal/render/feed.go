package render

import (
	"bytes"
	"encoding/xml"
	"time"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// feedSize is how many posts a feed carries.
const feedSize = 20

type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string   `xml:"xml:lang,attr,omitempty"`
	// Base lets feed readers resolve the site-absolute links in entries.
	Base    string      `xml:"xml:base,attr,omitempty"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Sub     string      `xml:"subtitle,omitempty"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  *atomPerson `xml:"author,omitempty"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published"`
	Link       atomLink       `xml:"link"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
	Content    atomText       `xml:"content"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// feeds writes the site feed and one per round, each only when one of
// its posts changed since the last render with the same cache.
func (r *Renderer) feeds(pl *planner, s *site.Site, views postViews, salt string) {
	r.cachedFeed(pl, s, views, salt, "feed.xml", "", s.Programme.Title, s.Programme.Description, s.Posts)
	for _, round := range s.Rounds {
		r.cachedFeed(pl, s, views, salt, round.URL+"feed.xml", round.URL, s.Programme.Title+" – "+round.Title, round.Summary, round.Posts)
	}
}

func (r *Renderer) cachedFeed(pl *planner, s *site.Site, views postViews, salt, path, page, title, sub string, posts []*site.Post) {
	posts = posts[:min(feedSize, len(posts))]
	shown := make([]*PostView, len(posts))
	for i, p := range posts {
		shown[i] = views.of(p)
	}
	pl.file(path, salt+title+"|"+sub, shown, nil, func() []byte {
		return r.feed(s, views, path, page, title, sub, posts)
	})
}

func (r *Renderer) feed(s *site.Site, views postViews, path, page, title, sub string, posts []*site.Post) []byte {
	abs := func(p string) string { return absURL(s, p) }
	f := atomFeed{Lang: s.Programme.Language, Base: s.Programme.BaseURL, ID: abs(path), Title: title, Sub: sub, Updated: feedUpdated(s, posts),
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: abs(path)}, {Rel: "alternate", Type: "text/html", Href: abs(page)}}}
	if s.Programme.Organisation != "" {
		f.Author = &atomPerson{Name: s.Programme.Organisation}
	}
	for _, p := range posts {
		v := views.of(p)
		e := atomEntry{ID: abs(p.URL), Title: p.Title, Updated: stamp(p.Date), Published: stamp(p.Date),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: abs(p.URL)},
			Summary: atomText{Type: "text", Body: v.Excerpt}, Content: atomText{Type: "html", Body: string(v.Content)}}
		for _, a := range p.Authors {
			e.Authors = append(e.Authors, atomPerson{Name: a.Name})
		}
		for _, t := range p.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: t.Name})
		}
		f.Entries = append(f.Entries, e)
	}
	return marshalXML(f)
}

// feedUpdated is the newest post's date, so that a feed only changes when
// its posts do (builds stay reproducible).
func feedUpdated(s *site.Site, posts []*site.Post) string {
	if len(posts) > 0 {
		return stamp(posts[0].Date)
	}
	var t time.Time
	for _, r := range s.Rounds {
		if r.Start.After(t) {
			t = r.Start
		}
	}
	return stamp(t)
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// absURL makes p (a path below the base path) absolute with base_url.
func absURL(s *site.Site, p string) string {
	return s.Programme.BaseURL + p
}

func marshalXML(v any) []byte {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err) // the feed types always marshal
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}
