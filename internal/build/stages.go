package build

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// validate runs the validate stage over every loaded post and returns
// the validated posts ordered by path. validate fills in fields of a
// post, so it works on copies: the loaded posts stay as loaded for the
// next run.
func (c *Compiler) validate() ([]*content.Post, diag.List) {
	prog := c.st.prog
	posts := make([]*content.Post, 0, len(c.st.posts))
	for _, p := range c.st.posts {
		cp := *p
		posts = append(posts, &cp)
	}
	slices.SortFunc(posts, func(a, b *content.Post) int { return strings.Compare(a.Path, b.Path) })
	found := make([]diag.List, len(posts))
	page := make([]bool, len(posts))
	workers.ForEach(len(posts), func(i int) { found[i], page[i] = validate.CheckPost(prog, posts[i], &c.st.slugs) })
	problems := validate.CheckProgramme(prog)
	pages := make([]*content.Post, 0, len(posts))
	for i, p := range posts {
		problems = append(problems, found[i]...)
		if page[i] {
			pages = append(pages, p)
		}
	}
	problems.Add(validate.CheckPages(pages)...)
	return posts, problems
}

// gate runs the review gate over the validated posts with the history
// past (nil: none), one worker per core, and returns their verdicts, adding a warning for each approval
// that does not count.
func (c *Compiler) gate(prog *programme.Programme, posts []*content.Post, past *history.History, problems *diag.List) []review.Verdict {
	gate := review.Gate{Programme: prog, Now: c.opts.Now, Verify: c.opts.Verify, Trust: c.opts.Trust, History: past, Digests: &c.st.digests}
	verdicts := make([]review.Verdict, len(posts))
	workers.ForEach(len(posts), func(i int) { verdicts[i] = gate.Judge(posts[i]) })
	c.st.digests.Next()
	for i, p := range posts {
		if w, ok := verdicts[i].Problem(p); ok {
			problems.Add(w)
		}
	}
	problems.Add(c.opts.Trust.TrustProblems(prog, posts, verdicts)...)
	return verdicts
}
