package validate

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// Check validates the programme and the posts against each other and
// fills in each post's round from its tandem where the post leaves it
// out. It returns every problem it finds. It is CheckProgramme, CheckPost
// for every post and CheckPages over the posts that write a page.
func Check(p *programme.Programme, posts []*content.Post) diag.List {
	l := CheckProgramme(p)
	pages := make([]*content.Post, 0, len(posts))
	slugs := new(content.Slugs)
	for _, post := range posts {
		probs, page := CheckPost(p, post, slugs)
		l.Add(probs...)
		if page {
			pages = append(pages, post)
		}
	}
	l.Add(CheckPages(pages)...)
	return l
}

// CheckProgramme validates the programme on its own: unique, well-formed
// ids and keys, and known people and rounds in the tandems.
func CheckProgramme(p *programme.Programme) diag.List {
	var l diag.List
	checkProgramme(p, &l)
	return l
}

// CheckPost validates one post against the programme (its round, tandem
// and authors, and that its date lies in its round), its tags and its
// slug. page reports whether the post
// writes a page: it has front matter and a usable slug.
//
// CheckPost changes post: where the post leaves its round out, it sets
// post.Round to its tandem's round. A post so completed is no longer the
// post as written, so a caller that checks a post against another
// programme later checks a fresh copy of the post as loaded.
//
// What it finds and fills in depends on nothing but p and post, so a
// caller may keep both while neither changed. slugs only remembers
// content.Slugify of tag names; it may be shared by many calls.
func CheckPost(p *programme.Programme, post *content.Post, slugs *content.Slugs) (problems diag.List, page bool) {
	if post.Meta == nil {
		return nil, false // the front matter could not be read; already reported
	}
	checkRefs(p, post, &problems)
	checkDate(p, post, &problems)
	checkTags(post, slugs, &problems)
	checkImage(post, &problems)
	return problems, checkSlug(post, &problems)
}

// CheckPages reports posts that would write the same page; posts are the
// ones CheckPost found to write a page, in the order of their paths.
func CheckPages(posts []*content.Post) diag.List {
	return new(Pages).Check(posts)
}

// Pages checks that no two posts write the same page, as CheckPages
// does, and keeps its table of pages from one Check to the next, for a
// caller that checks the pages of the same site after every edit. The
// zero value is ready to use; it is not for use by several goroutines
// at once.
type Pages struct {
	seen map[string]*content.Post // by slug, while Check runs
}

// Check is CheckPages(posts).
func (pg *Pages) Check(posts []*content.Post) diag.List {
	if pg.seen == nil {
		pg.seen = make(map[string]*content.Post, len(posts))
	}
	defer clear(pg.seen) // keep no post beyond the call
	var l diag.List
	for _, post := range posts {
		if other, dup := pg.seen[post.Slug]; dup {
			l.Errorf(post.Pos("slug"), "duplicate-page", diag.T("give one of them another slug: in its front matter (slug: %s-2)", post.Slug),
				"this post and %s would both write /posts/%s/", other.Path, post.Slug)
			continue
		}
		pg.seen[post.Slug] = post
	}
	return l
}

func checkProgramme(p *programme.Programme, l *diag.List) {
	for _, pol := range p.ReviewPolicy {
		if !slices.Contains(content.Kinds(), pol.Kind) {
			l.Errorf(pol.Pos, "unknown-kind", diag.Suggest(pol.Kind, content.Kinds()), "review_policy names the post kind %q, which does not exist", pol.Kind)
		}
	}
	seen := map[string]diag.Pos{}
	for _, r := range p.Rounds {
		if r.ID == "" {
			continue
		}
		if prev, dup := seen[r.ID]; dup {
			l.Errorf(r.Pos, "duplicate-round", diag.T("give each round its own id"), "round %q is defined twice (first at line %d)", r.ID, prev.Line)
		}
		seen[r.ID] = r.Pos
		if tooLong(diag.T("round id"), r.ID, r.Pos, l) {
			continue
		}
		if content.Slugify(r.ID) != r.ID {
			l.Errorf(r.Pos, "bad-id", diag.T("use %q", content.Slugify(r.ID)), "round id %q may only contain a-z, 0-9 and -", r.ID)
		}
	}
	for _, key := range p.PersonKeys() {
		nameTooLong(key, p.People[key], l)
		if tooLong(diag.T("person key"), key, p.People[key].Pos, l) {
			continue
		}
		if content.Slugify(key) != key {
			l.Errorf(p.People[key].Pos, "bad-id", diag.T("use %q", content.Slugify(key)), "person key %q may only contain a-z, 0-9 and -", key)
		}
	}
	for _, r := range p.Reviewers {
		person(p, r, diag.T("reviewer"), l)
	}
	for _, t := range p.Tandems {
		if !tooLong(diag.T("tandem id"), t.ID, t.Pos, l) && content.Slugify(t.ID) != t.ID {
			l.Errorf(t.Pos, "bad-id", diag.T("rename the file to %s.yaml", content.Slugify(t.ID)), "tandem id %q (from the file name) may only contain a-z, 0-9 and -", t.ID)
		}
		round(p, t.Round, l)
		for _, m := range t.Mentors {
			person(p, m, diag.T("mentor"), l)
		}
		if t.Mentee.Key != "" {
			person(p, t.Mentee, diag.T("mentee"), l)
		}
	}
}

