package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/teamdigest"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

func runDigest(e env, args []string) int {
	fs := newFlags(e, "review digest", "review digest [--format md|html|json] [--since TIME] [--days N] [--now TIME] [-s DIR]",
		diag.T("Writes the review queue's digest for the team, in the site's language: new in\nreview, waiting longest, approvals that do not count, sent back, scheduled for\nthe next days and published since --since. md fits a chat message, html an e-mail."))
	source := sourceFlag(fs)
	format := fs.String("format", "md", "md (a chat message), html (an e-mail) or json (for tools)")
	sinceText := fs.String("since", "", "what counts as new and published (default: a day before --now)")
	days := fs.Int("days", 7, "how many days ahead scheduled posts are listed")
	nowText := fs.String("now", "", "the time of the digest (default: now)")
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if !slices.Contains(teamdigest.Formats(), *format) {
		e.say(e.stderr, diag.T("tandem review digest: --format must be md, html or json, not %q", *format))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem review digest: %s\n", e.explain(err))
		return exitUsage
	}
	since := now.AddDate(0, 0, -1)
	if *sinceText != "" {
		if since, err = nowFlag(*sinceText, time.Now); err != nil {
			fmt.Fprintf(e.stderr, "tandem review digest: %s\n", e.explain(err))
			return exitUsage
		}
	}
	root, prog, code := openSite(e, "review digest", *source)
	if root == nil {
		return code
	}
	defer root.Close()
	posts, _ := content.LoadContext(e.ctx, root.FS())
	if e.interrupted() {
		return stopped(e, "review digest", diag.T("the queue was not listed"))
	}
	validate.Check(prog, posts)
	d := review.DailyOf(review.Gate{Programme: prog, Now: now}, posts, since, *days)
	if err := teamdigest.Write(e.stdout, d, *format, messages.New().Printer(prog.Language), prog.Language); err != nil {
		fmt.Fprintf(e.stderr, "tandem review digest: %s\n", e.explain(err))
		return exitContent
	}
	return exitOK
}
