package changes

import (
	"context"
	"errors"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// The codes of the problems Find and Shallow report, for --format json.
const (
	CodeMissing = "approved-version-missing"
	CodeShallow = "shallow-clone"
	CodeNoGit   = "no-git-history"
)

// Approved is the approved version of a post, as found in the history.
type Approved struct {
	Post *content.Post
	// Commit holds it, at Path (the post's path then, below the site).
	Commit, Path string
}

// Find returns the version of p its approval approved: among the
// versions the history h (internal/history, read once for all posts)
// knows that record an approval with p's digest, oldest first, the first
// whose own digest is that digest. dir is the site folder. A post whose
// approved text was changed before it was committed has no such version:
// the error is a positioned problem saying so, as it is when h is nil
// (the site is not in a git work tree).
func Find(ctx context.Context, dir string, h *history.History, prog *programme.Programme, p *content.Post) (Approved, error) {
	return find(ctx, h, prog, p, func(commit, path string) (*content.Post, error) {
		return Version(ctx, dir, commit, path)
	})
}

// find is Find with the versions read by version.
func find(ctx context.Context, h *history.History, prog *programme.Programme, p *content.Post, version func(commit, path string) (*content.Post, error)) (Approved, error) {
	if h == nil {
		return Approved{}, problem(p, CodeNoGit, diag.T("commit the posts with git: the approved version is looked up in the history"),
			diag.T("the approved version cannot be looked up: the site is not in a git repository"))
	}
	for _, e := range h.Events(p.Path) {
		if e.Kind != history.Approved || e.Digest != p.Review.Digest {
			continue
		}
		old, err := version(e.Commit, e.Path)
		if err != nil {
			return Approved{}, err
		}
		validate.Check(prog, []*content.Post{old}) // resolves the round and slug, as for the current version
		if review.Digest(old) == p.Review.Digest {
			return Approved{Post: old, Commit: e.Commit, Path: e.Path}, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return Approved{}, err
	}
	return Approved{}, problem(p, CodeMissing,
		diag.T("it was changed before the approval was committed, or that commit is gone; read the whole post and approve it again: tandem review approve %s --by <reviewer>", p.Path),
		diag.T("the version %s approved on %s is not in the git history", p.Review.ApprovedBy, p.Review.ApprovedAt.Format("2006-01-02")))
}

// Shallow returns the problem of p when the history could not be read
// because the clone is shallow (history.ErrShallow), and false for any
// other error.
func Shallow(p *content.Post, err error) (diag.Problem, bool) {
	if !errors.Is(err, history.ErrShallow) {
		return diag.Problem{}, false
	}
	return problem(p, CodeShallow, diag.T("fetch the whole history: git fetch --unshallow (GitHub Actions: actions/checkout with fetch-depth: 0)"),
		diag.T("the approved version cannot be looked up: the site is in a shallow git clone, whose history is cut off")), true
}

func problem(p *content.Post, code string, hint, msg diag.Text) diag.Problem {
	pos := p.Review.Pos
	if pos.Path == "" {
		pos = p.Pos("review")
	}
	return diag.Make(pos, diag.Error, code, hint, msg)
}
