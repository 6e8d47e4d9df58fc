package render

import (
	"bytes"
	"html/template"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Parts of pages that many pages share are rendered once and inserted as
// ready HTML: html/template runs an escaping function, through
// reflection, for every value it prints, so printing a post's card once
// instead of once per list it appears in is most of a fast build.

// cards renders every post's card, reusing cached cards whose post did
// not change.
func (r *Renderer) cards(s *site.Site, views map[*site.Post]*PostView, cache *Cache, salt string) diag.List {
	var problems diag.List
	salt = "card|" + salt
	all := make([]*site.Post, 0, len(views))
	for p := range views {
		all = append(all, p)
	}
	type result struct {
		html template.HTML
		err  error
	}
	results := make([]result, len(all))
	workers.ForEach(len(all), func(i int) {
		p := all[i]
		key := newKeyer(salt).view(views[p]).sum()
		html, err := cache.fragment(key, func() (template.HTML, error) {
			return r.fragment("post-card", views[p])
		})
		results[i] = result{html, err}
	})
	for i, p := range all {
		views[p].Card = results[i].html
		if results[i].err != nil {
			problems.Errorf(diag.Pos{Path: "themes"}, "template", "fix the theme's post-card template", "rendering the card of %s: %v", p.Path, results[i].err)
		}
	}
	return problems
}

// chrome renders the site header once per navigation state, and the
// footer once.
func (r *Renderer) chrome(s *site.Site) (headers map[Nav]template.HTML, footer template.HTML, err error) {
	headers = map[Nav]template.HTML{}
	for _, kind := range []string{"home", "rounds", "tandems", "tags", "authors", "review"} {
		nav := navFor(kind)
		if headers[nav], err = r.fragment("site-header", &Page{Site: s, UI: r.ui, Kind: kind, Nav: nav}); err != nil {
			return nil, "", err
		}
	}
	footer, err = r.fragment("site-footer", &Page{Site: s, UI: r.ui})
	return headers, footer, err
}

// fragment executes one named template of the theme.
func (r *Renderer) fragment(name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := r.pages["home"].ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil
}