func round(p *programme.Programme, r metadata.Ref, l *diag.List) bool {
	if r.Key == "" || p.Unreadable || p.Round(r.Key) != nil {
		return true
	}
	l.Errorf(r.Pos, "unknown-round", unknownHint(r.Key, p.RoundIDs(), "rounds: in programme.yaml"), "round %q is unknown", r.Key)
	return false
}

func person(p *programme.Programme, r metadata.Ref, what diag.Text, l *diag.List) bool {
	if _, ok := p.People[r.Key]; ok || p.Unreadable {
		return true
	}
	l.Errorf(r.Pos, "unknown-person", unknownHint(r.Key, p.PersonKeys(), "people: in programme.yaml"), "%s %q is unknown", what, r.Key)
	return false
}

// unknownHint suggests the closest known key, or lists the known ones, and
// says where new ones are added.
func unknownHint(key string, known []string, where string) diag.Text {
	if len(known) == 0 {
		return diag.T("none are defined yet; add it under %s", where)
	}
	if c := diag.Closest(key, known); c != "" {
		return diag.T("did you mean %q? (%s)", c, diag.Known(known))
	}
	return diag.T("%s; add new ones under %s", diag.Known(known), where)
}

func checkRefs(p *programme.Programme, post *content.Post, l *diag.List) {
	if post.Tandem.Key != "" {
		t := p.Tandem(post.Tandem.Key)
		if t == nil {
			l.Errorf(post.Tandem.Pos, "unknown-tandem", unknownHint(post.Tandem.Key, p.TandemIDs(), "content/tandems/"), "tandem %q is unknown", post.Tandem.Key)
		} else if post.Round.Key == "" {
			post.Round = metadata.Ref{Key: t.Round.Key, Pos: post.Tandem.Pos}
		} else if post.Round.Key != t.Round.Key {
			l.Errorf(post.Round.Pos, "round-mismatch", diag.T("write round: %s, or leave round out (it follows from the tandem)", t.Round.Key),
				"round %q does not match tandem %q, which belongs to round %q", post.Round.Key, t.ID, t.Round.Key)
		}
	}
	if post.Round.Key == "" && post.Tandem.Key == "" {
		l.Errorf(post.Pos("round"), "missing-field", diag.T("add \"round: <id>\" or \"tandem: <id>\" to the front matter"), "the post belongs to no round")
	} else if post.Round.Key != "" {
		round(p, post.Round, l)
	}
	for _, a := range post.Authors {
		person(p, a, diag.T("author"), l)
	}
	for _, a := range post.Pictured {
		person(p, a, diag.T("pictured person"), l)
	}
}

// ArchivePages is the folder below /posts/ that holds the later pages of
// the post archive; no post may take it as its slug.
const ArchivePages = "page"

// checkSlug reports a slug that is not a clean URL segment. A slug with
// "/" or ".." would leave /posts/; the error says so.
func checkSlug(post *content.Post, l *diag.List) bool {
	s := post.Slug
	clean := content.Slugify(s)
	switch {
	case s == "":
		l.Errorf(post.Pos("slug"), "bad-slug", diag.T("add a slug: made of a-z, 0-9 and - to the front matter"), "the post's name gives an empty slug")
	case strings.Contains(s, "..") || strings.ContainsAny(s, "/\\"):
		l.Errorf(post.Pos("slug"), "unsafe-slug", diag.T("use a plain name such as %q", clean), "slug %q would write outside /posts/", s)
	case tooLong(diag.T("slug"), s, post.Pos("slug"), l):
	case clean != s:
		l.Errorf(post.Pos("slug"), "bad-slug", diag.T("use %q", clean), "slug %q may only contain a-z, 0-9 and -", s)
	case s == ArchivePages:
		l.Errorf(post.Pos("slug"), "reserved-slug", diag.T("give the post another slug in its front matter, such as %s-1", s),
			"the slug %q is taken by the pages of the post archive (/posts/page/2/)", s)
	default:
		return true
	}
	return false
}

// checkTags reports tags that give no address or one too long for a
// folder name. It reads the tags as written, since post.Tags has repeats
// removed and so other indexes.
func checkTags(post *content.Post, slugs *content.Slugs, l *diag.List) {
	bad := func(tag string) bool { a := slugs.Of(tag); return a == "" || len(a) > MaxNameBytes }
	if !slices.ContainsFunc(post.Tags, bad) {
		return // the common case: no need to read the positions
	}
	written := post.Meta.Strings("tags")
	reported := make(map[string]bool)
	for i, tag := range written {
		if !bad(tag) || reported[tag] {
			continue
		}
		reported[tag] = true
		if addr := slugs.Of(tag); addr == "" {
			l.Errorf(post.Meta.StringPos("tags", i), "bad-tag", diag.T("use letters or digits in tag names"), "tag %q gives an empty address", tag)
		} else {
			tooLong(diag.T("the address of tag"), addr, post.Meta.StringPos("tags", i), l)
		}
	}
}
