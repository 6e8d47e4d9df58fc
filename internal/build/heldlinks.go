package build

import (
	"bytes"
	"net/url"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
	"github.com/yuin/goldmark"
)

// heldLinks reports, as errors at the link, every link or image in a
// published post that leads to a post the gate held back (or to a file
// of its bundle). Written out, it would be a broken link that gives away
// the held-back post's address, which is its title; and an approved post
// must not silently depend on another's state. Only posts whose body
// could hold such a link (see mayLinkTo) are parsed.
func heldLinks(s *site.Site, held []HeldBack) diag.List {
	if len(held) == 0 {
		return nil
	}
	byPage := make(map[string]HeldBack, len(held)) // "posts/<slug>/"
	slugs := make(map[string]bool, len(held))
	for _, h := range held {
		byPage["posts/"+h.Post.Slug+"/"] = h
		slugs[h.Post.Slug] = true
	}
	host := ""
	if u, err := url.Parse(s.Programme.BaseURL); err == nil {
		host = u.Hostname()
	}
	md := mdlinks.NewMarkdown()
	found := make([]diag.List, len(s.Posts))
	workers.ForEach(len(s.Posts), func(i int) {
		p := s.Posts[i]
		if !mayLinkTo(p.Body, slugs) {
			return
		}
		for _, l := range findLinks(md, p) {
			if h, ok := byPage[postPageOf(l.Address, p.Href, s.BasePath, host)]; ok && !l.InAlt {
				found[i].Add(heldLinkProblem(l, p, h))
			}
		}
	})
	var problems diag.List
	for _, l := range found {
		problems.Add(l...)
	}
	return problems
}

// mayLinkTo reports whether body may hold a link into the folder of a
// post in slugs, without parsing it: a slug of them right after a "/"
// (how a link to another post is written, "../x/" or "/posts/x/", also
// with dot segments, "posts./x/" or "POSTS/x/"), as a server that ignores
// case and trailing dots and spaces reads it ("../X./"), or a percent
// escape or an HTML entity, which may spell either ("&period;&period;/"
// reads as "../" in a destination). Parsing a body costs as much as
// converting it; few bodies pass. Prose seldom holds a "/" or "\": the
// body is searched for one byte at a time, which is as fast as reading it.
func mayLinkTo(body []byte, slugs map[string]bool) bool {
	return afterSeparator(body, '/', slugs) || afterSeparator(body, '\\', slugs) || hasEscape(body) || hasEntity(body)
}

// afterSeparator reports whether a name of slugs (see foldsToSlug)
// follows sep somewhere in body: "/" or "\", which postPageOf reads as
// "/" (as browsers and Windows servers do).
func afterSeparator(body []byte, sep byte, slugs map[string]bool) bool {
	for i := bytes.IndexByte(body, sep); i >= 0; {
		rest := body[i+1:]
		n := 0
		for n < len(rest) && isSlugByte(rest[n]) {
			n++
		}
		if slugs[string(rest[:n])] || foldsToSlug(rest, n, slugs) {
			return true
		}
		j := bytes.IndexByte(rest, sep)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// foldsToSlug reports whether the name rest starts with, whose first n
// bytes are slug bytes, names a post of slugs where a server ignores
// case and trailing dots and spaces (site.FoldPath): "../Geheim./". Only
// a name with something to fold is folded, so prose ("und/oder Text")
// costs a look at a few bytes.
func foldsToSlug(rest []byte, n int, slugs map[string]bool) bool {
	m := n
	for m < len(rest) && m < 256 && (isNameByte(rest[m]) || rest[m] >= 'A' && rest[m] <= 'Z') {
		m++
	}
	end := m
	for end < len(rest) && end < 256 && (rest[end] == '.' || rest[end] == ' ') {
		end++
	}
	if end == n || end > m && end < len(rest) && isNameByte(rest[end]) {
		return false // nothing to fold, or dots and spaces inside the name
	}
	return slugs[site.FoldPath(string(rest[:m]))]
}

// isNameByte reports a byte of a slug or of a name beyond ASCII.
func isNameByte(c byte) bool {
	return isSlugByte(c) || c >= 0x80
}

func isSlugByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
}

// hasEscape reports whether body holds "%" and two hex digits.
func hasEscape(body []byte) bool {
	for i := bytes.IndexByte(body, '%'); i >= 0 && i+2 < len(body); {
		if isHex(body[i+1]) && isHex(body[i+2]) {
			return true
		}
		j := bytes.IndexByte(body[i+1:], '%')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// hasEntity reports whether body holds an HTML entity: "&#", or "&",
// letters or digits and ";".
func hasEntity(body []byte) bool {
	for rest := body; ; {
		i := bytes.IndexByte(rest, '&')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		n := 0
		if len(rest) > 0 && rest[0] == '#' {
			return true // a numeric entity
		}
		for n < len(rest) && n < 32 && (isSlugByte(rest[n]) && rest[n] != '-' || rest[n] >= 'A' && rest[n] <= 'Z') {
			n++
		}
		if n > 0 && n < len(rest) && rest[n] == ';' {
			return true
		}
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// findLinks returns p's links; a body the parser fails on has none here
// (render reports it).
func findLinks(md goldmark.Markdown, p *site.Post) (links []mdlinks.Link) {
	defer func() {
		if recover() != nil {
			links = nil
		}
	}()
	return mdlinks.Find(md, p.Post, p.URL, p.Href)
}

// postPageOf returns "posts/<slug>/" when address, as render writes it
// (resolved against the post's page), leads into a post's folder on this
// site, and "" otherwise. Dot segments and escapes are undone as a
// browser does, and case and trailing dots and spaces as a server on a
// file system that ignores them reads the path (site.FoldPath):
// "../Geheim./" leads to posts/geheim/ there. An http or https address
// without a host ("https:../geheim/"), which a browser resolves against
// the page (page, e.g. "/mentoring/posts/x/") when it has the page's
// scheme, is read so; a host may end in a dot, as names in DNS may.
func postPageOf(address, page, basePath, host string) string {
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	if u.Host != "" && !strings.EqualFold(strings.TrimSuffix(u.Hostname(), "."), host) {
		return ""
	}
	if u.Scheme != "" && u.Host == "" && u.Opaque != "" {
		u = (&url.URL{Path: page}).ResolveReference(&url.URL{Path: u.Opaque})
	}
	p := path.Clean("/" + site.FoldPath(path.Clean("/"+strings.ReplaceAll(u.Path, "\\", "/"))))
	rest, ok := strings.CutPrefix(p+"/", site.FoldPath(basePath))
	if !ok {
		return ""
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) < 3 || parts[0] != "posts" || parts[1] == "" {
		return ""
	}
	return "posts/" + parts[1] + "/"
}

func heldLinkProblem(l mdlinks.Link, from *site.Post, to HeldBack) diag.Problem {
	what := diag.T("link")
	if l.Image {
		what = diag.T("image")
	}
	return diag.Make(l.Pos, diag.Error, "link-to-unpublished",
		diag.T("approve %s first, or remove the link until it is approved", to.Post.Path),
		diag.T("%s %q in the published post %q leads to the post %q (%s), which is not published (%s): it would be a broken link that gives away that post's address",
			what, l.Dest, from.Title, to.Post.Title, to.Post.Path, to.Verdict.State))
}
