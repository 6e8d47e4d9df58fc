package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/approval"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

const reviewSynopsis = `review [-s DIR] [--format text|json] [--now TIME]
       tandem review submit FILE... [--now TIME] [-s DIR]
       tandem review approve FILE... --by KEY [--force] [--key FILE] [--now TIME] [-s DIR]
       tandem review reject FILE... --by KEY --note TEXT [--now TIME] [-s DIR]
       tandem review diff FILE... [--since-approval] [--format text|json] [-s DIR]
       tandem review digest [--format md|html|json] [--since TIME] [--days N] [-s DIR]
       tandem review keys [-s DIR] > allowed_signers`

func runReview(e env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "submit":
			return runSubmit(e, args[1:])
		case "approve":
			return runApprove(e, args[1:])
		case "reject":
			return runReject(e, args[1:])
		case "diff":
			return runDiff(e, args[1:])
		case "digest":
			return runDigest(e, args[1:])
		case "keys":
			return runKeys(e, args[1:])
		}
	}
	return runQueue(e, args)
}

func runQueue(e env, args []string) int {
	fs := newFlags(e, "review", reviewSynopsis, diag.T("Without a sub-command it lists the review queue: posts waiting for review\n(oldest first), approvals that no longer count, posts sent back and posts\nscheduled. \"tandem review approve --help\" and so on explain each change."))
	source := sourceFlag(fs)
	format := fs.String("format", "text", "text (a listing for people) or json (one object for bots and CI)")
	nowText := fs.String("now", "", "the time that decides what is due and how long posts have waited (default: now)")
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem review: unknown sub-command %q (submit, approve, reject, diff, digest or keys)", fs.Arg(0)))
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		e.say(e.stderr, diag.T("tandem review: --format must be text or json, not %q", *format))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem review: %s\n", e.explain(err))
		return exitUsage
	}
	root, prog, code := openSite(e, "review", *source)
	if root == nil {
		return code
	}
	defer root.Close()
	posts, problems := content.LoadContext(e.ctx, root.FS())
	if e.interrupted() {
		return stopped(e, "review", diag.T("the queue was not listed"))
	}
	problems.Add(validate.Check(prog, posts)...)
	if errs, _ := problems.Count(); errs > 0 {
		e.say(e.stderr, diag.T("note: the site has %d errors; tandem build lists them", errs))
	}
	o := review.Queue(review.Gate{Programme: prog, Now: now}, posts)
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(o); err != nil {
			fmt.Fprintf(e.stderr, "tandem review: %s\n", e.explain(err))
			return exitContent
		}
		return exitOK
	}
	printQueue(e.stdout, o, e.printer())
	return exitOK
}

// openSite opens the site folder and loads the programme once. On failure
// it returns a nil root and the exit code.
func openSite(e env, cmd, source string) (*os.Root, *programme.Programme, int) {
	root, err := os.OpenRoot(source)
	if err != nil {
		e.say(e.stderr, diag.T("tandem %s: cannot open the site folder: %v", cmd, err))
		return nil, nil, exitUsage
	}
	prog, problems := programme.Load(root.FS())
	if problems.HasErrors() {
		printProblems(e, problems)
		e.say(e.stderr, diag.T("tandem %s: fix %s first; nothing was changed", cmd, programme.File))
		root.Close()
		return nil, nil, exitContent
	}
	return root, prog, exitOK
}

// printQueue lists the review queue in pr's language.
func printQueue(w io.Writer, o review.Overview, pr messages.Printer) {
	say := func(t diag.Text) { fmt.Fprintln(w, diag.Printable(t.In(pr))) }
	if len(o.Waiting) > 0 {
		say(diag.T("Waiting for review (%d), oldest first:", len(o.Waiting)))
		for _, en := range o.Waiting {
			say(diag.T("  %s  %q%s · waiting %s", en.Path, en.Title, about(en, pr), days(en.DaysWaiting)))
			if en.ReasonText.Format != "" { // approved, but its kind's review_policy needs more
				say(diag.T("    %s", en.ReasonText))
			}
			sayFiles(say, en)
		}
	}
	if bad := append(append([]review.Entry(nil), o.Stale...), o.Invalid...); len(bad) > 0 {
		say(diag.T("Approvals that do not count (%d):", len(bad)))
		for _, en := range bad {
			say(diag.T("  %s: %s", en.Path, en.ReasonText))
			sayFiles(say, en)
		}
	}
	if len(o.ChangesRequested) > 0 {
		say(diag.T("Changes requested (%d):", len(o.ChangesRequested)))
		for _, en := range o.ChangesRequested {
			cr := en.ChangesRequested
			say(diag.T("  %s  %q%s · %s%s: %s", en.Path, en.Title, about(en, pr), cr.By, onDay(cr.At), oneLine(cr.Note)))
		}
	}
	if len(o.Scheduled) > 0 {
		say(diag.T("Scheduled (%d):", len(o.Scheduled)))
		for _, en := range o.Scheduled {
			say(diag.T("  %s  %q · published on %s", en.Path, en.Title, en.Date.Format("2006-01-02")))
		}
	}
	if len(o.Waiting)+len(o.Stale)+len(o.Invalid)+len(o.ChangesRequested)+len(o.Scheduled) == 0 {
		say(diag.T("Nothing to review."))
	}
	say(diag.T("%d waiting, %d approval(s) to renew, %d sent back, %d scheduled, %d draft(s), %d published",
		len(o.Waiting), len(o.Stale)+len(o.Invalid), len(o.ChangesRequested), len(o.Scheduled), o.Drafts, o.Published))
}

// sayFiles names the bundle files of an entry, which its approval
// covers, so the reviewer opens them too.
func sayFiles(say func(diag.Text), en review.Entry) {
	if len(en.Files) > 0 {
		say(diag.T("    files: %s", strings.Join(en.Files, ", ")))
	}
}

// about names the authors, round and tandem of an entry.
func about(en review.Entry, pr messages.Printer) string {
	var parts []string
	if len(en.Authors) > 0 {
		parts = append(parts, diag.T("by %s", strings.Join(en.Authors, ", ")).In(pr))
	}
	if en.Round != "" {
		parts = append(parts, diag.T("round %s", en.Round).In(pr))
	}
	if en.Tandem != "" {
		parts = append(parts, diag.T("tandem %s", en.Tandem).In(pr))
	}
	if len(parts) == 0 {
		return ""
	}
	return " · " + strings.Join(parts, " · ")
}

func days(n int) diag.Text {
	return diag.Plural(n, diag.T("1 day"), diag.T("%d days", n))
}

func onDay(t time.Time) diag.Text {
	if t.IsZero() {
		return diag.Text{}
	}
	return diag.T(" on %s", t.Format("2006-01-02"))
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseFiles parses flags that may come before, between or after the
// FILE arguments, and returns the files. "--" ends the flags.
func parseFiles(e env, fs *flag.FlagSet, args []string) (files []string, ok bool, code int) {
	for {
		if ok, code := parse(e, fs, args); !ok {
			return nil, false, code
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, true, exitOK
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(files, rest...), true, exitOK
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// printFailure prints one failed file: its problems, then why it failed.
func printFailure(e env, o approval.Outcome) {
	printProblems(e, o.Problems)
	if p, ok := o.Err.(diag.Problem); ok {
		fmt.Fprintln(e.stderr, p.Say(e.printer()))
		return
	}
	fmt.Fprintf(e.stderr, "%s: %s\n", diag.Printable(o.Path), e.explain(o.Err))
}
