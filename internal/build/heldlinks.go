package build

import (
	"bytes"
	"fmt"
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
// could hold such a link (it says "posts", ".." or "%") are parsed.
func heldLinks(s *site.Site, held []HeldBack) diag.List {
	if len(held) == 0 {
		return nil
	}
	byPage := make(map[string]HeldBack, len(held)) // "posts/<slug>/"
	for _, h := range held {
		byPage["posts/"+h.Post.Slug+"/"] = h
	}
	host := ""
	if u, err := url.Parse(s.Programme.BaseURL); err == nil {
		host = u.Hostname()
	}
	md := mdlinks.NewMarkdown()
	found := make([]diag.List, len(s.Posts))
	workers.ForEach(len(s.Posts), func(i int) {
		p := s.Posts[i]
		if !mayLinkToPost(p.Body) {
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

// mayLinkToPost reports whether a body may hold a link to another post:
// one written from the site root or as a full address names "posts",
// a relative one climbs out of the post's folder with "..", and "%"
// may spell either.
func mayLinkToPost(body []byte) bool {
	return bytes.Contains(body, []byte("posts")) || bytes.Contains(body, []byte("..")) || bytes.IndexByte(body, '%') >= 0
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
	what := "link"
	if l.Image {
		what = "image"
	}
	return diag.Problem{Pos: l.Pos, Severity: diag.Error, Code: "link-to-unpublished",
		Msg: fmt.Sprintf("%s %q in the published post %q leads to the post %q (%s), which is not published (%s): it would be a broken link that gives away that post's address",
			what, l.Dest, from.Title, to.Post.Title, to.Post.Path, to.Verdict.State),
		Hint: "approve " + to.Post.Path + " first, or remove the link until it is approved"}
}
