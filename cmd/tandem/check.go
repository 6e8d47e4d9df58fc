package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/check"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/review"
	"golang.org/x/term"
)

func runCheck(e env, args []string) int {
	fs := newFlags(e, "check", "check [-s DIR] [--format text|json|github] [--strict] [--ignore KINDS] [--now TIME] [--base-url URL] [--preview] [--thorough] [--timings] [--allowed-signers FILE] [--require-signed] [--allow-static-html] [--allow-server-config] [--no-history] [--history-cache DIR]")
	source := sourceFlag(fs)
	format := fs.String("format", "text", "how findings are printed: text, json (one array) or github (annotations in GitHub Actions)")
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings too, not only on errors")
	preview := fs.Bool("preview", false, "check the preview build: every post, drafts included (default: what tandem build publishes)")
	thorough := fs.Bool("thorough", false, "render every page to check the links the theme writes (default: a sample of pages covering every kind and shape)")
	nowText := fs.String("now", "", "the time that decides which posts are due and which rounds are over (default: now)")
	timings := fs.Bool("timings", false, "also print how long each stage took (on standard error, after the findings)")
	base := baseURLFlag(fs)
	trustOpts := addTrustFlags(fs)
	hist := addHistoryFlags(fs)
	var ignore []string
	fs.Var(listFlag{items: &ignore, split: true}, "ignore", "leave out warnings of these kinds, e.g. diary-gap,no-summary (the kinds are the codes --format json prints); errors are never left out")
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "check", fs.Arg(0)))
		return exitUsage
	}
	if !slices.Contains(diag.Formats(), *format) {
		e.say(e.stderr, diag.T("tandem check: --format %q is not a format; use one of %s", *format, strings.Join(diag.Formats(), ", ")))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem check: %s\n", e.explain(err))
		return exitUsage
	}
	trust, err := trustOpts.trust(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem check: %s\n", e.explain(err))
		return exitUsage
	}
	if *base, err = baseURL(*base); err != nil {
		fmt.Fprintf(e.stderr, "tandem check: %s\n", e.explain(err))
		return exitUsage
	}
	root, err := folder.Open(*source)
	if err != nil {
		e.say(e.stderr, diag.T("tandem %s: cannot open the site folder: %v", "check", err))
		return exitUsage
	}
	defer root.Close()
	defer oneShotGC(e)()
	past, stopHistory := startHistory(e, *source, hist)
	defer stopHistory()
	progress := terminal(e, e.stderr)
	if progress != nil {
		fmt.Fprint(progress, "\r"+diag.T("loading the site…").In(e.printer()))
	}
	outlined, problems := build.NewCompiler(root.FS(), build.Options{Preview: *preview, Now: now, Context: e.ctx, Trust: trust, History: past, BaseURL: *base}).OutlineAll()
	if progress != nil {
		fmt.Fprint(progress, "\r\033[K")
	}
	var stages build.Timings
	if outlined != nil {
		start := time.Now()
		problems.Add(check.Run(root.FS(), outlined, check.Options{Now: now, Progress: progress, Thorough: *thorough, Context: e.ctx})...)
		problems.Sort()
		stages = append(outlined.Timings, build.Timing{Stage: "links+practice", Duration: time.Since(start)})
	}
	if e.interrupted() {
		return stopped(e, "check", diag.T("the check did not finish and printed no findings"))
	}
	problems, ignored := leaveOut(problems, ignore)
	if err := diag.WriteFormat(e.stdout, *format, below(*source, problems), e.printer()); err != nil {
		printLine(e.stderr, "tandem check: %v", err)
		return exitContent
	}
	if *timings && stages != nil {
		fmt.Fprintf(e.stderr, "Stages: %s\n", stages)
	}
	if ignored > 0 {
		e.say(e.stderr, diag.T("tandem check: %d warnings left out (--ignore %s)", ignored, strings.Join(ignore, ",")))
	}
	if outlined != nil && !*preview {
		sayHeld(e, outlined.Held)
	}
	errs, warns := problems.Count()
	if errs > 0 || (*strict && warns > 0) {
		return exitContent
	}
	return exitOK
}

// sayHeld says what a production check checked of the posts the gate
// held back: the scheduled ones in full, as they will be published at
// their date (links included, see check.Run); of the others everything
// but their links.
func sayHeld(e env, held []build.HeldBack) {
	scheduled := 0
	for _, h := range held {
		if h.Verdict.State == review.Scheduled {
			scheduled++
		}
	}
	if scheduled > 0 {
		e.say(e.stderr, diag.T("tandem check: %d scheduled posts (approved, dated later) were checked, links included, as they will be published at their date", scheduled))
	}
	if others := len(held) - scheduled; others > 0 {
		e.say(e.stderr, diag.T("tandem check: %d posts held back from publication (not approved) had their front matter, photos and good practice checked, not their links; --preview checks those too", others))
	}
}

// terminal returns w when it is a terminal, where a progress line may be
// redrawn, and nil otherwise (a CI log, a file, a pipe).
func terminal(e env, w io.Writer) io.Writer {
	f, ok := w.(*os.File)
	if !ok || e.getenv("TERM") == "dumb" || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return f
}

// leaveOut removes the warnings whose code is one of kinds and says how
// many it removed. Errors stay: a site with errors cannot be built.
func leaveOut(l diag.List, kinds []string) (diag.List, int) {
	if len(kinds) == 0 {
		return l, 0
	}
	kept := slices.DeleteFunc(slices.Clone(l), func(p diag.Problem) bool {
		return p.Severity == diag.Warning && slices.Contains(kinds, p.Code)
	})
	return kept, len(l) - len(kept)
}

// fromHere is dir as seen from the working folder: an absolute path
// inside it becomes relative (GitHub annotations and editors expect paths
// from the repository root, where CI runs), any other is only cleaned.
func fromHere(dir string) string {
	dir = filepath.Clean(dir)
	if !filepath.IsAbs(dir) {
		return dir
	}
	wd, err := os.Getwd()
	if err != nil {
		return dir
	}
	if rel, err := filepath.Rel(wd, dir); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return dir
}

// below puts dir in front of every path, so positions are relative to the
// folder tandem runs in (where editors and CI look for them), not to the
// site folder.
func below(dir string, l diag.List) diag.List {
	dir = fromHere(dir)
	if dir == "." {
		return l
	}
	out := make(diag.List, len(l))
	for i, p := range l {
		if p.Path != "" {
			p.Path = filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(p.Path)))
		}
		out[i] = p
	}
	return out
}
