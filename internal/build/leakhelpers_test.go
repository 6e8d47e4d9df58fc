package build

import (
	"regexp"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// oldVersion stands for the approved version of a stale post, which
// the preview's diff shows (leakChanges); it must never reach production.
const oldVersion = "zzoldversionzz"

// leakChanges stands in for changes.Finder: each stale post's approved
// version differs in a field, a bundle file and a line, all holding
// oldVersion.
func leakChanges(_ *programme.Programme, stale []*content.Post) map[string]changes.Shown {
	out := map[string]changes.Shown{}
	for _, p := range stale {
		out[p.Path] = changes.Shown{Report: &changes.Report{Path: p.Path, Commit: "0123456789abcdef", OldPath: p.Path, By: "frauke", At: "2024-05-20",
			Diff: changes.Diff{Fields: []changes.Field{{Name: "title", Old: oldVersion + " title", New: p.Title}},
				Files: []changes.File{{Name: oldVersion + ".jpg", Change: changes.Removed}}},
			Lines: []changes.Line{{Number: 9, Spans: []changes.Span{{Op: changes.Deleted, Text: oldVersion}, {Op: changes.Inserted, Text: "new"}}}}}}
	}
	return out
}

// secondApproval adds an approvals list with one approval by by of
// digest (the first approval's when empty).
func secondApproval(text, by, digest string) string {
	m := regexp.MustCompile(`\n  digest: (\S+)`).FindStringSubmatch(text)
	if digest == "" {
		digest = m[1]
	}
	return strings.Replace(text, m[0], m[0]+"\n  approvals:\n    - by: "+by+"\n      at: 2024-05-21T09:00:00Z\n      digest: "+digest, 1)
}
