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
			if h, ok := byPage[postPageOf(l.Address, s.BasePath, host)]; ok && !l.InAlt {
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
// post in slugs, without parsing it: a slug of them right after some
// "../" or "posts/" (how a link to another post is written, relative or
// from the root), or a percent escape or an HTML entity, which may
// spell either ("&period;&period;/" reads as "../" in a destination).
// Parsing a body costs as much as converting it; few bodies pass. Both
// separators end in "/", which prose seldom holds: the body is searched
// for that one byte, which is as fast as reading it.
func mayLinkTo(body []byte, slugs map[string]bool) bool {
	for i := bytes.IndexByte(body, '/'); i >= 0; {
		before, rest := body[:i], body[i+1:]
		if bytes.HasSuffix(before, []byte("..")) || bytes.HasSuffix(before, []byte("posts")) {
			n := 0
			for n < len(rest) && isSlugByte(rest[n]) {
				n++
			}
			if slugs[string(rest[:n])] {
				return true
			}
		}
		j := bytes.IndexByte(rest, '/')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return hasEscape(body) || hasEntity(body)
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
// browser does.
func postPageOf(address, basePath, host string) string {
	u, err := url.Parse(address)
	if err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	if u.Host != "" && !strings.EqualFold(u.Hostname(), host) {
		return ""
	}
	p := path.Clean("/" + strings.ReplaceAll(u.Path, "\\", "/"))
	rest, ok := strings.CutPrefix(p+"/", basePath)
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
