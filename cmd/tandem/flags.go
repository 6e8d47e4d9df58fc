package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// newFlags returns a flag set for a command whose usage text starts with
// synopsis.
func newFlags(e env, name, synopsis string, about ...diag.Text) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	translated := false
	fs.Usage = func() {
		pr := e.printer()
		fmt.Fprintf(fs.Output(), "%s\n\n", pr.Sprintf("Usage: tandem %s", synopsis))
		for _, t := range about {
			fmt.Fprintf(fs.Output(), "%s\n\n", t.In(pr))
		}
		if !hasFlags(fs) {
			return
		}
		fmt.Fprintln(fs.Output(), pr.Sprintf("Flags:"))
		if !translated { // each flag's usage is its catalogue id
			fs.VisitAll(func(f *flag.Flag) { f.Usage = diag.Text{Format: f.Usage}.In(pr) })
			translated = true
		}
		printDefaults(fs, pr)
	}
	return fs
}

// hasFlags reports whether fs has any flag to list.
func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// printDefaults prints the flags as fs.PrintDefaults does, with the flag
// package's words (the kind of value, "(default …)") in pr's language.
func printDefaults(fs *flag.FlagSet, pr messages.Printer) {
	out := fs.Output()
	var b strings.Builder
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(out)
	for line := range strings.Lines(b.String()) {
		line = strings.TrimSuffix(line, "\n")
		if flagLine, ok := strings.CutPrefix(line, "  -"); ok { // "  -port int"
			if name, kind, ok := strings.Cut(flagLine, " "); ok && !strings.ContainsAny(name+kind, " \t") {
				line = "  -" + name + " " + valueKind(pr, kind)
			}
		}
		if i := strings.LastIndex(line, " (default "); i >= 0 && strings.HasSuffix(line, ")") {
			line = line[:i] + " " + pr.Sprintf("(default %s)", line[i+len(" (default "):len(line)-1])
		}
		fmt.Fprintln(out, line)
	}
}

// valueKind is the flag package's name for the kind of a flag's value in
// pr's language.
func valueKind(pr messages.Printer, kind string) string {
	switch kind {
	case "string":
		return pr.Sprintf("string")
	case "int":
		return pr.Sprintf("int")
	case "value":
		return pr.Sprintf("value")
	}
	return kind
}

// sourceFlag adds -s and --source.
func sourceFlag(fs *flag.FlagSet) *string {
	s := fs.String("source", ".", "the site folder (the one holding content/)")
	fs.StringVar(s, "s", ".", "short for --source")
	return s
}

// parse parses args and says whether the command should go on; code is
// the exit code otherwise (0 for --help).
func parse(e env, fs *flag.FlagSet, args []string) (ok bool, code int) {
	out := fs.Output()
	fs.SetOutput(io.Discard) // the flag package's own report comes without a hint
	err := fs.Parse(args)
	fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		fs.SetOutput(io.Discard)
		return false, exitOK
	case err != nil:
		e.say(out, diag.T("tandem %s: %s", fs.Name(), flagProblem(fs, err, args)))
		fs.Usage()
		return false, exitUsage
	}
	return true, exitOK
}

// flagProblem says what is wrong with the flags, args. For an unknown
// flag it names the one meant, if any: the only flag it starts (--dest
// for --destination, --port for -p) or the closest name (--preveiw); else
// the few flags it starts (-p: --port, --production), of those only the
// ones taking a value when it is given one (-p 8080: --port).
func flagProblem(fs *flag.FlagSet, err error, args []string) diag.Text {
	name, unknown := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !unknown {
		return diag.Verbatim(err.Error()) // the flag package's words
	}
	dashes, prefix := "--", name
	if len(name) == 1 {
		dashes, prefix = "-", strings.ToLower(name) // a short flag, as -s and -d are written; -P means -p
	}
	valued := givenValue(args, name)
	var long, starting []string
	fs.VisitAll(func(f *flag.Flag) {
		if len(f.Name) > 1 {
			long = append(long, f.Name)
			if strings.HasPrefix(f.Name, prefix) && (!valued || !isSwitch(f)) {
				starting = append(starting, "--"+f.Name)
			}
		}
	})
	meant := diag.Closest(name, long)
	if meant != "" {
		meant = "--" + meant
	}
	switch {
	case len(starting) == 1:
		meant = starting[0]
	case meant == "" && len(starting) > 1 && len(starting) <= maxMeant:
		return diag.T("unknown flag %s; did you mean one of %s?", dashes+name, strings.Join(starting, ", "))
	}
	if meant != "" {
		return diag.T("unknown flag %s; did you mean %s?", dashes+name, meant)
	}
	return diag.T("unknown flag %s", dashes+name)
}

// givenValue reports whether args give the flag name a value: -p=8080,
// or -p 8080 (the next argument is no flag).
func givenValue(args []string, name string) bool {
	for i, a := range args {
		text, dash := strings.CutPrefix(a, "-")
		given, named := strings.CutPrefix(strings.TrimPrefix(text, "-"), name)
		switch {
		case a == "--":
			return false
		case !dash || !named:
		case strings.HasPrefix(given, "="):
			return true
		case given == "":
			return i+1 < len(args) && !strings.HasPrefix(args[i+1], "-")
		}
	}
	return false
}

// isSwitch reports whether f takes no value (a bool flag).
func isSwitch(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// maxMeant is the most flags an unknown flag's message names as those
// that may be meant.
const maxMeant = 4

// baseURLFlag adds --base-url, which replaces programme.yaml's base_url.
func baseURLFlag(fs *flag.FlagSet) *string {
	return fs.String("base-url", "", "build for this address instead of programme.yaml's base_url, e.g. https://staging.example.com/blog/")
}

// baseURL checks --base-url as base_url in programme.yaml is checked;
// empty stays empty (programme.yaml's base_url counts).
func baseURL(value string) (string, error) {
	if value == "" {
		return "", nil
	}
	u, err := programme.ParseBaseURL(value)
	if err != nil {
		return "", diag.Fail(diag.T("--base-url %s", diag.TextOf(err)), err)
	}
	return u, nil
}

// nowFlag parses --now: empty means the current time.
func nowFlag(value string, clock func() time.Time) (time.Time, error) {
	if strings.TrimSpace(value) == "" {
		return clock(), nil
	}
	t, err := metadata.ParseDate(value)
	if err != nil {
		return time.Time{}, diag.Fail(diag.T("--now %q: write a date (2024-03-05) or RFC 3339 time (2024-03-05T10:00:00Z)", value))
	}
	return t, nil
}

// parseMixed parses args whose flags may come before, between or after
// the positional arguments ("new tandem t02 --round r1"); flag.Parse
// alone stops at the first positional one. After "--" everything is
// positional.
func parseMixed(e env, fs *flag.FlagSet, args []string) (positional []string, ok bool, code int) {
	for {
		if ok, code := parse(e, fs, args); !ok {
			return nil, false, code
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, true, exitOK
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(positional, rest...), true, exitOK
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// listFlag collects a flag given several times; with split, each value
// may also hold several items separated by commas (--mentors ada,bo).
type listFlag struct {
	items *[]string
	split bool
}

func (l listFlag) String() string {
	if l.items == nil {
		return ""
	}
	return strings.Join(*l.items, ",")
}

func (l listFlag) Set(v string) error {
	parts := []string{v}
	if l.split {
		parts = strings.Split(v, ",")
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			*l.items = append(*l.items, p)
		}
	}
	return nil
}
