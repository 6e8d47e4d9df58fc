package check

import (
	"context"
	"io"
	"io/fs"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// Defaults for Options.
const (
	// DefaultSummaryWords is the body length above which a post should
	// have its own summary.
	DefaultSummaryWords = 300
	// DefaultDiaryGap is the longest a tandem should go without a diary
	// post during its round.
	DefaultDiaryGap = 8 * 7 * 24 * time.Hour
)

// Options configure a check.
type Options struct {
	// Now is the time the practice rules judge by (has the round ended?).
	Now time.Time
	// SummaryWords is the body length, in words, above which a post
	// without summary: is reported; 0 means DefaultSummaryWords.
	SummaryWords int
	// DiaryGap is the longest silence in a tandem's diary that is not
	// reported; 0 means DefaultDiaryGap.
	DiaryGap time.Duration
	// Progress receives a single updating progress line ("checking
	// links 4,200/10,000"); nil prints nothing. Pass a terminal only.
	Progress io.Writer
	// Thorough renders every page to check the addresses the theme's
	// templates write, instead of a sample of the pages (see doc.go).
	Thorough bool
	// Context, when set, stops the check early once it is done: the loops
	// over posts and pages stop at the next one, and what Run returns is
	// then of no use (the caller looks at the context). nil never stops.
	Context context.Context
}

// ctx is o.Context, or a context that never ends.
func (o Options) ctx() context.Context {
	if o.Context == nil {
		return context.Background()
	}
	return o.Context
}

// Run checks the links and the practice rules of an outlined site. site
// is the site folder it was outlined from (for theme templates). The
// problems come back sorted. The practice rules only read the site, so
// they run beside the link checks, filling the gaps where those wait for
// one core.
func Run(site fs.FS, o *build.Outlined, opts Options) diag.List {
	practice := make(chan diag.List, 1)
	go func() { practice <- slices.Concat(Practice(o, opts), Photos(o), Damaged(site, o)) }()
	problems := Links(site, o, opts)
	problems.Add(<-practice...)
	return sortedOnce(problems)
}

// sortedOnce sorts the problems and drops repeats: Markdown that makes
// the converter fail is reported by the link check and, when its page is
// in the sample, by rendering too.
func sortedOnce(l diag.List) diag.List {
	l.Sort()
	return slices.CompactFunc(l, func(a, b diag.Problem) bool {
		return a.Pos == b.Pos && a.Severity == b.Severity && a.Code == b.Code && a.Msg == b.Msg && a.Hint == b.Hint
	})
}
