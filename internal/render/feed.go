package render

import (
	"bytes"
	"crypto/sha1"
	"encoding/xml"
	"fmt"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
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
	// body is the key of the Markdown Content was converted from.
	body Key
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// feeds adds the site feed and one per round.
func (pl *planner) feeds() {
	s := pl.s
	pl.feed(site.FeedFile, "", s.Programme.Title, s.Programme.Description, s.Posts)
	for _, round := range s.Rounds {
		pl.feed(round.URL+site.FeedFile, round.URL, s.Programme.Title+" – "+round.Title, round.Summary, round.Posts)
	}
}

// feed adds the feed at path of page's posts: its view is the feed
// itself, with each entry's body keyed by what it was converted from.
func (pl *planner) feed(path, page, title, sub string, posts []*site.Post) {
	s := pl.s
	posts = posts[:min(feedSize, len(posts))]
	abs := func(p string) string { return s.Programme.BaseURL + p }
	f := &atomFeed{Lang: s.Programme.Language, Base: s.Programme.BaseURL, ID: atomID(s.Programme.Title, path), Title: title, Sub: sub, Updated: feedUpdated(s, posts),
		Links: []atomLink{{Rel: "self", Type: "application/atom+xml", Href: abs(path)}, {Rel: "alternate", Type: "text/html", Href: abs(page)}}}
	if s.Programme.Organisation != "" {
		f.Author = &atomPerson{Name: s.Programme.Organisation}
	}
	for _, p := range posts {
		v := pl.ps.views[p.Number]
		e := atomEntry{ID: atomID(s.Programme.Title, p.URL), Title: p.Title, Updated: stamp(p.Date), Published: stamp(p.Date),
			Link:    atomLink{Rel: "alternate", Type: "text/html", Href: abs(p.URL)},
			Summary: atomText{Type: "text", Body: v.Excerpt}, Content: atomText{Type: "html", Body: string(v.Content)}, body: v.body}
		for _, a := range p.Authors {
			e.Authors = append(e.Authors, atomPerson{Name: a.Name})
		}
		for _, t := range p.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: t.Name})
		}
		f.Entries = append(f.Entries, e)
	}
	pl.jobs = append(pl.jobs, job{path: path, file: func() []byte { return marshalXML(f) }, fileKey: f.key})
}

// key writes every field of the feed; an entry's content is keyed by
// what it was converted from.
func (f *atomFeed) key(k *keyer) {
	k.str("feed").str(f.Lang).str(f.Base).str(f.ID).str(f.Title).str(f.Sub).str(f.Updated).int(len(f.Links))
	for _, l := range f.Links {
		l.key(k)
	}
	if k.present(f.Author != nil) {
		k.str(f.Author.Name)
	}
	k.int(len(f.Entries))
	for _, e := range f.Entries {
		k.str(e.ID).str(e.Title).str(e.Updated).str(e.Published)
		e.Link.key(k)
		k.int(len(e.Authors))
		for _, a := range e.Authors {
			k.str(a.Name)
		}
		k.int(len(e.Categories))
		for _, c := range e.Categories {
			k.str(c.Term)
		}
		k.str(e.Summary.Type).str(e.Summary.Body).str(e.Content.Type).key(e.body)
	}
}

func (l atomLink) key(k *keyer) { k.str(l.Rel).str(l.Type).str(l.Href) }

// atomID is the id of a feed or entry: a name-based UUID (version 5,
// RFC 9562, in a namespace of tandem's own) of the programme's title, as
// a slug, and the path below the site ("posts/SLUG/",
// "rounds/ID/feed.xml"). It does not depend on
// base_url, so a site built for staging and for production, or moved to
// another address, keeps its ids and feed readers show no post twice.
func atomID(programme, path string) string {
	h := sha1.New()
	h.Write([]byte(atomNamespace + content.Slugify(programme) + ":" + path))
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // the variant of RFC 9562
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// atomNamespace is the UUID of tandem's namespace for Atom ids
// (4f3c1d2e-8a5b-4c6d-9e7f-1a2b3c4d5e6f), as 16 bytes; it must never change.
const atomNamespace = "\x4f\x3c\x1d\x2e\x8a\x5b\x4c\x6d\x9e\x7f\x1a\x2b\x3c\x4d\x5e\x6f"

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
