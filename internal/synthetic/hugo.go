package synthetic

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

// hugoLayouts are the templates of the Hugo site: a base, a post page,
// paginated lists for terms, term indexes, a home page with the latest
// posts and a 404 page, mirroring tandem's default theme without its
// styling. They are written where Hugo 0.146 and later look for them, or
// for older versions where those do (legacyLayout).
//
//go:embed hugo/layouts
var hugoLayouts embed.FS

// WriteHugo writes the same site as a Hugo site to out: hugo.toml with the
// taxonomies round, tandem, author and tag, the posts with equivalent
// front matter under content/posts/<round>/, a page per round, tandem and
// author naming its term, and the layouts. legacy writes configuration
// and layouts for Hugo before 0.146 (such as Debian 12's 0.111) instead of
// for current versions; the two cannot share one site.
func (s *Site) WriteHugo(out Sink, legacy bool) error {
	if err := out.WriteFile("hugo.toml", s.hugoConfig(legacy)); err != nil {
		return err
	}
	if err := writeLayouts(out, legacy); err != nil {
		return err
	}
	for _, r := range s.Rounds {
		if err := out.WriteFile("content/rounds/"+r.ID+"/_index.md", termPage(r.Title, r.Summary, true)); err != nil {
			return err
		}
	}
	people := map[string]*Person{}
	for i := range s.People {
		people[s.People[i].Key] = &s.People[i]
	}
	for _, t := range s.Tandems {
		if err := out.WriteFile("content/tandems/"+t.ID+"/_index.md", termPage("Tandem mit "+people[t.Mentee].Name, "", false)); err != nil {
			return err
		}
	}
	authors := map[string]bool{}
	image := bundleImage()
	for i := range s.Posts {
		p := &s.Posts[i]
		for _, a := range p.Authors {
			authors[a] = true
		}
		if err := out.WriteFile(p.Path(), s.hugoPost(p)); err != nil {
			return err
		}
		if p.Bundle {
			if err := out.WriteFile(path.Join(p.Dir(), BundleImage), image); err != nil {
				return err
			}
		}
	}
	for _, person := range s.People {
		if authors[person.Key] {
			if err := out.WriteFile("content/authors/"+person.Key+"/_index.md", termPage(person.Name, "", false)); err != nil {
				return err
			}
		}
	}
	return nil
}

// hugoConfig sets what tandem does by design: pretty URLs below the base
// path, posts at /posts/<slug>/, page_size posts per list page, feeds of
// 20 posts for the site and each round, a sitemap, and the same Markdown
// extensions (tables, strikethrough, autolinks) without Hugo's extras.
// The post section has no list page, as in tandem.
func (s *Site) hugoConfig(legacy bool) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Made up by tandem-gen: %s, seed %d.\n", s, s.Seed)
	fmt.Fprintf(&b, "baseURL = %s\ntitle = %s\nlanguageCode = \"de\"\ndefaultContentLanguage = \"de\"\n", q(s.BaseURL), q(s.Title))
	b.WriteString("disableKinds = [\"section\"]\nsummaryLength = 50\n\n")
	if legacy {
		fmt.Fprintf(&b, "paginate = %d\nrssLimit = 20\n\n[permalinks]\nposts = \"/posts/:slug/\"\n\n", s.PageSize)
	} else {
		fmt.Fprintf(&b, "[pagination]\npagerSize = %d\ndisableAliases = true\n\n", s.PageSize)
		b.WriteString("[permalinks.page]\nposts = \"/posts/:slug/\"\n\n[services.rss]\nlimit = 20\n\n")
	}
	b.WriteString("[taxonomies]\nround = \"rounds\"\ntandem = \"tandems\"\nauthor = \"authors\"\ntag = \"tags\"\n\n")
	b.WriteString("[outputs]\nhome = [\"html\", \"rss\"]\npage = [\"html\"]\ntaxonomy = [\"html\"]\nterm = [\"html\"]\n\n")
	b.WriteString("[sitemap]\nchangeFreq = \"\"\n\n")
	b.WriteString("[markup.goldmark.extensions]\ndefinitionList = false\nfootnote = false\ntaskList = false\n\n")
	fmt.Fprintf(&b, "[params]\ndescription = %s\norganisation = %s\ncontact = \"redaktion@example.com\"\npagesize = %d\n", q(s.Description), q(s.Organisation), s.PageSize)
	return []byte(b.String())
}

// hugoPost is a post with front matter Hugo understands: the slug, and
// the round, tandem and authors as taxonomy terms.
func (s *Site) hugoPost(p *Post) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\nslug: %s\npostkind: %s\nrounds: [%s]\n", q(p.Title), day(p.Date), p.Slug, p.Kind, p.Round)
	if p.Tandem != "" {
		fmt.Fprintf(&b, "tandems: [%s]\n", p.Tandem)
	}
	fmt.Fprintf(&b, "authors: %s\ntags: %s\n", list(p.Authors), list(p.Tags))
	if p.Summary != "" {
		fmt.Fprintf(&b, "summary: %s\n", q(p.Summary))
	}
	b.WriteString("---\n\n")
	b.Write(s.Body(p.Index))
	b.WriteString("\n")
	return []byte(b.String())
}

// termPage is the _index.md naming a term; withFeed gives it an RSS feed
// (rounds have one in tandem).
func termPage(title, summary string, withFeed bool) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s\n", q(title))
	if withFeed {
		b.WriteString("outputs: [html, rss]\n")
	}
	fmt.Fprintf(&b, "---\n\n%s\n", summary)
	return []byte(b.String())
}

// writeLayouts copies the embedded templates to layouts/, or where old
// Hugo versions look for them.
func writeLayouts(out Sink, legacy bool) error {
	return fs.WalkDir(hugoLayouts, "hugo/layouts", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := hugoLayouts.ReadFile(name)
		if err != nil {
			return err
		}
		if legacy {
			return out.WriteFile(legacyLayout(path.Base(name)), data)
		}
		return out.WriteFile(strings.TrimPrefix(name, "hugo/"), data)
	})
}

// legacyLayout is where Hugo before 0.146 (Debian's, for one) looks for
// the template that newer versions read from layouts/<base>.
func legacyLayout(base string) string {
	switch base {
	case "home.html":
		return "layouts/index.html"
	case "404.html":
		return "layouts/404.html"
	}
	return "layouts/_default/" + base
}
