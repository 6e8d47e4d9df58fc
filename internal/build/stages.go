package build

import (
	"github.com/tandem-mentoring/tandem/internal/changes"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// validate runs the validate stage over every loaded unit and returns
// the units and their validated posts, ordered by path. It checks the
// units not checked yet (see unit), one worker per core, and then what
// spans the posts (validate.CheckPages) over all of them. The programme
// was checked on its own when it was loaded (see loadProgramme).
func (c *Compiler) validate() ([]*unit, []int, []*content.Post, diag.List) {
	prog := c.st.prog
	units := c.st.order
	var todo []*unit
	var fresh []int
	for i, u := range units {
		if u.checked == nil {
			todo, fresh = append(todo, u), append(fresh, i)
		}
	}
	workers.ForEach(len(todo), func(i int) { todo[i].check(prog, &c.st.slugs, c.st.skeletons) })
	problems := slices.Clone(c.st.progChecks)
	posts := make([]*content.Post, len(units))
	pages := make([]*content.Post, 0, len(units))
	for i, u := range units {
		posts[i] = u.checked
		problems = append(problems, u.problems...)
		if u.page {
			pages = append(pages, u.checked)
		}
	}
	problems.Add(c.st.pages.Check(pages)...)
	return units, fresh, posts, problems
}

// gate runs the review gate over the validated units and their posts,
// as validate returns them, with the history past (nil: none), and
// returns their verdicts at now, adding a warning for each approval that
// does not count. It assesses the units not assessed yet (see unit), one
// worker per core: that is where digests are computed and signatures
// verified.
func (c *Compiler) gate(prog *programme.Programme, units []*unit, posts []*content.Post, past *history.History, problems *diag.List) []review.Verdict {
	gate := review.Gate{Programme: prog, Now: c.opts.Now, Verify: c.opts.Verify, Trust: c.opts.Trust, History: past}
	var todo []int
	for i, u := range units {
		if u.verdict.State == "" {
			todo = append(todo, i)
		}
	}
	workers.ForEach(len(todo), func(n int) {
		i := todo[n]
		units[i].verdict = gate.Assess(posts[i], review.Digest(posts[i]))
	})
	verdicts := make([]review.Verdict, len(units))
	for i, p := range posts {
		verdicts[i] = units[i].verdict.At(c.opts.Now, p)
		if w, ok := verdicts[i].Problem(p); ok {
			problems.Add(w)
		}
	}
	problems.Add(c.opts.Trust.TrustProblems(prog, posts, verdicts)...)
	return verdicts
}

// changesOf asks Options.Changes, in a preview, what changed in the
// stale posts since their approval.
func (c *Compiler) changesOf(prog *programme.Programme, posts []*content.Post, verdicts []review.Verdict) map[string]changes.Shown {
	if !c.opts.Preview || c.opts.Changes == nil {
		return nil
	}
	var stale []*content.Post
	for i, p := range posts {
		if verdicts[i].State == review.Stale {
			stale = append(stale, p)
		}
	}
	return c.opts.Changes(prog, stale)
}
