package programme

import (
	"regexp"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// sizes reads images.sizes, the sizes attribute of the photos in posts
// (images.DefaultSizes when not given). A value that is not a sizes list
// is an error at it: a browser would drop it silently and fetch
// derivatives as wide as the window.
func sizes(im *metadata.Map, l *diag.List) string {
	v, bad, ok := sizesField(im, "sizes", images.DefaultSizes, l)
	if !ok {
		l.Errorf(im.Pos("sizes"), "bad-value", diag.T("write the widths your theme shows photos at, e.g. sizes: \"%s\"", images.DefaultSizes),
			"images.sizes is not a list of widths, each but the last after a media condition: %q", bad)
	}
	return v
}

// cardSizes reads images.card_sizes, the sizes attribute of a post's
// cover on a card (images.DefaultCardSizes when not given), checked as
// sizes is.
func cardSizes(im *metadata.Map, l *diag.List) string {
	v, bad, ok := sizesField(im, "card_sizes", images.DefaultCardSizes, l)
	if !ok {
		l.Errorf(im.Pos("card_sizes"), "bad-value", diag.T("write the widths your theme shows a card's picture at, e.g. card_sizes: \"%s\"", images.DefaultCardSizes),
			"images.card_sizes is not a list of widths, each but the last after a media condition: %q", bad)
	}
	return v
}

// sizesField reads the sizes list of im's field key: def when it is not
// given; def, its first bad entry and false when it is no sizes list.
func sizesField(im *metadata.Map, key, def string, l *diag.List) (v, bad string, ok bool) {
	if !im.Has(key) {
		return def, "", true
	}
	v = strings.TrimSpace(im.String(key, false, l))
	if bad, ok := badSize(v); !ok {
		return def, bad, false
	}
	return v, "", true
}

// sizePatterns are the patterns an entry of a sizes list is checked
// against, compiled once per badSize.
type sizePatterns struct {
	// length is a length a sizes attribute may end an entry with: a
	// number with a unit of length (no percentages), 0, or a calc().
	length *regexp.Regexp
	// condition is what a media condition may hold.
	condition *regexp.Regexp
}

func newSizePatterns() sizePatterns {
	return sizePatterns{length: regexp.MustCompile(`(?i)^(0|[0-9]*\.?[0-9]+(px|em|rem|ex|ch|vw|vh|vi|vb|vmin|vmax|svw|lvw|dvw|cm|mm|q|in|pt|pc)|calc\([-+*/ .0-9a-z()]+\))$`),
		condition: regexp.MustCompile(`(?i)^(\(|not |only )[-a-z0-9 ():.<>=/]*\)$`)}
}

// badSize returns the first entry of the sizes list v that is not a
// length after an optional media condition (only the last entry may go
// without one; the first may be auto, for lazy images), and false; or ""
// and true.
func badSize(v string) (string, bool) {
	pat := newSizePatterns()
	entries := strings.Split(v, ",")
	for i, e := range entries {
		e = strings.TrimSpace(e)
		cond, length := splitSize(e)
		switch {
		case i == 0 && strings.EqualFold(e, "auto"):
		case !pat.length.MatchString(length) || !balanced(length):
			return e, false
		case cond == "" && i < len(entries)-1:
			return e, false
		case cond != "" && (!pat.condition.MatchString(cond) || !balanced(cond)):
			return e, false
		}
	}
	return "", true
}

// splitSize splits an entry of a sizes list into its media condition
// ("" when none) and its length: a calc() or the last word.
func splitSize(e string) (cond, length string) {
	if k := strings.LastIndex(strings.ToLower(e), "calc("); k >= 0 {
		return strings.TrimSpace(e[:k]), e[k:]
	}
	if k := strings.LastIndexByte(e, ' '); k >= 0 {
		return strings.TrimSpace(e[:k]), e[k+1:]
	}
	return "", e
}

// balanced reports whether the parentheses of s are balanced.
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}
