package site

import (
	"cmp"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// The posts have one order, Compare: by date, and by path where dates
// tie, so it never depends on the file system. Lists read backwards in
// time (Site.Posts, and every list made from it: rounds, tags, authors,
// feeds) are that order reversed, and diaries follow it: of two posts of
// the same date, the one that comes later in a diary (its Next) comes
// first on the home page, as a newer post would. The order is made by
// one sort, on keys that hold the date as integers: the paths are
// compared only when dates tie.

// Compare is the order of posts: it returns -1 when a comes before b
// (a is older, or of the same date and its path sorts first), +1 when
// after, and 0 only for the same path and date.
func Compare(a, b *content.Post) int {
	return cmp.Or(a.Date.Compare(b.Date), strings.Compare(a.Path, b.Path))
}

// dated is a shown post's date, as an instant, and its place in the
// posts given to New.
type dated struct {
	sec  int64
	nsec int32
	in   int32
}

// shownOldestFirst returns the posts shown in this build in the order
// of Compare.
func shownOldestFirst(posts []*content.Post, verdicts []review.Verdict, preview bool) []dated {
	order := make([]dated, 0, len(posts))
	for i, p := range posts {
		if Shown(verdicts[i], preview) {
			order = append(order, dated{sec: p.Date.Unix(), nsec: int32(p.Date.Nanosecond()), in: int32(i)})
		}
	}
	oldestFirst := func(a, b dated) int { // Compare, on the integer keys
		return cmp.Or(cmp.Compare(a.sec, b.sec), cmp.Compare(a.nsec, b.nsec), strings.Compare(posts[a.in].Path, posts[b.in].Path))
	}
	// Posts arrive ordered by path, which for dated file names in one
	// folder per round is this order already, or nearly.
	if !slices.IsSortedFunc(order, oldestFirst) {
		slices.SortFunc(order, oldestFirst)
	}
	return order
}

// newestFirst returns the posts shown in this build in the reverse of
// Compare's order.
func newestFirst(posts []*content.Post, verdicts []review.Verdict, preview bool) []dated {
	order := shownOldestFirst(posts, verdicts, preview)
	slices.Reverse(order)
	return order
}
