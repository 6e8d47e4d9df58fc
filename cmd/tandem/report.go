package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	figures "github.com/tandem-mentoring/tandem/internal/report"
)

// reportFormats are the formats tandem report writes.
func reportFormats() []string { return []string{"csv", "json"} }

func runReport(e env, args []string) int {
	fs := newFlags(e, "report", "report [-s DIR] [--round ID] [--format csv|json] [--pseudonymise] [--preview] [--now TIME] [--allowed-signers FILE] [--require-signed] [--no-history]")
	source := sourceFlag(fs)
	round := fs.String("round", "", "only this round (default: every round, oldest first)")
	format := fs.String("format", "csv", "csv (one row per tandem) or json")
	pseudo := fs.Bool("pseudonymise", false, "name people by stable pseudonyms (P01, P02, …) instead of their names")
	preview := fs.Bool("preview", false, "count every post, held-back ones too (the unpublished column says how many); default: published posts only")
	nowText := fs.String("now", "", "the day the figures are made for (default: now)")
	trustOpts := addTrustFlags(fs)
	hist := addHistoryFlags(fs)
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "report", fs.Arg(0)))
		return exitUsage
	}
	if !slices.Contains(reportFormats(), *format) {
		e.say(e.stderr, diag.T("tandem report: --format %q is not a format; use csv or json", *format))
		return exitUsage
	}
	now, err := nowFlag(*nowText, time.Now)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem report: %s\n", e.explain(err))
		return exitUsage
	}
	trust, err := trustOpts.trust(e)
	if err != nil {
		fmt.Fprintf(e.stderr, "tandem report: %s\n", e.explain(err))
		return exitUsage
	}
	root, err := folder.Open(*source)
	if err != nil {
		e.say(e.stderr, diag.T("tandem %s: cannot open the site folder: %v", "report", err))
		return exitUsage
	}
	defer root.Close()
	past, stopHistory := startHistory(e, *source, hist)
	defer stopHistory()
	outlined, problems := build.NewCompiler(root.FS(), build.Options{Preview: *preview, Now: now, Context: e.ctx, Trust: trust, History: past}).Outline()
	if e.interrupted() {
		return stopped(e, "report", diag.T("no report was written"))
	}
	if outlined == nil {
		diag.WriteFormat(e.stderr, "text", below(*source, problems), e.printer())
		return exitContent
	}
	s := outlined.Site
	var rounds []figures.Round
	for _, r := range slices.Backward(s.Rounds) {
		if *round == "" || r.ID == *round {
			rounds = append(rounds, figures.Of(s, r))
		}
	}
	if *round != "" && len(rounds) == 0 {
		e.say(e.stderr, diag.T("tandem report: there is no round %q", *round))
		return exitUsage
	}
	names := figures.RealNames
	if *pseudo {
		names = figures.Pseudonyms(s)
	}
	rows := figures.Rows(rounds, names)
	if *format == "json" {
		err = figures.WriteJSON(e.stdout, rows)
	} else {
		err = figures.WriteCSV(e.stdout, rows)
	}
	if err != nil {
		printLine(e.stderr, "tandem report: %v", err)
		return exitContent
	}
	return exitOK
}
