package main

import (
	"fmt"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/messages"
	figures "github.com/tandem-mentoring/tandem/internal/report"
)

func runReport(e env, args []string) int {
	fs := newFlags(e, "report", "report [-s DIR] [--round ID] [--format text|md|csv|json] [--rows tandems|rounds|months] [--pseudonymise] [--preview] [--now TIME] [--allowed-signers FILE] [--require-signed] [--allow-static-html] [--allow-server-config] [--no-history] [--history-cache DIR]")
	source := sourceFlag(fs)
	round := fs.String("round", "", "only this round (default: every round, oldest first)")
	format := fs.String("format", "text", "text, md (Markdown), csv or json")
	table := fs.String("rows", "tandems", "what a CSV has a row of: tandems, rounds or months")
	pseudo := fs.Bool("pseudonymise", false, "name people by stable pseudonyms (P01, P02, …) instead of their names")
	preview := fs.Bool("preview", false, "count every post, held-back ones too (the unpublished column says how many); default: published posts only")
	nowText := fs.String("now", "", "the day the figures are made for (default: now)")
	trustOpts := addTrustFlags(fs)
	hist := addHistoryFlags(fs)
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	if fs.NArg() > 0 {
		e.say(e.stderr, diag.T("tandem %s: unexpected argument %q", "report", fs.Arg(0)))
		return exitUsage
	}
	if !slices.Contains(figures.Formats(), *format) {
		e.say(e.stderr, diag.T("tandem report: --format %q is not a format; use text, md, csv or json", *format))
		return exitUsage
	}
	if !slices.Contains(figures.Tables(), *table) {
		e.say(e.stderr, diag.T("tandem report: --rows %q is not a kind of row; use tandems, rounds or months", *table))
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
	p, ok := figures.Select(figures.OfProgramme(s), *round)
	if !ok {
		e.say(e.stderr, diag.T("tandem report: there is no round %q", *round))
		return exitUsage
	}
	req := figures.Request{Round: *round, Format: *format, Table: *table, Pseudonymise: *pseudo, Preview: *preview, Lang: s.Programme.Language}
	if err := figures.Write(e.stdout, s, p, req, messages.New().Printer(s.Programme.Language)); err != nil {
		printLine(e.stderr, "tandem report: %v", err)
		return exitContent
	}
	return exitOK
}
