package check

import (
	"cmp"
	"iter"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// maxSuggestions bounds the "did you mean" searches of one check, so a
// site with thousands of broken links still checks quickly.
const maxSuggestions = 200

// maxSuggestWork bounds the work of all the searches of one check
// together, in cells of edit-distance tables (a few hundredths of a
// second): 200 broken links of 5,000 characters on a site of 3,000 posts
// once took five minutes.
const maxSuggestWork = 20_000_000

// suggest returns the address the author probably meant, written the way
// they wrote theirs (relative, from the site root or in full), or "". It
// looks for a page or file in the same folder whose name differs by a
// typo or in case only.
func (lc *linkChecker) suggest(b badRef, written string, md *mdLink) string {
	if lc.hints >= maxSuggestions || lc.work >= maxSuggestWork {
		return ""
	}
	lc.hints++
	if lc.near == nil {
		lc.near = nearbyFiles(lc.files.all())
	}
	isPage := b.to == "" || strings.HasSuffix(b.to, "/") || path.Ext(b.to) == ""
	dir, name := path.Split(strings.TrimSuffix(b.to, "/"))
	best := lc.closest(lc.near[folder{dir, isPage}], name)
	if best == "" {
		return ""
	}
	if isPage {
		best += "/"
	}
	switch {
	case strings.Contains(written, "://"):
		return lc.res.base.Scheme + "://" + lc.res.base.Host + lc.res.basePath + best
	case strings.HasPrefix(written, "/"):
		return lc.res.basePath + best
	case md != nil:
		return relPath(strings.TrimSuffix(md.Page, "/"), best) // relative to the post's own page
	}
	return relPath(path.Dir(b.page), best)
}

// typoLimit is how many edits away from name another name is likely
// meant to be it: two edits (a swapped pair of letters), or one in four.
func typoLimit(name string) int {
	if len(name) > 3 {
		return max(2, len(name)/4)
	}
	return 0
}

// relPath returns the relative address of to (a path below the base
// path) from a page in folder dir.
func relPath(dir, to string) string {
	from := strings.Split(strings.Trim(dir, "/."), "/")
	if from[0] == "" {
		from = nil
	}
	target := strings.Split(to, "/")
	i := 0
	for i < len(from) && i < len(target)-1 && from[i] == target[i] {
		i++
	}
	return strings.Repeat("../", len(from)-i) + strings.Join(target[i:], "/")
}

// folder is a folder of the site and whether a link there is to a page
// ("posts/x/") or to a file ("posts/x/photo.jpg").
type folder struct {
	dir  string
	page bool
}

// candidate is a page or file a suggestion may name.
type candidate struct {
	path  string // below the base path; a page without "/index.html"
	name  string // the last element of path
	runes int    // the length of name in characters
}

// nearbyFiles sorts the site's pages and files into folders, each list
// ordered by the length of its names (then by path), so a search looks
// only at names of about the length of the one it looks for.
func nearbyFiles(paths iter.Seq[string]) map[folder][]candidate {
	near := map[folder][]candidate{}
	for p := range paths {
		c, page := p, false
		if strings.HasSuffix(p, "index.html") {
			if c, page = strings.CutSuffix(p, "/index.html"); !page {
				continue // the site's own index.html: no name to suggest
			}
		}
		dir, name := path.Split(c)
		k := folder{dir, page}
		near[k] = append(near[k], candidate{path: c, name: name, runes: utf8.RuneCountInString(name)})
	}
	for _, list := range near {
		slices.SortFunc(list, func(a, b candidate) int {
			return cmp.Or(cmp.Compare(a.runes, b.runes), strings.Compare(a.path, b.path))
		})
	}
	return near
}

// closest returns the path of the candidate whose name is a likely typo of
// name, the nearest first, then the first by path; or "". It compares
// names of name's length first, then one character longer or shorter, and
// so on: a typo seldom changes the length, and once a name d edits away is
// found, only names at most d characters longer or shorter can be as near.
// It stops when the check's work is used up.
func (lc *linkChecker) closest(list []candidate, name string) string {
	if len(list) == 0 {
		return ""
	}
	runes := utf8.RuneCountInString(name)
	best, bestDist := "", typoLimit(name)
	// Start at the nearest length any name has: a word far longer than
	// every name costs nothing.
	shortest, longest := list[0].runes, list[len(list)-1].runes
	nearest := max(0, runes-longest, shortest-runes)
	for delta := nearest; delta <= bestDist && (runes-delta >= shortest || runes+delta <= longest); delta++ {
		for _, n := range []int{runes - delta, runes + delta}[:min(delta+1, 2)] {
			for _, c := range ofLength(list, n) {
				if lc.work >= maxSuggestWork {
					return best
				}
				d, cells := diag.DistanceWithin(name, c.name, bestDist)
				lc.work += cells + 1 // a comparison that fills nothing costs too
				if d <= bestDist && (best == "" || d < bestDist || c.path < best) {
					best, bestDist = c.path, d
				}
			}
		}
	}
	return best
}

// ofLength returns the candidates in list, which is sorted by the length
// of their names, whose names are n characters long.
func ofLength(list []candidate, n int) []candidate {
	byLength := func(c candidate, n int) int { return cmp.Compare(c.runes, n) }
	i, _ := slices.BinarySearchFunc(list, n, byLength)
	j, _ := slices.BinarySearchFunc(list, n+1, byLength)
	return list[i:j]
}
