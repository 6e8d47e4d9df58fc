package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/scaffold"
	"golang.org/x/term"
)

func runInit(e env, args []string) int {
	fs := newFlags(e, "init", "init [DIR] [--title T] [--organisation O] [--language de|en] [--base-url URL] [--round ID]")
	var req scaffold.Programme
	d := scaffold.InitDefaults("")
	fs.StringVar(&req.Title, "title", "", diag.T("the programme's title (default %q)", d.Title).In(e.printer()))
	fs.StringVar(&req.Organisation, "organisation", "", "the organisation running the programme (default: none)")
	fs.StringVar(&req.Language, "language", "", "the site's language, de or en; also that of the example files (default de)")
	fs.StringVar(&req.BaseURL, "base-url", "", diag.T("the address the site will have (default %s, where tandem serve shows it)", scaffold.DefaultBaseURL).In(e.printer()))
	fs.StringVar(&req.Round, "round", "", "the id of the first round, which starts today and lasts six months (default runde-1, or round-1 in English)")
	dirs, ok, code := parseMixed(e, fs, args)
	if !ok {
		return code
	}
	if len(dirs) > 1 {
		e.say(e.stderr, diag.T("tandem init: give at most one folder, e.g. tandem init mein-programm"))
		return exitUsage
	}
	dir := "."
	if len(dirs) == 1 {
		dir = dirs[0]
	}
	if err := req.Check(); err != nil {
		fmt.Fprintf(e.stderr, "tandem init: %s\n", e.explain(err))
		return exitUsage
	}
	if missing := unsetFlags(fs, scaffold.InitFields()); len(missing) > 0 && stdinTerminal(e) {
		if err := req.Ask(e.stdin, e.stdout, e.printer(), missing); err != nil {
			e.say(e.stderr, diag.T("tandem init: %s; nothing was written", diag.TextOf(err)))
			return exitUsage
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		e.say(e.stderr, diag.T("tandem init: cannot make the folder: %v", err))
		return exitContent
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		e.say(e.stderr, diag.T("tandem init: cannot open the folder: %v", err))
		return exitContent
	}
	defer root.Close()
	written, err := scaffold.Site{Root: root, Clock: time.Now, Context: e.ctx}.Init(req)
	var problems diag.ListError
	switch {
	case e.interrupted() && errors.Is(err, e.ctx.Err()):
		return stopped(e, "init", diag.T("the files listed above were written"))
	case errors.As(err, &problems):
		_ = diag.WriteProblems(e.stderr, below(dir, diag.List(problems)), e.printer())
		e.say(e.stderr, diag.T("tandem init: stopped at the problem above"))
		return exitContent
	case err != nil:
		fmt.Fprintf(e.stderr, "tandem init: %s\n", e.explain(err))
		return exitContent
	}
	nextSteps(e.stdout, dir, written, e.printer())
	return exitOK
}

// unsetFlags returns the names of those flags the command line did not
// set.
func unsetFlags(fs *flag.FlagSet, names []string) []string {
	var missing []string
	for _, n := range names {
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == n })
		if !set {
			missing = append(missing, n)
		}
	}
	return missing
}

// stdinTerminal reports whether standard input is a terminal, where
// tandem init may ask; from a pipe or in CI it never does.
func stdinTerminal(e env) bool {
	f, ok := e.stdin.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// nextSteps prints what init wrote and what to do next.
func nextSteps(w io.Writer, dir string, written []string, pr messages.Printer) {
	say := func(t diag.Text) { fmt.Fprintln(w, diag.Printable(t.In(pr))) }
	say(diag.T("Started a new programme in %s:", dir))
	post := ""
	for _, name := range written {
		printLine(w, "  %s", filepath.Join(dir, filepath.FromSlash(name)))
		if strings.HasPrefix(name, content.PostDir+"/") {
			post = name
		}
	}
	fmt.Fprintln(w)
	say(diag.T("Next steps:"))
	if filepath.Clean(dir) != "." {
		printLine(w, "  cd %s", dir)
	}
	say(diag.T("  tandem serve     # the preview in your browser; the example post is a draft"))
	say(diag.T("  tandem check     # what CI checks"))
	say(diag.T("  tandem build     # the site in public/, with approved posts only"))
	if post != "" {
		fmt.Fprintln(w)
		say(diag.T("To publish the example post, submit it and approve it as the reviewer team:"))
		printLine(w, "  tandem review submit %s", post)
		printLine(w, "  tandem review approve %s --by team", post)
	}
	fmt.Fprintln(w)
	say(diag.T("Set base_url in content/programme.yaml to the site's real address (or build with --base-url URL)."))
	say(diag.T("The default theme is built in. To change a page, set theme: NAME in content/programme.yaml and"))
	say(diag.T("put your copy of its template (e.g. post.html from themes/default/templates/ in tandem's source)"))
	say(diag.T("into themes/NAME/templates/; every template you do not copy still comes from the default theme."))
}
