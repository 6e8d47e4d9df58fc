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
	"github.com/tandem-mentoring/tandem/internal/workers"
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

// validated is what validate found over all posts at the last run.
type validated struct {
	entries []*checked     // ordered by path
	at      map[string]int // each unit's place in entries
	prog    *programme.Programme
	// pagesClean is set when validate.CheckPages found no two posts
	// writing the same page.
	pagesClean bool
}

// validate runs the validate stage over the loaded state and returns the
// validated posts ordered by path. Later stages and later runs share the
// copies; nothing after validate changes a post. After an update that
// only changed some posts' files, it checks only those (see recheck).
func (c *Compiler) validate() ([]*checked, diag.List) {
	prog := c.st.prog
	if c.st.slugs == nil {
		c.st.slugs = new(content.Slugs)
	}
	if c.st.progChecked != prog {
		c.st.progProblems, c.st.progChecked = validate.CheckProgramme(prog), prog
	}
	v := &c.st.validated
	if !c.recheck() {
		c.checkAll()
	}
	clear(c.st.dirty)
	problems := append(diag.List(nil), c.st.progProblems...)
	pages := make([]*content.Post, 0, len(v.entries))
	for _, e := range v.entries {
		problems = append(problems, e.problems...)
		if e.page {
			pages = append(pages, e.post)
		}
	}
	if !v.pagesClean {
		dups := validate.CheckPages(pages)
		problems.Add(dups...)
		v.pagesClean = len(dups) == 0
	}
	return v.entries, problems
}

// recheck validates again the posts reloaded since the last run, when
// that is all that changed: no post came or went and the programme is
// the same. It reports whether it could. When a rechecked post writes
// another page than before, CheckPages must look again.
func (c *Compiler) recheck() bool {
	v := &c.st.validated
	if v.entries == nil || v.prog != c.st.prog {
		return false
	}
	for unit := range c.st.dirty {
		if _, known := v.at[unit]; !known || c.st.posts[unit] == nil {
			return false // a post came or went
		}
	}
	for unit := range c.st.dirty {
		i := v.at[unit]
		old, e := v.entries[i], c.check(unit)
		v.entries[i], c.st.checked[unit] = e, e
		if old.page != e.page || old.post.Slug != e.post.Slug {
			v.pagesClean = false
		}
	}
	return true
}

// checkAll validates every post, ordered by path, reusing what it can
// (see check).
func (c *Compiler) checkAll() {
	type unitPath struct{ unit, path string }
	byPath := make([]unitPath, 0, len(c.st.posts))
	for unit, p := range c.st.posts {
		byPath = append(byPath, unitPath{unit, p.Path})
	}
	slices.SortFunc(byPath, func(a, b unitPath) int { return strings.Compare(a.path, b.path) })
	units := make([]string, len(byPath))
	for i, u := range byPath {
		units[i] = u.unit
	}
	v := validated{entries: make([]*checked, len(units)), at: make(map[string]int, len(units)), prog: c.st.prog}
	workers.ForEach(len(units), func(i int) { v.entries[i] = c.check(units[i]) })
	for i, unit := range units {
		v.at[unit], c.st.checked[unit] = i, v.entries[i]
	}
	c.st.validated = v
}

// check returns the validated post of unit, validating it only when it or
// the programme changed since it last was. It only reads the compiler's
// state, so checkAll runs it on every core; the caller keeps the result
// in c.st.checked.
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
	return e
}

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
