package build

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// maxReplaced is how many posts an update may replace in the last model
// instead of building a new one.
const maxReplaced = 16

// lastModel is the model of the last compile and what it was made from.
type lastModel struct {
	site     *site.Site
	prog     *programme.Programme
	posts    []*content.Post
	verdicts []review.Verdict
}

// buildModel returns the model of the validated posts (ordered by path) with
// their verdicts. When the last model was made from the same programme
// and the same posts but a few edited ones that keep their place in it,
// it replaces those in it (site.Site.Replace) instead of building the
// whole model again; the result is the same.
func (c *Compiler) buildModel(prog *programme.Programme, posts []*content.Post, verdicts []review.Verdict) *site.Site {
	m := &c.st.model
	if m.site != nil && m.prog == prog && c.replaceEdited(posts, verdicts) {
		m.posts, m.verdicts = posts, verdicts
		return m.site
	}
	s := site.New(prog, posts, verdicts, site.Options{Preview: c.opts.Preview, Now: c.opts.Now, Slugs: c.st.slugs})
	*m = lastModel{site: s, prog: prog, posts: posts, verdicts: verdicts}
	return s
}

// replaceEdited replaces the posts that differ from the last model's in
// it, and reports whether it could; when it could not, the last model is
// of no more use.
func (c *Compiler) replaceEdited(posts []*content.Post, verdicts []review.Verdict) bool {
	m := &c.st.model
	if len(posts) != len(m.posts) {
		return false
	}
	var edited []int
	for i := range posts {
		if posts[i] != m.posts[i] || verdicts[i] != m.verdicts[i] {
			if len(edited) == maxReplaced {
				return false
			}
			edited = append(edited, i)
		}
	}
	for _, i := range edited {
		if !m.site.Replace(m.posts[i], posts[i], verdicts[i]) {
			m.site = nil // some posts may be replaced already
			return false
		}
	}
	return true
}
