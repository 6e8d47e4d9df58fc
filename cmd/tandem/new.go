package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/scaffold"
)

// newKind is a thing tandem new creates.
type newKind struct {
	name, synopsis string
	summary        diag.Text
}

// newKinds lists the things tandem new creates.
func newKinds() []newKind {
	return []newKind{
		{"post", `new post [-s DIR] (--tandem ID | --round ID) [--kind KIND] [--bundle] [--date YYYY-MM-DD] [--slug SLUG] "Title"`, diag.T("a draft post from the theme's archetype")},
		{"tandem", "new tandem ID [-s DIR] --round ID --mentors a,b --mentee KEY [--goal TEXT]... [--start YYYY-MM-DD]", diag.T("a tandem file in content/tandems/")},
		{"round", "new round ID [-s DIR] --title T --start YYYY-MM-DD --end YYYY-MM-DD [--summary S]", diag.T("a round, added to rounds: in programme.yaml")},
	}
}

func runNew(e env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		w := e.stdout
		if len(args) == 0 {
			w = e.stderr
		}
		e.say(w, diag.T("Usage: tandem new post|tandem|round …"))
		fmt.Fprintln(w)
		for _, k := range newKinds() {
			fmt.Fprintf(w, "  tandem %s\n      %s\n", k.synopsis, k.summary.In(e.printer()))
		}
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch {
	case args[0] == "post":
		return runNewPost(e, args[1:])
	case args[0] == "tandem":
		return runNewTandem(e, args[1:])
	case args[0] == "round":
		return runNewRound(e, args[1:])
	case strings.HasPrefix(args[0], "-"):
		e.say(e.stderr, diag.T("tandem new: say first what to create: tandem new post|tandem|round [flags]"))
		return exitUsage
	}
	hint := diag.Suggest(args[0], []string{"post", "tandem", "round"})
	e.say(e.stderr, diag.T("tandem new: cannot create a %q; %s", args[0], hint))
	return exitUsage
}

// newFlagsFor returns the flags of one kind of tandem new.
func newFlagsFor(e env, kind string) *flag.FlagSet {
	for _, k := range newKinds() {
		if k.name == kind {
			return newFlags(e, "new "+kind, k.synopsis)
		}
	}
	return newFlags(e, "new "+kind, "new "+kind)
}

func runNewPost(e env, args []string) int {
	fs := newFlagsFor(e, "post")
	source := sourceFlag(fs)
	var req scaffold.Post
	fs.StringVar(&req.Tandem, "tandem", "", "the tandem whose diary the post belongs to (its round and mentors are filled in)")
	fs.StringVar(&req.Round, "round", "", "the round, for a post without tandem (a retrospective or announcement)")
	fs.StringVar(&req.Kind, "kind", "diary", "diary, retrospective or announcement")
	fs.BoolVar(&req.Bundle, "bundle", false, "make a folder with index.md, so images can go beside the post")
	fs.StringVar(&req.Date, "date", "", "the post's date as YYYY-MM-DD (default: today)")
	fs.StringVar(&req.Slug, "slug", "", "the post's address, posts/SLUG/, and file name (default: made from the title)")
	title, ok, code := parseMixed(e, fs, args)
	if !ok {
		return code
	}
	e = e.inSite(*source)
	req.Title = strings.Join(title, " ")
	return created(e, "new post", *source, func(s scaffold.Site) (string, error) { return s.NewPost(req) })
}

func runNewTandem(e env, args []string) int {
	fs := newFlagsFor(e, "tandem")
	source := sourceFlag(fs)
	var req scaffold.Tandem
	fs.StringVar(&req.Round, "round", "", "the round the tandem works in")
	fs.Var(listFlag{items: &req.Mentors, split: true}, "mentors", "the mentors' people keys, separated by commas")
	fs.StringVar(&req.Mentee, "mentee", "", "the mentee's people key")
	fs.Var(listFlag{items: &req.Goals}, "goal", "a learning goal (give --goal once per goal)")
	fs.StringVar(&req.Start, "start", "", "the day the tandem begins, YYYY-MM-DD (default: today, or the round's first day if later); diary gaps count from it")
	ids, ok, code := parseMixed(e, fs, args)
	if !ok {
		return code
	}
	e = e.inSite(*source)
	if len(ids) != 1 {
		e.say(e.stderr, diag.T("tandem new tandem: give the new tandem's id once, e.g. tandem new tandem t03 --round r2 …"))
		return exitUsage
	}
	req.ID = ids[0]
	return created(e, "new tandem", *source, func(s scaffold.Site) (string, error) { return s.NewTandem(req) })
}

func runNewRound(e env, args []string) int {
	fs := newFlagsFor(e, "round")
	source := sourceFlag(fs)
	var req scaffold.Round
	fs.StringVar(&req.Title, "title", "", "the round's title, e.g. \"Runde 3\"")
	fs.StringVar(&req.Start, "start", "", "the first day, YYYY-MM-DD")
	fs.StringVar(&req.End, "end", "", "the last day, YYYY-MM-DD")
	fs.StringVar(&req.Summary, "summary", "", "one sentence about the round")
	ids, ok, code := parseMixed(e, fs, args)
	if !ok {
		return code
	}
	e = e.inSite(*source)
	if len(ids) != 1 {
		e.say(e.stderr, diag.T("tandem new round: give the new round's id once, e.g. tandem new round r3 --title \"Runde 3\" …"))
		return exitUsage
	}
	req.ID = ids[0]
	return created(e, "new round", *source, func(s scaffold.Site) (string, error) { return s.NewRound(req) })
}

// created opens the site, runs create and prints the path it wrote, or why
// it wrote nothing.
func created(e env, command, source string, create func(scaffold.Site) (string, error)) int {
	root, err := os.OpenRoot(source)
	if err != nil {
		e.say(e.stderr, diag.T("tandem %s: cannot open the site folder: %v", command, err))
		return exitUsage
	}
	defer root.Close()
	name, err := create(scaffold.Site{Root: root, Clock: time.Now, Context: e.ctx})
	var problems diag.ListError
	switch {
	case e.interrupted() && errors.Is(err, e.ctx.Err()):
		return stopped(e, command, diag.T("nothing was written"))
	case errors.As(err, &problems):
		_ = diag.WriteProblems(e.stderr, below(source, diag.List(problems)), e.printer())
		e.say(e.stderr, diag.T("tandem %s: fix the problems above first; nothing was written", command))
		return exitContent
	case err != nil:
		fmt.Fprintf(e.stderr, "tandem %s: %s\n", diag.Printable(command), e.explain(err))
		return exitContent
	}
	printLine(e.stdout, "%s", filepath.Join(source, filepath.FromSlash(name)))
	return exitOK
}
