package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/approval"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/scaffold"
)

// changeFlags are the flags every review change shares.
type changeFlags struct {
	fs     *flag.FlagSet
	source *string
	now    *string
}

func newChangeFlags(e env, name, synopsis string, about diag.Text) changeFlags {
	fs := newFlags(e, "review "+name, synopsis, about)
	return changeFlags{
		fs:     fs,
		source: sourceFlag(fs),
		now:    fs.String("now", "", "the time to record (default: now)"),
	}
}

func runSubmit(e env, args []string) int {
	f := newChangeFlags(e, "submit", "review submit FILE... [--now TIME] [-s DIR]",
		diag.T("Asks for review: sets status: review and review.submitted_at.\nFILE is a post's .md file or bundle folder, relative to the current folder or to the site folder."))
	return f.run(e, "submit", args, false, func(w approval.Workflow, root *os.Root, now time.Time) approval.Change {
		return func(p *content.Post, data []byte) (approval.Edit, error) {
			edit, err := w.Submit(p, data, now)
			if err == nil && root != nil {
				for _, pr := range content.LeftoverProblems(scaffold.Site{Root: root}.Leftovers(w.Programme, p)) {
					t := diag.T("line %d: %s; %s", pr.Line, pr.MsgText, pr.HintText)
					edit.Warnings = append(edit.Warnings, t.String())
					edit.WarningTexts = append(edit.WarningTexts, t)
				}
			}
			return edit, err
		}
	})
}

func runApprove(e env, args []string) int {
	f := newChangeFlags(e, "approve", "review approve FILE... --by KEY [--force] [--key FILE] [--now TIME] [-s DIR]",
		diag.T("Approves the current text: sets status: approved and writes approved_by,\napproved_at and the digest of the text into the review block. When the\nreviewer has a signing_key in programme.yaml, the approval is signed with\ntheir SSH key (from --key or ssh-agent) and the signature recorded too."))
	by := f.fs.String("by", "", "the reviewer who approves (a key listed under reviewers in programme.yaml)")
	force := f.fs.Bool("force", false, "approve drafts nobody submitted for review")
	key := f.fs.String("key", "", "the reviewer's private SSH key file, to sign the approval (default: the key in ssh-agent matching their signing_key)")
	return f.run(e, "approve", args, true, func(w approval.Workflow, _ *os.Root, now time.Time) approval.Change {
		if *by == "" {
			return nil
		}
		opts := approval.ApproveOptions{Force: *force, Sign: approvalSigner(e, w.Programme, *by, *key)}
		return func(p *content.Post, data []byte) (approval.Edit, error) { return w.Approve(p, data, *by, now, opts) }
	}, by)
}

func runReject(e env, args []string) int {
	f := newChangeFlags(e, "reject", "review reject FILE... --by KEY --note TEXT [--now TIME] [-s DIR]",
		diag.T("Sends posts back to draft with a note for the authors (review.changes_requested).\nThe note never appears on the published site."))
	by := f.fs.String("by", "", "the reviewer who sends it back (a key listed under reviewers in programme.yaml)")
	note := f.fs.String("note", "", "what the authors should change")
	return f.run(e, "reject", args, false, func(w approval.Workflow, _ *os.Root, now time.Time) approval.Change {
		if *by == "" || strings.TrimSpace(*note) == "" {
			return nil
		}
		return func(p *content.Post, data []byte) (approval.Edit, error) { return w.Reject(p, data, *by, *note, now) }
	}, by)
}

// run parses the command line, loads the programme once and applies the
// change to every file. makeChange returns nil when a required flag is
// missing; by, when given, must name a reviewer.
func (f changeFlags) run(e env, name string, args []string, strict bool, makeChange func(approval.Workflow, *os.Root, time.Time) approval.Change, by ...*string) int {
	files, ok, code := parseFiles(e, f.fs, args)
	if !ok {
		return code
	}
	e = e.inSite(*f.source)
	now, err := nowFlag(*f.now, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem review %s: %s\n", name, e.explain(err))
		return exitUsage
	}
	w := approval.Workflow{}
	if len(files) == 0 || makeChange(w, nil, now) == nil {
		e.say(e.stderr, diag.T("tandem review %s: %s", name, missing(name, len(files))))
		f.fs.Usage()
		return exitUsage
	}
	root, prog, code := openSite(e, "review "+name, *f.source)
	if root == nil {
		return code
	}
	defer root.Close()
	w.Programme = prog
	for _, b := range by {
		if err := w.CheckReviewer(*b); err != nil {
			fmt.Fprintln(e.stderr, e.explain(err))
			e.say(e.stderr, diag.T("tandem review %s: nothing was changed", name))
			return exitContent
		}
	}
	names, failed := resolveAll(e, *f.source, files)
	outcomes := approval.Batch{Root: root, Programme: prog, Strict: strict, Context: e.ctx}.Run(names, makeChange(w, root, now))
	if e.interrupted() && slices.ContainsFunc(outcomes, func(o approval.Outcome) bool { return errors.Is(o.Err, e.ctx.Err()) }) {
		return stopped(e, "review "+name, diag.T("no file was changed")) // see approval.Batch: stopped before the first rename, or not at all
	}
	return report(e, name, outcomes, failed)
}

