package changes

import (
	"context"
	"strings"
	"sync"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// Shown is what a preview shows of a stale post's changes: the report,
// or the problem that kept it from being made.
type Shown struct {
	Report  *Report
	Problem *diag.Problem
}

// Finder finds what changed in stale posts for a preview build or the
// dev server, which ask again after every edit: it reads the history
// again only when the commit checked out changed, and keeps the files of
// every approved version it read (a commit's files never change).
type Finder struct {
	// Context stops the git processes; Dir is the site folder.
	Context context.Context
	Dir     string
	// Cache says whether and where the history read keeps its cache
	// (history.Cache; none in CI unless sealed).
	Cache history.Cache
	// First, when set, is a read already under way for the current
	// commit (a build's), used instead of a read of its own.
	First *history.Reading

	mu       sync.Mutex
	head     string
	history  *history.History
	err      error
	versions map[string]fstest.MapFS
}

// Stale returns, by path, what changed in each of posts (stale
// approvals, validated) since its approval.
func (f *Finder) Stale(prog *programme.Programme, posts []*content.Post) map[string]Shown {
	if len(posts) == 0 {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refresh()
	out := make(map[string]Shown, len(posts))
	for _, p := range posts {
		out[p.Path] = f.shown(prog, p)
	}
	return out
}

// refresh reads the history when HEAD moved since the last read.
func (f *Finder) refresh() {
	head, _ := git(f.Context, f.Dir, nil, "rev-parse", "-q", "--verify", "HEAD")
	if f.versions != nil && string(head) == f.head {
		return
	}
	if f.versions == nil && f.First != nil {
		f.history, f.err = f.First.Wait()
	} else {
		f.history, f.err = history.Read(f.Context, f.Dir, f.Cache)
	}
	f.head = string(head)
	if f.versions == nil {
		f.versions = map[string]fstest.MapFS{}
	}
}

func (f *Finder) shown(prog *programme.Programme, p *content.Post) Shown {
	if f.err != nil {
		pr, ok := Shallow(p, f.err)
		if !ok {
			pr = diag.Make(p.Pos("review"), diag.Error, "history-unreadable", diag.Text{}, diag.TextOf(f.err))
		}
		return Shown{Problem: &pr}
	}
	old, err := find(f.Context, f.history, prog, p, f.version)
	if err != nil {
		pr, ok := err.(diag.Problem)
		if !ok {
			pr = diag.Make(p.Pos("review"), diag.Error, "history-unreadable", diag.Text{}, diag.TextOf(err))
		}
		return Shown{Problem: &pr}
	}
	r := NewReport(old, p)
	return Shown{Report: &r}
}

// version reads the post name as commit holds it, once.
func (f *Finder) version(commit, name string) (*content.Post, error) {
	key := commit + "\x00" + name
	site, ok := f.versions[key]
	if !ok {
		var err error
		if site, err = versionFiles(f.Context, f.Dir, commit, name); err != nil {
			return nil, err
		}
		f.versions[key] = site
	}
	return parseVersion(site, commit, name)
}

// NewReport compares the approved version old with p, the post as it is.
func NewReport(old Approved, p *content.Post) Report {
	d := Compare(old.Post, p)
	return Report{Path: p.Path, Commit: old.Commit, OldPath: old.Path, By: p.Review.ApprovedBy,
		At: p.Review.ApprovedAt.Format("2006-01-02"), Diff: d, Lines: ChangedLines(d.Body, p.BodyLine)}
}

// short is a commit id cut to 12 digits.
func short(commit string) string {
	commit = strings.TrimSpace(commit)
	if len(commit) > 12 {
		return commit[:12]
	}
	return commit
}
