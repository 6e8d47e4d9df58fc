package build

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// lastModel is the model the last compile made, kept while the programme
// it was made of is loaded (loadProgramme drops it), with what it was
// made of besides the programme: the names of the units in their order,
// their posts and their verdicts' states.
type lastModel struct {
	site   *site.Site
	names  []string
	posts  []*content.Post
	states []review.State
}

// modelOf returns the model of posts, with their units and verdicts, at
// the compiler's time, and keeps it for the next compile. fresh are the
// places of the units that validate checked for the first time: those
// loaded since the last compile. When last, the model the last compile
// made, has units of the same names in the same order, each fresh unit's
// post has the shape its post had there (site.SameShape) and every post
// is shown or not as it was, the model is last with the fresh units'
// posts and the changed verdicts put in place (site.Replace): an edit of
// a post's text, title or summary, or one that only changes its review
// state in a preview, costs that post, not a model of every post.
// Otherwise (a post added, removed or renamed, a date, tag, author,
// round, tandem or kind changed, a post published, scheduled or held
// back in production, the programme loaded again) it is made anew
// (site.New). Both give the same model (TestKeptModelEqualsNew).
func (c *Compiler) modelOf(last *lastModel, prog *programme.Programme, units []*unit, fresh []int, posts []*content.Post, verdicts []review.Verdict) *site.Site {
	if last != nil {
		if changed, ok := last.changes(units, fresh, posts, verdicts, c.opts.Preview); ok {
			for _, i := range changed {
				last.site.Replace(posts[i], verdicts[i])
				last.states[i] = verdicts[i].State
			}
			last.site.At(c.opts.Now)
			last.posts = posts
			c.st.model = last
			return last.site
		}
	}
	s := site.New(prog, posts, verdicts, site.Options{Preview: c.opts.Preview, Now: c.opts.Now, Slugs: &c.st.slugs})
	m := &lastModel{site: s, names: make([]string, len(units)), posts: posts, states: make([]review.State, len(units))}
	for i, u := range units {
		m.names[i], m.states[i] = u.name, verdicts[i].State
	}
	c.st.model = m
	return s
}

// changes returns the places of the posts to put into the model in
// place, the fresh ones and those whose verdict's state changed (by the
// time: a post scheduled or published), and whether they can be (see
// modelOf). fresh is in ascending order.
func (m *lastModel) changes(units []*unit, fresh []int, posts []*content.Post, verdicts []review.Verdict, preview bool) ([]int, bool) {
	if len(units) != len(m.names) {
		return nil, false
	}
	for _, i := range fresh {
		if units[i].name != m.names[i] || !site.SameShape(m.posts[i], posts[i]) {
			return nil, false
		}
	}
	var changed []int
	for i, v := range verdicts {
		isFresh := len(fresh) > 0 && fresh[0] == i
		if isFresh {
			fresh = fresh[1:]
		}
		if v.State == m.states[i] && !isFresh {
			continue
		}
		if site.Shown(v, preview) != site.Shown(review.Verdict{State: m.states[i]}, preview) {
			return nil, false
		}
		changed = append(changed, i)
	}
	return changed, true
}
