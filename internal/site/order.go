package site

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// The shown posts are listed newest first (Site.Posts, and every list
// made from it) and diaries oldest first; posts of the same date are in
// the order of their paths either way, so the order never depends on the
// file system. Both orders come from one sort, on keys that hold the
// date as integers: the paths are compared only when dates tie.

// dated is a shown post's date, as an instant, and its place in the
// posts given to New.
type dated struct {
	sec  int64
	nsec int32
	in   int32
}

// sameDate reports whether a and b are dated at the same instant.
func sameDate(a, b dated) bool { return a.sec == b.sec && a.nsec == b.nsec }

// shownOldestFirst returns the posts shown in this build, oldest first
// and by path where dates tie.
func shownOldestFirst(posts []*content.Post, verdicts []review.Verdict, preview bool) []dated {
	order := make([]dated, 0, len(posts))
	for i, p := range posts {
		if Shown(verdicts[i], preview) {
			order = append(order, dated{sec: p.Date.Unix(), nsec: int32(p.Date.Nanosecond()), in: int32(i)})
		}
	}
	oldestFirst := func(a, b dated) int {
		return cmp.Or(cmp.Compare(a.sec, b.sec), cmp.Compare(a.nsec, b.nsec), strings.Compare(posts[a.in].Path, posts[b.in].Path))
	}
	// Posts arrive ordered by path, which for dated file names in one
	// folder per round is this order already, or nearly.
	if !slices.IsSortedFunc(order, oldestFirst) {
		slices.SortFunc(order, oldestFirst)
	}
	return order
}

// reverseDates returns order with its runs of one date in reverse, each
// run kept as it is: oldest first becomes newest first, with ties by
// path both ways.
func reverseDates(order []dated) []dated {
	out := make([]dated, 0, len(order))
	eachDate(order, func(lo, hi int) { out = append(out, order[lo:hi]...) })
	return out
}

// eachDate calls f(lo, hi) for every run order[lo:hi] of one date, from
// the last run to the first: given newest first, it visits oldest first.
func eachDate(order []dated, f func(lo, hi int)) {
	for end := len(order); end > 0; {
		start := end - 1
		for start > 0 && sameDate(order[start-1], order[start]) {
			start--
		}
		f(start, end)
		end = start
	}
}