func missing(name string, files int) diag.Text {
	switch {
	case files == 0:
		return diag.T("name at least one post file")
	case name == "reject":
		return diag.T("say who sends it back and why: --by KEY --note TEXT")
	}
	return diag.T("say who approves: --by KEY")
}

// resolveAll turns FILE arguments into paths below the site root; files
// that cannot be found are reported and counted.
func resolveAll(e env, source string, files []string) (names []string, failed int) {
	seen := map[string]bool{}
	for _, file := range files {
		name, err := sitePath(source, file)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %s\n", diag.Printable(file), e.explain(err))
			failed++
			continue
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names, failed
}

// sitePath finds file relative to the current folder or, failing that,
// to the site folder, and returns its path below the site root with "/".
// A bundle folder stands for its index.md.
func sitePath(source, file string) (string, error) {
	site, err := realAbs(source)
	if err != nil {
		return "", err
	}
	candidates := []string{file}
	if !filepath.IsAbs(file) {
		candidates = append(candidates, filepath.Join(source, file))
	}
	for _, c := range candidates {
		info, err := os.Stat(c)
		if err != nil {
			continue
		}
		if info.IsDir() {
			c = filepath.Join(c, "index.md")
		}
		abs, err := realAbs(c)
		if err != nil {
			return "", err
		}
		rel, err := filepath.Rel(site, abs)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "", diag.Fail(diag.T("it is not inside the site folder %s; pass the right folder with -s", source))
		}
		return filepath.ToSlash(rel), nil
	}
	return "", diag.Fail(diag.T("no such file, neither here nor in the site folder; check the name (tandem review lists the posts waiting)"))
}

// realAbs returns the absolute path of name with symbolic links in its
// folders resolved (the file itself is left alone, so a linked post is
// refused later instead of followed).
func realAbs(name string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil
	}
	if filepath.Dir(abs) == abs {
		return abs, nil
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// report prints one line per changed file, the failures and a summary,
// and returns the exit code.
func report(e env, name string, outcomes []approval.Outcome, failed int) int {
	done, unchanged := 0, 0
	for _, o := range outcomes {
		switch {
		case o.Err != nil:
			printFailure(e, o)
			failed++
		case !o.Edit.Changed:
			unchanged++
			e.say(e.stdout, diag.T("unchanged %s: %s", o.Path, warnings(append(o.Edit.WarningTexts, diag.T("nothing to do")), e.printer())))
		default:
			done++
			e.say(e.stdout, changedLine(name, o))
			for _, w := range o.Edit.WarningTexts {
				e.say(e.stderr, diag.T("%s: warning: %s", o.Path, w))
			}
		}
	}
	e.say(e.stdout, diag.T("%d %s, %d unchanged, %d failed", done, pastTense(name), unchanged, failed))
	if failed > 0 {
		e.say(e.stderr, diag.T("tandem review %s: %d file(s) failed and were left as they were; fix what is said above and run the command again for them", name, failed))
		return exitContent
	}
	return exitOK
}

// warnings joins the warnings of an edit in pr's language.
func warnings(ts []diag.Text, pr messages.Printer) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = t.In(pr)
	}
	return strings.Join(s, "; ")
}

func changedLine(name string, o approval.Outcome) diag.Text {
	switch name {
	case "approve":
		if !o.Edit.Scheduled.IsZero() {
			return diag.T("approved %s (digest %s); scheduled for %s", o.Path, shortDigest(o.Edit.Digest), content.ShownDay(o.Edit.Scheduled))
		}
		return diag.T("approved %s (digest %s)", o.Path, shortDigest(o.Edit.Digest))
	case "reject":
		return diag.T("sent back %s to draft", o.Path)
	}
	return diag.T("submitted %s for review", o.Path)
}

func pastTense(name string) diag.Text {
	switch name {
	case "approve":
		return diag.T("approved")
	case "reject":
		return diag.T("sent back")
	}
	return diag.T("submitted")
}

// shortDigest shortens "sha256:<64 hex>" to its first 12 hex digits.
func shortDigest(d string) string {
	if len(d) > len(review.DigestPrefix)+12 {
		return d[:len(review.DigestPrefix)+12] + "…"
	}
	return d
}
