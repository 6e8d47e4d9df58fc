package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"time"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

func runDiff(e env, args []string) int {
	fs := newFlags(e, "review diff", "review diff FILE... [--since-approval] [--format text|json] [-s DIR]",
		diag.T("Shows what changed in a post since its approval went stale: the text word by\nword, the front-matter fields by name and the bundle's files. The approved\nversion is found in the git history by the digest the approval recorded."))
	source := sourceFlag(fs)
	format := fs.String("format", "text", "text (marked [-old-]{+new+}, in colour on a terminal) or json (for tools)")
	since := fs.Bool("since-approval", false, "compare any approved post, not only stale ones, with its approved version")
	files, ok, code := parseFiles(e, fs, args)
	if !ok {
		return code
	}
	e = e.inSite(*source)
	if *format != "text" && *format != "json" {
		e.say(e.stderr, diag.T("tandem review: --format must be text or json, not %q", *format))
		return exitUsage
	}
	if len(files) == 0 {
		e.say(e.stderr, diag.T("tandem review %s: %s", "diff", diag.T("name at least one post file")))
		fs.Usage()
		return exitUsage
	}
	if err := checkHistoryKey(e); err != nil {
		fmt.Fprintf(e.stderr, "tandem review diff: %s\n", e.explain(err))
		return exitUsage
	}
	root, prog, code := openSite(e, "review diff", *source)
	if root == nil {
		return code
	}
	defer root.Close()
	names, failed := resolveAll(e, *source, files)
	posts := loadNamed(e, root.FS(), names, &failed)
	validate.Check(prog, posts)
	gate := review.Gate{Programme: prog, Now: time.Now()}
	var h *history.History
	var readErr error
	if changes.NeedsHistory(gate, posts, *since) {
		h, readErr = history.Read(e.ctx, *source, historyCache(e, ""))
	}
	results := make([]changes.Result, 0, len(posts))
	for _, p := range posts {
		res := changes.Against(e.ctx, gate, h, readErr, *source, p, *since)
		if res.Problem != nil {
			failed++
		}
		results = append(results, res)
	}
	if e.interrupted() {
		return stopped(e, "review diff", diag.T("nothing was compared"))
	}
	printDiffs(e, results, *format)
	if failed > 0 {
		return exitContent
	}
	return exitOK
}

// loadNamed reads and parses the named posts; the ones that cannot be
// read are reported and counted.
func loadNamed(e env, site fs.FS, names []string, failed *int) []*content.Post {
	var posts []*content.Post
	for _, name := range names {
		data, err := fs.ReadFile(site, name)
		var post *content.Post
		var problems diag.List
		if err == nil {
			post, problems = content.ParsePost(site, name, data)
		}
		if post == nil || post.Meta == nil {
			printProblems(e, problems)
			e.say(e.stderr, diag.T("%s: it cannot be read as a post; fix the errors first", name))
			*failed++
			continue
		}
		posts = append(posts, post)
	}
	return posts
}

// printDiffs prints the results as text or json.
func printDiffs(e env, results []changes.Result, format string) {
	if format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(results); err != nil {
			fmt.Fprintf(e.stderr, "tandem review diff: %s\n", e.explain(err))
		}
		return
	}
	style := changes.Plain
	if terminal(e, e.stdout) != nil && e.getenv("NO_COLOR") == "" {
		style = changes.Colour
	}
	for _, res := range results {
		switch {
		case res.Problem != nil:
			fmt.Fprintln(e.stderr, res.Problem.Say(e.printer()))
		case res.Report != nil:
			changes.Write(e.stdout, *res.Report, style, e.printer())
		default:
			e.say(e.stdout, diag.T("%s: not compared: the post is %s, not a stale approval (pass --since-approval to compare any approved post)", res.Path, res.State))
		}
	}
}
