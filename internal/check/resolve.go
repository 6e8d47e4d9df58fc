package check

import (
	"iter"
	"maps"
	"net/url"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// fileSet is what the link check asks of a site's files (by path below
// the base path: pages, feeds, bundle files, theme assets and static
// files): whether a request is served, and every path.
type fileSet interface {
	has(rel string) bool
	all() iter.Seq[string]
}

// files is a fileSet held as a set of paths; a folder's path followed
// by "*" stands for every file in it (the search index's vocabulary and
// postings, which an outline does not name).
type files map[string]bool

func siteFiles(o *build.Outlined) files {
	f := outlineFiles(o.Outline)
	for _, cp := range o.Static {
		f[cp.Path] = true
	}
	return f
}

// outlineFiles are the files of an outline: pages, other outputs, the
// search index's folders, theme assets, bundle files and originals.
func outlineFiles(ol *render.Outline) files {
	f := files{}
	for _, p := range ol.Pages {
		f[p.Path] = true
	}
	for _, name := range ol.Files {
		f[name] = true
	}
	for _, dir := range ol.Folders {
		f[dir+"*"] = true
	}
	for _, cp := range ol.Copies {
		f[cp.Path] = true
	}
	for _, p := range ol.Originals {
		f[p] = true
	}
	return f
}

// has reports whether a request for rel is served (see served).
func (f files) has(rel string) bool { return served(func(p string) bool { return f[p] }, rel) }

func (f files) all() iter.Seq[string] { return maps.Keys(f) }

// served reports whether a request for rel is served, where is tells
// whether a path is a file: a file, or a folder with an index.html
// ("posts/x/", and "posts/x", which servers redirect), or a file in a
// folder that stands for every file in it (its path followed by "*").
func served(is func(path string) bool, rel string) bool {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return is(rel + "index.html")
	}
	return is(rel) || is(rel+"/index.html") || is(rel[:strings.LastIndexByte(rel, '/')+1]+"*")
}

// leftOutFiles is a fileSet that also has every path below the
// addresses of the posts an error kept out of the site
// (build.Outlined.LeftOut): a link there is not reported as broken, as
// the post's own error says why its page is missing.
type leftOutFiles struct {
	fileSet
	slugs map[string]bool
}

// withLeftOut is f, with the paths below the posts of slugs (see
// leftOutFiles) when there are any.
func withLeftOut(f fileSet, slugs map[string]bool) fileSet {
	if len(slugs) == 0 {
		return f
	}
	return leftOutFiles{f, slugs}
}

func (l leftOutFiles) has(rel string) bool {
	if rest, ok := strings.CutPrefix(rel, site.PostsRoot); ok {
		slug, _, _ := strings.Cut(rest, "/")
		if l.slugs[slug] {
			return true
		}
	}
	return l.fileSet.has(rel)
}

// resolver turns the links of a page into paths below the base path.
type resolver struct {
	base     *url.URL // base_url, with a stand-in host when it has none
	basePath string   // e.g. "/mentoring/"
}

func newResolver(baseURL, basePath string) resolver {
	u, err := url.Parse(baseURL)
	if err != nil || u.Host == "" {
		u = &url.URL{Scheme: "https", Host: "site.invalid", Path: basePath}
	}
	u.Path = basePath
	return resolver{base: u, basePath: basePath}
}

// Outcomes of resolving a link.
type outcome int

const (
	skip    outcome = iota // external, a fragment, mailto: and the like
	inside                 // a path below the base path: check it
	outside                // on the site's host, but not below the base path
	invalid                // not a URL at all
)

// resolve resolves ref, written on the page at page (an output path such
// as "posts/x/index.html"), and returns the path it leads to: below the
// base path for inside, from the host's root for outside.
func (r resolver) resolve(page, ref string) (outcome, string) {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "#") {
		return skip, ""
	}
	if rest, ok := strings.CutPrefix(ref, r.basePath); ok && plainPath(rest) {
		return inside, rest // the common case, as render writes links: no parsing needed
	}
	u, err := url.Parse(ref)
	if err != nil {
		return invalid, ""
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return skip, "" // mailto:, tel:, data:, javascript: …
	}
	if u.Host != "" && !strings.EqualFold(u.Hostname(), r.base.Hostname()) {
		return skip, ""
	}
	pageURL := r.base.ResolveReference(&url.URL{Path: r.basePath + page})
	p := pageURL.ResolveReference(u).Path
	switch {
	case strings.HasPrefix(p, r.basePath):
		return inside, p[len(r.basePath):]
	case p+"/" == r.basePath:
		return inside, ""
	}
	return outside, p
}

// plainPath reports a path that resolving would not change: no escapes,
// query, fragment, dot segments or empty segments.
func plainPath(p string) bool {
	return !strings.ContainsAny(p, "%?#\\ \t\r\n:") && !strings.Contains(p, "//") &&
		!strings.HasPrefix(p, "./") && !strings.HasPrefix(p, "../") && !strings.Contains(p, "/./") && !strings.Contains(p, "/../") &&
		!strings.HasSuffix(p, "/.") && !strings.HasSuffix(p, "/..") && p != "." && p != ".." && !strings.HasPrefix(p, "/")
}
