package build

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// checked is a loaded post after validate: the copy validate filled in
// and what it found, and the review gate's verdict. It stays valid while
// neither the post nor the programme changed, so an update validates only
// the posts it reloaded (or all of them after the programme changed).
type checked struct {
	src      *content.Post // as loaded
	prog     *programme.Programme
	post     *content.Post // validate fills in fields: its own copy
	problems diag.List
	page     bool // the post writes a page
	// verdict is the gate's, for a programme with gateKey judgedFor.
	verdict   review.Verdict
	judgedFor string
}

// validate runs the validate stage over the loaded state and returns the
// validated posts ordered by path. Later stages and later runs share the
// copies; nothing after validate changes a post.
func (c *Compiler) validate() ([]*checked, diag.List) {
	prog := c.st.prog
	if c.st.slugs == nil {
		c.st.slugs = make(content.Slugs)
	}
	if c.st.progChecked != prog {
		c.st.progProblems, c.st.progChecked = validate.CheckProgramme(prog), prog
	}
	problems := append(diag.List(nil), c.st.progProblems...)
	units := c.sortedUnits()
	entries := make([]*checked, len(units))
	pages := make([]*content.Post, 0, len(units))
	for i, unit := range units {
		e := c.check(unit)
		entries[i] = e
		problems = append(problems, e.problems...)
		if e.page {
			pages = append(pages, e.post)
		}
	}
	problems.Add(validate.CheckPages(pages)...)
	return entries, problems
}

// check returns the validated post of unit, validating it only when it or
// the programme changed since it last was.
func (c *Compiler) check(unit string) *checked {
	src := c.st.posts[unit]
	old := c.st.checked[unit]
	if old != nil && old.src == src && old.prog == c.st.prog {
		return old
	}
	cp := *src
	probs, page := validate.CheckPost(c.st.prog, &cp, c.st.slugs)
	e := &checked{src: src, prog: c.st.prog, post: &cp, problems: probs, page: page}
	if old != nil && old.src == src {
		// Only the programme changed: the gate may not need to look again.
		e.verdict, e.judgedFor = old.verdict, old.judgedFor
	}
	c.st.checked[unit] = e
	return e
}

// sortedUnits returns the loaded units ordered by their post's path. The
// order is kept between runs and made again only when posts came or went.
func (c *Compiler) sortedUnits() []string {
	if len(c.st.order) == len(c.st.posts) && !slices.ContainsFunc(c.st.order, c.gone) {
		return c.st.order
	}
	order := make([]string, 0, len(c.st.posts))
	for unit := range c.st.posts {
		order = append(order, unit)
	}
	slices.SortFunc(order, func(a, b string) int { return strings.Compare(c.st.posts[a].Path, c.st.posts[b].Path) })
	c.st.order = order
	return order
}

func (c *Compiler) gone(unit string) bool { return c.st.posts[unit] == nil }

// gateKey is a fingerprint of what the review gate reads of the
// programme: the reviewers, the people (with their signing keys) and
// whether approvals must be signed. Tandem files are not part of it, so
// editing one keeps every verdict.
func (c *Compiler) gateKey(prog *programme.Programme) string {
	if c.st.gateFor != prog {
		c.st.gateFor = prog
		sum := sha256.Sum256(fmt.Appendf(nil, "%#v|%#v|%t", prog.Reviewers, prog.People, prog.RequireSignedApprovals))
		c.st.gateKey = string(sum[:]) // short: every post's verdict is checked against it
	}
	return c.st.gateKey
}
