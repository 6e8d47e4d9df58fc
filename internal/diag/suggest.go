package diag

import (
	"slices"
	"strings"
)

// maxCompared is the longest word, in runes, that Closest compares: the
// names a suggestion is made for (fields, keys, ids) are far shorter, and
// a longer word is no typo of one.
const maxCompared = 256

// Closest returns the candidate nearest to word by edit distance, or ""
// when none is close enough to be a likely typo. Its work is at most
// proportional to len(candidates) × len(word)²; a word over 256 runes gets
// no suggestion.
func Closest(word string, candidates []string) string {
	best, _ := closest(word, candidates)
	return best
}

// closest is Closest, also returning the work it did: how many cells of
// edit-distance tables it filled.
func closest(word string, candidates []string) (best string, cells int) {
	w := []rune(strings.ToLower(word))
	if len(w) > maxCompared {
		return "", 0
	}
	bestDist := len(word)/3 + 2 // a candidate must be nearer than this
	for _, c := range candidates {
		d, n := within(w, []rune(strings.ToLower(c)), bestDist)
		cells += n
		if d < bestDist || (d == bestDist && best != "" && c < best) {
			best, bestDist = c, d
		}
	}
	return best, cells
}

// Suggest returns a hint naming the closest candidate ("did you mean
// "t01"?") or, when none is close, the list of known values.
func Suggest(word string, candidates []string) Text {
	if c := Closest(word, candidates); c != "" {
		return T("did you mean %q?", c)
	}
	return Known(candidates)
}

// Known returns "known: a, b, c" for a short list, sorted, or "" when
// there are no candidates.
func Known(candidates []string) Text {
	if len(candidates) == 0 {
		return Text{}
	}
	c := slices.Clone(candidates)
	slices.Sort(c)
	const most = 12
	if len(c) > most {
		return T("known: %s, … (%d in all)", strings.Join(c[:most], ", "), len(c))
	}
	return T("known: %s", strings.Join(c, ", "))
}

// Distance returns the number of characters to insert, delete or replace
// to turn a into b, ignoring case.
func Distance(a, b string) int {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	d, _ := within(ra, rb, max(len(ra), len(rb)))
	return d
}

// DistanceWithin returns Distance(a, b) when it is at most limit, and
// limit+1 when it is more, and the work that took: how many cells of the
// edit-distance table it filled, for callers that bound their work. That
// is at most limit times the shorter length, not the product of the
// lengths, and nothing when the lengths alone differ by more than limit.
func DistanceWithin(a, b string, limit int) (d, cells int) {
	return within([]rune(strings.ToLower(a)), []rune(strings.ToLower(b)), limit)
}

// within is the Levenshtein distance between a and b when it is at most
// limit, or limit+1, and the number of table cells it filled. It fills
// only the band of cells within limit of the diagonal (no path through
// the others costs limit or less) and stops at a row whose every cell is
// over limit.
func within(a, b []rune, limit int) (d, cells int) {
	limit = max(limit, 0)
	over := limit + 1
	if len(a)-len(b) > limit || len(b)-len(a) > limit {
		return over, 0
	}
	if len(a) < len(b) {
		a, b = b, a // the band's rows run over the longer word
	}
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = min(j, over)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-limit), min(len(b), i+limit)
		cur[lo-1] = over
		if lo == 1 {
			cur[0] = min(i, over)
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost, over)
			rowMin = min(rowMin, cur[j])
		}
		cells += hi - lo + 1
		if hi < len(b) {
			cur[hi+1] = over // the next row reads it as above its band
		}
		if rowMin > limit {
			return over, cells
		}
		prev, cur = cur, prev
	}
	return prev[len(b)], cells
}
