package build

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// unit is one loaded post: a Markdown file, or a bundle folder with its
// index.md and files. Beside the post as loaded it keeps what follows
// from that post and the programme alone (and the Compiler's options,
// which do not change): validate's checks of it and the gate's verdict
// on it but for the time, each filled in once, by the stage that needs
// it. Nothing else changes a unit: when its files change it is replaced
// by a new one, and when the programme changes every unit is emptied but
// for its loaded post (see state.recheck), so what it keeps is always
// that of its post and the current programme.
type unit struct {
	// name is the unit's file path, or its bundle's folder.
	name string
	// loaded is the post as loaded; nothing changes it.
	loaded *content.Post
	// checked is a copy of loaded completed by validate.CheckPost (its
	// round from its tandem), or nil before validate saw the unit;
	// problems and page are what CheckPost found.
	checked  *content.Post
	problems diag.List
	page     bool
	// verdict is the gate's verdict on checked, leaving the time out
	// (review.Gate.Assess: digest, approval, signature, history), or the
	// zero Verdict before the gate saw the unit. Besides the post and the
	// programme it depends on Options.Verify, Trust and History, which a
	// Compiler keeps for its life (History.Wait returns the same on
	// every call).
	verdict review.Verdict
}

// check runs validate.CheckPost on a copy of the loaded post, which
// CheckPost completes, so the loaded post stays as loaded for a check
// against another programme; in a preview build (skeletons not nil) it
// adds the skeleton-leftover warnings, which depend on the post and the
// programme's theme alone.
func (u *unit) check(prog *programme.Programme, slugs *content.Slugs, skeletons map[string]content.Skeleton) {
	post := *u.loaded
	u.problems, u.page = validate.CheckPost(prog, &post, slugs)
	u.problems.Add(content.LeftoverProblems(leftovers(skeletons, &post))...)
	u.checked = &post
}

// setUnit makes post the loaded post of the unit name, in place of what
// the unit held, in the order of the posts' paths.
func (s *state) setUnit(name string, post *content.Post) {
	s.dropUnit(name)
	u := &unit{name: name, loaded: post}
	i, _ := slices.BinarySearchFunc(s.order, post.Path, func(u *unit, path string) int { return strings.Compare(u.loaded.Path, path) })
	s.order = slices.Insert(s.order, i, u)
	s.posts[name] = u
}

// dropUnit forgets the unit name, if it is known.
func (s *state) dropUnit(name string) {
	if u, known := s.posts[name]; known {
		i := slices.Index(s.order, u)
		s.order = slices.Delete(s.order, i, i+1)
		delete(s.posts, name)
	}
}

// setUnits replaces every unit by the loaded posts, which content.Load
// returns sorted by path.
func (s *state) setUnits(posts []*content.Post) {
	s.posts = make(map[string]*unit, len(posts))
	s.order = make([]*unit, len(posts))
	for i, p := range posts {
		u := &unit{name: cmp.Or(p.Bundle, p.Path), loaded: p}
		s.posts[u.name], s.order[i] = u, u
	}
}

// recheck empties every unit but its loaded post, after the programme
// changed: every post is checked and judged again.
func (s *state) recheck() {
	for _, u := range s.order {
		*u = unit{name: u.name, loaded: u.loaded}
	}
}
