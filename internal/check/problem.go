package check

import (
	"fmt"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// problem describes one bad address at the place it was written: md, or
// a theme template when md is nil.
func (lc *linkChecker) problem(b badRef, md *mdLink) diag.Problem {
	p := diag.Problem{Severity: diag.Error, Code: "broken-link"}
	if b.ref.image() || (md != nil && md.Image) {
		p.Code = "missing-image"
	} else if b.ref.Tag != "a" && b.ref.Tag != "area" {
		p.Code = "missing-file"
	}
	what := "link"
	if p.Code == "missing-image" {
		what = "image"
	}
	written := b.ref.Value
	if md != nil {
		p.Pos, written = md.Pos, md.Dest
	} else {
		p.Pos = lc.templatePos(b.page, b.ref.Value)
	}
	switch b.how {
	case invalid:
		p.Code = "bad-link"
		p.Msg = fmt.Sprintf("%s %q is not a valid address", what, written)
		p.Hint = "write a path such as ../other-post/ or a full address starting with https://; write spaces as %20"
	case outside:
		p.Severity, p.Code = diag.Warning, "outside-base"
		p.Msg = fmt.Sprintf("%s %q leads to %s, outside the site, which lives below %s", what, written, b.to, lc.res.basePath)
		p.Hint = fmt.Sprintf("did you mean %q?", lc.res.basePath+strings.TrimPrefix(b.to, "/"))
	default:
		p.Msg, p.Hint = lc.missing(b, what, written, md)
	}
	return p
}

// missing says what is wrong with an address that leads to no file, and
// what to do.
func (lc *linkChecker) missing(b badRef, what, written string, md *mdLink) (msg, hint string) {
	full := lc.res.basePath + b.to
	if held, ok := lc.hidden[pageDir(b.to)]; ok {
		return fmt.Sprintf("%s %q leads to the post %q, which is not published (%s)", what, written, held.Post.Title, held.Verdict.State),
			"link to it once it is approved, or check the preview with tandem check --preview"
	}
	if what == "image" {
		msg = fmt.Sprintf("image %q is missing: the site has no file %s", written, full)
	} else {
		msg = fmt.Sprintf("%s %q leads to %s, which is not a page or file of the site", what, written, full)
	}
	if s := lc.suggest(b, written, md); s != "" {
		return msg, fmt.Sprintf("did you mean %q?", s)
	}
	switch {
	case md == nil:
		hint = "fix the address in the template, or add the page or file it leads to (files go into content/static/)"
	case what == "image" && md.Bundle != "":
		hint = fmt.Sprintf("put the image into the post's folder %s/, or into content/static/ and write its address from the site root", md.Bundle)
	case what == "image":
		hint = "turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root"
	default:
		hint = fmt.Sprintf("another post is at ../SLUG/ from a post (or %sposts/SLUG/); check the slug of the post you mean", lc.res.basePath)
	}
	return msg, hint
}

// pageDir turns "posts/x/index.html" and "posts/x" into "posts/x/".
func pageDir(to string) string {
	to = strings.TrimSuffix(to, "index.html")
	if !strings.HasSuffix(to, "/") {
		to += "/"
	}
	return to
}
