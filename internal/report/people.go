package report

import (
	"slices"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// people counts the round's mentors, mentees, departments and pairs, and
// finds the people who took part in an earlier round.
func (out *Round) people(s *site.Site) {
	mentors, mentees, depts := map[string]bool{}, map[string]bool{}, map[string]bool{}
	here := map[string]*site.Person{}
	for _, t := range out.Round.Tandems {
		for _, m := range t.Mentors {
			mentors[m.Key], here[m.Key] = true, m
			if m.Department != "" {
				depts[m.Department] = true
			}
			if t.Mentee != nil && m.Department != "" && t.Mentee.Department != "" {
				out.Pairs++
				if m.Department != t.Mentee.Department {
					out.CrossPairs++
				}
			}
		}
		if m := t.Mentee; m != nil {
			mentees[m.Key], here[m.Key] = true, m
			if m.Department != "" {
				depts[m.Department] = true
			}
		}
	}
	out.Mentors, out.Mentees, out.Departments = len(mentors), len(mentees), sortedKeys(depts)
	earlier := earlierPeople(s, out.Round)
	for _, key := range sortedKeys(keysOf(here)) {
		if earlier[key] {
			out.Returning = append(out.Returning, here[key].Name)
		}
	}
	slices.Sort(out.Returning)
}

// earlierPeople are the keys of everyone in a tandem of a round that
// started before r.
func earlierPeople(s *site.Site, r *site.Round) map[string]bool {
	seen := map[string]bool{}
	for _, t := range s.Tandems {
		if t.Round == nil || !t.Round.Start.Before(r.Start) {
			continue
		}
		for _, m := range t.Mentors {
			seen[m.Key] = true
		}
		if t.Mentee != nil {
			seen[t.Mentee.Key] = true
		}
	}
	return seen
}

func keysOf(m map[string]*site.Person) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
