package main

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/publish"
)

func runBuild(e env, args []string) int {
	fs := newFlags(e, "build", "build [-s DIR] [-d DIR] [--preview] [--now TIME] [--base-url URL] [--timings] [--allowed-signers FILE] [--require-signed] [--allow-static-html] [--allow-server-config] [--no-history] [--history-cache DIR]")
	source := sourceFlag(fs)
	dest := fs.String("destination", "", "the output folder (default <source>/public, with --preview <source>/.tandem/preview)")
	fs.StringVar(dest, "d", "", "short for --destination")
	preview := fs.Bool("preview", false, "build every post, with a banner showing its review state, and the review dashboard, into .tandem/preview (never public/) unless -d says where")
	nowText := fs.String("now", "", "the time that decides which posts are due (default: now), for scheduled posts and reproducible builds")
	timings := fs.Bool("timings", false, "also print how long each stage took")
	base := baseURLFlag(fs)
	trustOpts := addTrustFlags(fs)
	hist := addHistoryFlags(fs)
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "build", fs.Arg(0)))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem build: %s\n", e.explain(err))
		return exitUsage
	}
	trust, err := trustOpts.trust(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem build: %s\n", e.explain(err))
		return exitUsage
	}
	if *base, err = baseURL(*base); err != nil {
		fmt.Fprintf(e.stderr, "tandem build: %s\n", e.explain(err))
		return exitUsage
	}
	out, err := publish.OutputFolder(*source, *dest, defaultOutput(*preview))
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem build: %s\n", e.explain(err))
		return exitUsage
	}
	if *dest == "" {
		*dest = filepath.Join(*source, defaultOutput(*preview))
	}
	start := time.Now()
	root, err := folder.Open(*source)
	if err != nil {
		e.say(e.stderr, diag.T("tandem %s: cannot open the site folder: %v", "build", err))
		return exitUsage
	}
	defer root.Close()
	defer oneShotGC(e)()
	past, stopHistory := startHistory(e, *source, hist)
	defer stopHistory()
	progress := terminal(e, e.stderr)
	if progress != nil {
		fmt.Fprint(progress, "\r"+diag.T("building the site…").In(e.printer()))
	}
	var built *build.Built
	var problems diag.List
	cache := imageCache(e, *source)
	defer cache.Close()
	err = takeTurns(e, out, func() error {
		var err error
		built, problems, err = build.Build(out, root.FS(), build.Options{Preview: *preview, Now: now, Context: e.ctx, Trust: trust, History: past, BaseURL: *base, ImageCache: cache,
			Changes: previewChanges(e, *source, *preview && !*hist.off, past, historyCache(e, *hist.cacheDir))})
		return err
	})
	if progress != nil {
		fmt.Fprint(progress, "\r\033[K")
	}
	if err != nil && e.interrupted() {
		return stopped(e, "build", diag.T("nothing was written, %s is unchanged", *dest))
	}
	printProblems(e, below(*source, problems))
	switch {
	case err != nil:
		fmt.Fprintf(e.stderr, "tandem build: %s\n", e.explain(err))
		e.say(e.stderr, diag.T("nothing was written; %s is unchanged", *dest))
		return exitContent
	case built == nil:
		errs, _ := problems.Count()
		e.say(e.stderr, diag.T("tandem build: %d errors; nothing was written, %s is unchanged", errs, *dest))
		return exitContent
	}
	if *timings {
		fmt.Fprintf(e.stdout, "Stages: %s\n", built.Timings)
	}
	st, s := built.Stats, built.Site
	mode := diag.T("production")
	if *preview {
		mode = diag.T("preview, not to be deployed")
	}
	e.say(e.stdout, diag.T("Built %d pages (%d files; posts: %d shown, %d held back; %s) in %s → %s",
		st.Pages, st.Files, len(s.Posts), len(built.Held), mode, time.Since(start).Round(time.Millisecond), *dest))
	return exitOK
}

// defaultOutput is the output folder inside the site folder that a
// build writes without -d: public/, the folder people deploy, and for a
// preview, which holds drafts and the review dashboard, the folder
// tandem serve writes its preview to, which nobody deploys.
func defaultOutput(preview bool) string {
	if preview {
		return filepath.Join(".tandem", "preview")
	}
	return "public"
}

// printLine writes one line made as fmt.Sprintf does, through
// diag.Printable: a value from the site (a file name, a title, an error
// naming a file) cannot clear the screen, set the window title or start
// a line of its own.
func printLine(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, diag.Printable(fmt.Sprintf(format, args...)))
}

// say writes t in the environment's language as one line, through
// diag.Printable (as printLine does).
func (e env) say(w io.Writer, t diag.Text) {
	fmt.Fprintln(w, diag.Printable(t.In(e.printer())))
}

// printProblems writes each problem as "path:line:col: error: message"
// with its hint line, in the text format every command shares
// (diag.WriteProblems).
func printProblems(e env, problems diag.List) {
	_ = diag.WriteProblems(e.stderr, problems, e.printer())
}
