package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// Exit codes.
const (
	exitOK      = 0
	exitContent = 1 // the site has errors (or check --strict found warnings)
	exitUsage   = 2 // the command line is wrong
	// exitInterrupted is for a command stopped by Ctrl-C (SIGINT) or
	// SIGTERM before it changed anything: 128 + SIGINT, as shells report.
	exitInterrupted = 130
)

// env is what a command may touch: streams, the working folder and the
// clock. Tests pass their own.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	ctx            context.Context
	getenv         func(string) string
	// catalog, when not nil, is the message catalog printer uses, made
	// once by a command that prints many times (serve, at every save)
	// instead of once per message.
	catalog *messages.Catalog
	// siteLang is the language of the site the command works on
	// (programme.yaml's language, see inSite), spoken when the
	// environment names no language; "" before the site is known.
	siteLang string
}

// main runs the command with a context that Ctrl-C (SIGINT) and SIGTERM
// cancel. After the first signal the default action comes back, so a
// second Ctrl-C ends a command that is slow to clean up at once.
func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	context.AfterFunc(ctx, stop)
	e := env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, ctx: ctx, getenv: os.Getenv}
	code := run(e, os.Args[1:])
	stop()
	os.Exit(code)
}

// printer returns the printer for the language the environment asks
// for (messages.Lang: TANDEM_LANG, else LC_ALL, LC_MESSAGES, LANG; "C"
// and "POSIX" ask for English), else the site's language (siteLang);
// English when neither names German.
func (e env) printer() messages.Printer {
	if e.getenv == nil {
		return messages.Printer{}
	}
	c := e.catalog
	if c == nil {
		c = messages.New()
	}
	lang := messages.Lang(e.getenv)
	if lang == "" {
		lang = e.siteLang
	}
	return c.Printer(lang)
}

// inSite returns e speaking the language of the site in the folder
// source, programme.yaml's language, when the environment names no
// language (see printer). Without a readable programme.yaml it is e; a
// programme.yaml that is a link, not a regular file (a FIFO, a device)
// or over programme.MaxFileSize is not read here (the load refuses it
// with its position), so it cannot stall or exhaust the command before.
func (e env) inSite(source string) env {
	if e.getenv == nil || messages.Lang(e.getenv) != "" {
		return e
	}
	name := filepath.Join(source, filepath.FromSlash(programme.File))
	if info, err := os.Lstat(name); err != nil || !info.Mode().IsRegular() || info.Size() > programme.MaxFileSize {
		return e
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return e
	}
	if p, _ := programme.Parse(data); !p.Unreadable {
		e.siteLang = p.Language
	}
	return e
}

// explain returns err's text in the environment's language when it is a
// mistake tandem words itself (a *diag.Failure or a diag.Problem), and
// err.Error() otherwise, ready to print (through diag.Printable; a
// problem's hint stands on a line of its own).
func (e env) explain(err error) string {
	switch err := err.(type) {
	case diag.Problem:
		return err.Say(e.printer()) // printable already, its hint on a line of its own
	case *diag.Failure:
		return diag.Printable(err.Text.In(e.printer()))
	}
	return diag.Printable(err.Error())
}

// interrupted reports whether the command's context was cancelled (by
// Ctrl-C or SIGTERM).
func (e env) interrupted() bool { return e.ctx != nil && e.ctx.Err() != nil }

// stopped prints the one line a command stopped by a signal prints, saying
// what it left as it was, and returns exitInterrupted.
func stopped(e env, command string, unchanged diag.Text) int {
	e.say(e.stderr, diag.T("tandem %s: interrupted; %s", command, unchanged))
	return exitInterrupted
}

// command is one sub-command.
type command struct {
	name    string
	summary diag.Text
	run     func(e env, args []string) int
}

func commands() []command {
	return []command{
		{"build", diag.T("build the site into public/, a preview into .tandem/preview/ (or -d DIR)"), runBuild},
		{"check", diag.T("check everything a build would, plus links and good practice; for CI"), runCheck},
		{"init", diag.T("start a new programme in an empty folder: programme.yaml, a tandem, an example post, .gitignore, CI"), runInit},
		{"new", diag.T("create a post, tandem or round (tandem new post|tandem|round)"), runNew},
		{"serve", diag.T("preview the site in the browser, rebuilding and reloading on every save"), runServe},
		{"review", diag.T("list the review queue; submit, approve or reject posts; print reviewers' keys"), runReview},
		{"report", diag.T("write the report's figures as text, Markdown, CSV or JSON (published posts only)"), runReport},
		{"version", diag.T("print the version"), runVersion},
		{"help", diag.T("show help for a command"), nil},
	}
}

func run(e env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(e.stdout, e.printer())
		return exitOK
	}
	name := args[0]
	if name == "help" {
		if len(args) > 1 {
			return run(e, []string{args[1], "--help"})
		}
		usage(e.stdout, e.printer())
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(e, args[1:])
		}
	}
	msg := diag.T("tandem: unknown command %q", name)
	if meant := diag.Closest(name, commandNames()); meant != "" {
		msg = diag.T("tandem: unknown command %q; did you mean %q?", name, meant)
	}
	e.say(e.stderr, msg)
	usage(e.stderr, e.printer())
	return exitUsage
}

// commandNames lists the commands' names.
func commandNames() []string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return names
}

// usage prints the commands, in pr's language.
func usage(w io.Writer, pr messages.Printer) {
	fmt.Fprintln(w, pr.Sprintf("tandem builds reverse-mentoring programme blogs."))
	fmt.Fprintln(w)
	fmt.Fprintln(w, pr.Sprintf("Usage: tandem <command> [flags]"))
	fmt.Fprintln(w)
	fmt.Fprintln(w, pr.Sprintf("Commands:"))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary.In(pr))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, pr.Sprintf("Run \"tandem <command> --help\" for the flags of a command."))
}
