package check

import (
	"iter"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// scheduledLinks checks the links and images written in the Markdown of
// the approved posts a production build holds back until their date
// (review.Scheduled). Once the date has come, a later build publishes
// such a post as it is, so a broken link in it would reach readers
// without any check having seen it. Each is checked on the page it will
// have, against what will be published at its date: the files of the
// site today and the pages and bundle files of the scheduled posts dated
// no later; a link that leads to none of those is looked up in the site
// outlined as it will be then (build.Outlined.At: the pages of their
// tags and authors, the later pages of the lists they lengthen). A link
// to a post held back for another reason, or scheduled later, leads to
// an unpublished post: an error, as the build of that day refuses it.
// The findings are today's link findings, with "scheduled-" before their
// code and the date in their message.
func (lc *linkChecker) scheduledLinks(held []build.HeldBack, opts Options) diag.List {
	var due []build.HeldBack
	for _, h := range held {
		if h.Verdict.State == review.Scheduled {
			due = append(due, h)
		}
	}
	slices.SortStableFunc(due, func(a, b build.HeldBack) int { return a.Post.Date.Compare(b.Post.Date) })
	parse := newParsers()
	all := files{} // every held-back post's files, as a preview has them
	for _, h := range held {
		addPostFiles(all, h.Post)
	}
	then := files{}
	next := 0
	var at func(time.Time, string) bool
	if len(due) > 0 {
		at = hasAt(func(when time.Time) files { return outlineFiles(lc.out.At(when)) }, due[len(due)-1].Post.Date)
	}
	var problems diag.List
	for _, h := range due {
		if opts.ctx().Err() != nil {
			return nil
		}
		for ; next < len(due) && !due[next].Post.Date.After(h.Post.Date); next++ {
			addPostFiles(then, due[next].Post)
		}
		problems.Add(lc.scheduledPost(parse, h, held, moreFiles{moreFiles{lc.files, all}, then}, then, at)...)
	}
	return problems
}

// hasAt returns whether the site will have a file at a time, as
// outline (build.Outlined.At) outlines it then, where end is the latest
// time asked for. A site only grows as scheduled posts are published, so
// a file it does not have at end it has at no earlier time: the site at
// end is outlined once, and the site at an earlier time only for a file
// it has at end. Then it is outlined again only when the time is not the
// last one asked for: the scheduled posts are checked in the order of
// their dates. So many scheduled posts on distinct dates with links that
// lead nowhere cost one outline, not one each (TestScheduledOutlines).
func hasAt(outline func(time.Time) files, end time.Time) func(time.Time, string) bool {
	var final, f files
	var last time.Time
	return func(when time.Time, rel string) bool {
		if final == nil {
			final = outline(end)
		}
		switch {
		case !final.has(rel):
			return false
		case !when.Before(end):
			return true
		case f == nil || !when.Equal(last):
			last, f = when, outline(when)
		}
		return f.has(rel)
	}
}

// scheduledPost checks the Markdown links of the scheduled post h as
// lc checks a published post's in a preview: against f, the site's files,
// those of the held-back posts and then (the pages and files published
// by h's date), where a link to a held-back post whose page is not in
// then leads to an unpublished post; a link that leads nowhere in f is
// broken only when the site at h's date (at) has no file there either.
func (lc *linkChecker) scheduledPost(parse parsers, h build.HeldBack, held []build.HeldBack, f fileSet, then files, at func(time.Time, string) bool) diag.List {
	url := site.PostsRoot + h.Post.Slug + "/"
	p := &site.Post{Post: h.Post, Verdict: h.Verdict, URL: url, Href: lc.res.basePath + url}
	p.Verdict.State = review.Published // as it will be at its date
	sc := newChecker(lc.site, f)
	sc.siteFS, sc.bodies = lc.siteFS, lc.bodies
	sc.postPages = func() map[string]*site.Post { return map[string]*site.Post{url + site.IndexPage: p} }
	for _, o := range held {
		if page := site.PostsRoot + o.Post.Slug + "/"; !then[page+site.IndexPage] {
			sc.unpublished[page] = &site.Post{Post: o.Post, Verdict: o.Verdict, URL: page}
		}
	}
	_, bad, failed, changed := sc.postLinks(parse, p)
	var problems diag.List
	if failed {
		problems.Errorf(diag.Pos{Path: p.Path, Line: p.BodyLine, Col: 1}, "markdown", diag.T("simplify the Markdown (very deep nesting?)"), "cannot convert the Markdown: the Markdown converter failed")
	}
	if changed {
		problems.Add(changedProblem(p))
	}
	var broken []badRef
	for _, b := range bad {
		switch {
		case b.held != nil && b.md != nil:
			problems.Add(scheduledHeldProblem(b, h.Post))
		case b.how == inside && at(h.Post.Date, b.to):
			// a page the site has once h is published
		default:
			broken = append(broken, b)
		}
	}
	for _, f := range sc.report(broken) {
		problems.Add(scheduledProblem(f, h.Post))
	}
	return problems
}

// scheduledHeldProblem is the error for a link in the scheduled post p
// to a post that is not published at p's date: the build of that day
// refuses it.
func scheduledHeldProblem(b badRef, p *content.Post) diag.Problem {
	what := diag.T("link")
	if b.md.Image {
		what = diag.T("image")
	}
	hint := diag.T("approve %s, or remove the link until it is; the build on that day refuses it", b.held.Path)
	if b.held.Verdict.State == review.Scheduled {
		hint = diag.T("date %s no later than %s, or remove the link until that post is published", b.held.Path, content.ShownDay(p.Date))
	}
	return diag.Make(b.md.Pos, diag.Error, "scheduled-link-to-unpublished", hint,
		diag.T("%s %q in the post %q, scheduled for %s, leads to the post %q (%s), which will not be published then (%s)",
			what, b.md.Dest, p.Title, content.ShownDay(p.Date), b.held.Title, b.held.Path, b.held.Verdict.State))
}

// scheduledProblem is a link finding in the scheduled post p: its code
// has "scheduled-" in front, and its message says when p is published.
func scheduledProblem(f diag.Problem, p *content.Post) diag.Problem {
	f.Code = "scheduled-" + f.Code
	f.SetMsg(diag.T("%s (in a post scheduled for %s, which is published then as it is)", f.MsgText, content.ShownDay(p.Date)))
	return f
}

// addPostFiles adds the page and bundle files of p, as a production
// build will publish them, to f.
func addPostFiles(f files, p *content.Post) {
	dir := site.PostsRoot + p.Slug + "/"
	f[dir+site.IndexPage] = true
	for _, file := range p.Files {
		f[dir+file.Name] = true
	}
}

// moreFiles is a fileSet with more files.
type moreFiles struct {
	fileSet
	more files
}

func (m moreFiles) has(rel string) bool { return m.more.has(rel) || m.fileSet.has(rel) }

func (m moreFiles) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for name := range m.more.all() {
			if !yield(name) {
				return
			}
		}
		for name := range m.fileSet.all() {
			if !yield(name) {
				return
			}
		}
	}
}
