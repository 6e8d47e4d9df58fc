package programme

import (
	"slices"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// AnyReviewer is the need any reviewer meets.
const AnyReviewer = "any"

// Policy is what approvals a post kind needs (review_policy in
// programme.yaml): one approval per need, each by a different reviewer.
// A need is AnyReviewer, a reviewer's key, or a role (people's role:)
// that the approving reviewer has.
type Policy struct {
	Kind  string
	Needs []Ref
	Pos   diag.Pos
}

// PolicyFor returns the needs of kind: review_policy's entry for it, or
// one approval by any reviewer, as without a policy.
func (p *Programme) PolicyFor(kind string) []Ref {
	for _, pol := range p.ReviewPolicy {
		if pol.Kind == kind {
			return pol.Needs
		}
	}
	return []Ref{{Key: AnyReviewer}}
}

// Meets reports whether the reviewer by meets need.
func (p *Programme) Meets(by string, need string) bool {
	switch need {
	case AnyReviewer, by:
		return true
	}
	person, ok := p.People[by]
	// a need naming a reviewer is met by that reviewer only, never by a
	// role of that name
	return ok && person.Role == need && !p.IsReviewer(need)
}

// decodePolicy reads review_policy: kind -> list of needs.
func decodePolicy(p *Programme, m *metadata.Map, l *diag.List) {
	pm := m.Sub("review_policy", l)
	if pm == nil {
		return
	}
	for _, kind := range pm.Keys() {
		needs := pm.Refs(kind, l)
		if len(needs) == 0 {
			l.Errorf(pm.Pos(kind), "empty-policy", diag.T("list at least one need, e.g. %s: [any]", kind),
				"review_policy for %q needs no approval at all", kind)
			continue
		}
		p.ReviewPolicy = append(p.ReviewPolicy, Policy{Kind: kind, Needs: needs, Pos: pm.KeyPos(kind)})
	}
}

// checkPolicy reports needs no reviewer can meet.
func checkPolicy(p *Programme, l *diag.List) {
	for _, pol := range p.ReviewPolicy {
		for _, need := range pol.Needs {
			if !slices.ContainsFunc(p.Reviewers, func(r Ref) bool { return p.Meets(r.Key, need.Key) }) {
				l.Errorf(need.Pos, "unmet-policy", diag.T("name %s, a reviewer's key, or a role (role:) of someone listed under reviewers", AnyReviewer),
					"review_policy for %q needs %q, but no reviewer is or has that role", pol.Kind, need.Key)
			}
		}
	}
}
