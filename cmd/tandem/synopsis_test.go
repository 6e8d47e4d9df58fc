package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestSynopsisNamesEveryFlag holds each command's usage line to the flags
// it accepts: every flag its --help lists is in the line (a short flag
// that stands for a long one counts for both), and every flag the line
// names is accepted. tandem report's line once left out --history-cache.
func TestSynopsisNamesEveryFlag(t *testing.T) {
	flagName := regexp.MustCompile(`(?:^|[\s\[(|])(--?[a-z][a-z-]*)`)
	for _, args := range [][]string{
		{"build"}, {"check"}, {"init"}, {"serve"}, {"report"},
		{"review"}, {"review", "submit"}, {"review", "approve"}, {"review", "reject"},
		{"review", "diff"}, {"review", "digest"}, {"review", "keys"},
		{"new", "post"}, {"new", "tandem"}, {"new", "round"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errs := runCmd(t, append(args, "--help")...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			synopsis, accepted := helpParts(t, out+errs)
			named := map[string]bool{}
			for _, m := range flagName.FindAllStringSubmatch(synopsis, -1) {
				named[m[1]] = true
			}
			for short, long := range accepted {
				if named[short] && long != "" {
					named[long] = true // -s DIR names --source too
				}
			}
			for name, long := range accepted {
				if !named[name] && (long == "" || !named[long]) {
					t.Errorf("the usage line %q leaves out %s, which the command accepts", synopsis, name)
				}
			}
			for name := range named {
				if _, ok := accepted[name]; !ok {
					t.Errorf("the usage line %q names %s, which the command does not accept", synopsis, name)
				}
			}
			if len(accepted) == 0 || len(named) == 0 {
				t.Errorf("no flags found in the help:\n%s%s", out, errs)
			}
		})
	}
}

// helpParts splits a command's --help into the first line of its usage
// and its flags: "--name" for a long flag, "-s" for a short one, each
// mapped to the long flag it stands for ("short for --source"), if any.
func helpParts(t *testing.T, help string) (synopsis string, accepted map[string]string) {
	t.Helper()
	usage, flags, ok := strings.Cut(help, "\nFlags:\n")
	if !ok {
		t.Fatalf("no flags in the help:\n%s", help)
	}
	_, synopsis, ok = strings.Cut(usage, "Usage: tandem ")
	if !ok {
		t.Fatalf("no usage line in the help:\n%s", help)
	}
	synopsis, _, _ = strings.Cut(synopsis, "\n")
	accepted = map[string]string{}
	lines := strings.Split(flags, "\n")
	for i, line := range lines {
		if !strings.HasPrefix(line, "  -") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(line, "  -"), " ")
		name, _, _ = strings.Cut(name, "\t")
		short := "-" + name
		if len(name) > 1 {
			accepted["--"+name] = ""
			continue
		}
		long := ""
		if i+1 < len(lines) {
			if _, after, ok := strings.Cut(lines[i+1], "short for "); ok {
				long = strings.Fields(after)[0] // before a default ("short for --source (default ".")")
			}
		}
		accepted[short] = long
	}
	return synopsis, accepted
}
