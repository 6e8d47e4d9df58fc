package diag

import (
	"fmt"
	"slices"
	"strings"
)

// Closest returns the candidate nearest to word by edit distance, or ""
// when none is close enough to be a likely typo.
func Closest(word string, candidates []string) string {
	best, bestDist := "", len(word)/3+2
	for _, c := range candidates {
		d := distance(strings.ToLower(word), strings.ToLower(c))
		if d < bestDist || (d == bestDist && best != "" && c < best) {
			best, bestDist = c, d
		}
	}
	return best
}

// Suggest returns a hint naming the closest candidate ("did you mean
// "t01"?") or, when none is close, the list of known values.
func Suggest(word string, candidates []string) string {
	if c := Closest(word, candidates); c != "" {
		return fmt.Sprintf("did you mean %q?", c)
	}
	return Known(candidates)
}

// Known returns "known: a, b, c" for a short list, sorted, or "" when
// there are no candidates.
func Known(candidates []string) string {
	if len(candidates) == 0 {
		return ""
	}
	c := slices.Clone(candidates)
	slices.Sort(c)
	const most = 12
	if len(c) > most {
		return "known: " + strings.Join(c[:most], ", ") + fmt.Sprintf(", … (%d in all)", len(c))
	}
	return "known: " + strings.Join(c, ", ")
}

// distance is the Levenshtein edit distance between a and b in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Distance returns the number of characters to insert, delete or replace
// to turn a into b, ignoring case.
func Distance(a, b string) int {
	return distance(strings.ToLower(a), strings.ToLower(b))
}
