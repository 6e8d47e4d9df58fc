package check

import (
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// problem describes one bad address at the place it was written: md, or
// a theme template when md is nil.
func (lc *linkChecker) problem(b badRef, md *mdLink) diag.Problem {
	if b.held != nil && md != nil {
		return lc.heldProblem(b, md)
	}
	p := diag.Problem{Severity: diag.Error, Code: "broken-link"}
	if b.ref.image() || (md != nil && md.Image) {
		p.Code = "missing-image"
	} else if b.ref.Tag != "a" && b.ref.Tag != "area" {
		p.Code = "missing-file"
	}
	what := diag.T("link")
	if p.Code == "missing-image" {
		what = diag.T("image")
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
		p.SetMsg(diag.T("%s %q is not a valid address", what, written))
		p.SetHint(diag.T("write a path such as ../other-post/ or a full address starting with https://; write spaces as %%20"))
	case outside:
		p.Severity, p.Code = diag.Warning, "outside-base"
		p.SetMsg(diag.T("%s %q leads to %s, outside the site, which lives below %s", what, written, b.to, lc.res.basePath))
		p.SetHint(diag.T("did you mean %q?", lc.res.basePath+strings.TrimPrefix(b.to, "/")))
	default:
		msg, hint := lc.missing(b, what, written, md)
		p.SetMsg(msg)
		p.SetHint(hint)
	}
	return p
}

// missing says what is wrong with an address that leads to no file, and
// what to do.
func (lc *linkChecker) missing(b badRef, what diag.Text, written string, md *mdLink) (msg, hint diag.Text) {
	full := lc.res.basePath + b.to
	image := what.Format == "image"
	if image {
		msg = diag.T("image %q is missing: the site has no file %s", written, full)
	} else {
		msg = diag.T("%s %q leads to %s, which is not a page or file of the site", what, written, full)
	}
	if lead := skippedPart(written); md != nil && md.Bundle != "" && lead != "" {
		return msg, diag.T("rename %s without the leading %q: a bundle's files and folders whose names start with \".\" or \"_\" are not published", lead, lead[:1])
	}
	if to := lc.postFile(written, md); to != nil {
		return msg, diag.T("link to the post's page, not its file: %q", relPath(strings.TrimSuffix(md.Page, "/"), to.URL))
	}
	if s := lc.suggest(b, written, md); s != "" {
		return msg, diag.T("did you mean %q?", s)
	}
	switch {
	case md == nil:
		hint = diag.T("fix the address in the template, or add the page or file it leads to (files go into content/static/)")
	case image && md.Bundle != "":
		hint = diag.T("put the image into the post's folder %s/, or into content/static/ and write its address from the site root", md.Bundle)
	case image:
		hint = diag.T("turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root")
	default:
		hint = diag.T("another post is at ../SLUG/ from a post (or %sposts/SLUG/); check the slug of the post you mean", lc.res.basePath)
	}
	return msg, hint
}

// postFile returns the post whose Markdown file a link in a post's
// Markdown names (2024-03-05-start.md, ../r2/2024-04-01-x/index.md), the
// link a new author writes to another post, or nil.
func (lc *linkChecker) postFile(written string, md *mdLink) *site.Post {
	file, _, _ := strings.Cut(written, "#")
	if md == nil || md.Image || path.Ext(file) != ".md" || strings.Contains(file, ":") || strings.HasPrefix(file, "/") {
		return nil
	}
	source := path.Join(path.Dir(md.Pos.Path), file)
	for _, p := range lc.site.Posts {
		if p.Path == source {
			return p
		}
	}
	return nil
}

// heldProblem warns, in a preview, about a Markdown link in a published
// post to a post a production build holds back: the build refuses it.
func (lc *linkChecker) heldProblem(b badRef, md *mdLink) diag.Problem {
	what := diag.T("link")
	if md.Image {
		what = diag.T("image")
	}
	title := ""
	if from := lc.postPages()[b.page]; from != nil {
		title = from.Title
	}
	return diag.Make(md.Pos, diag.Warning, "link-to-unpublished",
		diag.T("approve %s, or remove the link until it is; a production build refuses it", b.held.Path),
		diag.T("%s %q in the published post %q leads to the post %q (%s), which is not published (%s): it will be a broken link when published unless %q is approved",
			what, md.Dest, title, b.held.Title, b.held.Path, b.held.Verdict.State, b.held.Title))
}

// unpublishedTarget returns the unpublished post (in a preview) that
// address, written in the Markdown of the published post from, leads to,
// or nil. Links from unpublished posts and into a post's own folder do
// not count.
func (lc *linkChecker) unpublishedTarget(from *site.Post, address string) *site.Post {
	if len(lc.unpublished) == 0 || !from.Verdict.Published() {
		return nil
	}
	page := from.URL + "index.html"
	how, to := lc.res.resolve(page, address)
	if how != inside {
		return nil
	}
	parts := strings.SplitN(path.Clean("/" + to)[1:]+"/", "/", 3)
	if len(parts) < 3 || parts[0] != "posts" {
		return nil
	}
	held := lc.unpublished["posts/"+parts[1]+"/"]
	if held == nil || held == from {
		return nil
	}
	return held
}

// skippedPart returns the first part of a relative address, a file or
// folder of the post's bundle, whose name starts with "." or "_": load
// leaves such files out of a bundle, so a link to one is broken for
// that reason. It returns "" for other addresses.
func skippedPart(written string) string {
	if strings.HasPrefix(written, "/") || strings.Contains(written, ":") {
		return ""
	}
	if i := strings.IndexAny(written, "?#"); i >= 0 {
		written = written[:i]
	}
	for part := range strings.SplitSeq(written, "/") {
		if part != "." && part != ".." && (strings.HasPrefix(part, ".") || strings.HasPrefix(part, "_")) {
			return part
		}
	}
	return ""
}
