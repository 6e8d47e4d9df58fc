package check

import (
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// maxSuggestions bounds the "did you mean" searches of one check, so a
// site with thousands of broken links still checks quickly.
const maxSuggestions = 200

// suggest returns the address the author probably meant, written the way
// they wrote theirs (relative, from the site root or in full), or "". It
// looks for a page or file in the same folder whose name differs by a
// typo or in case only.
func (lc *linkChecker) suggest(b badRef, written string, md *mdLink) string {
	if lc.hints >= maxSuggestions {
		return ""
	}
	lc.hints++
	isPage := b.to == "" || strings.HasSuffix(b.to, "/") || path.Ext(b.to) == ""
	dir, name := path.Split(strings.TrimSuffix(b.to, "/"))
	best, bestDist := "", 0
	for f := range lc.files {
		candidate, ok := f, !isPage && !strings.HasSuffix(f, "index.html")
		if isPage {
			candidate, ok = strings.CutSuffix(f, "/index.html")
		}
		cdir, cname := path.Split(candidate)
		if !ok || cdir != dir {
			continue
		}
		d := diag.Distance(name, cname)
		if likelyTypo(name, d) && (best == "" || d < bestDist || (d == bestDist && candidate < best)) {
			best, bestDist = candidate, d
		}
	}
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

// likelyTypo reports whether a name d edits away from another is likely
// meant to be it: two edits (a swapped pair of letters), or one in four.
func likelyTypo(name string, d int) bool {
	return d == 0 || (d <= 2 && len(name) > 3) || d <= len(name)/4
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
