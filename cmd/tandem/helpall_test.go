package main

import (
	"strings"
	"testing"
)

// TestEveryCommandAnswersHelp asks every command and sub-command for its
// help with --help, -h and "tandem help": each answers with its own usage
// line and exit 0, never by doing its work (tandem version printed the
// version for --help).
func TestEveryCommandAnswersHelp(t *testing.T) {
	t.Parallel()
	var all [][]string
	for _, c := range commands() {
		if c.run != nil {
			all = append(all, []string{c.name})
		}
	}
	all = append(all,
		[]string{"review", "submit"}, []string{"review", "approve"}, []string{"review", "reject"},
		[]string{"review", "diff"}, []string{"review", "digest"}, []string{"review", "keys"},
		[]string{"new", "post"}, []string{"new", "tandem"}, []string{"new", "round"})
	if len(all) < 17 {
		t.Fatalf("only %d commands found: %v", len(all), all)
	}
	for _, args := range all {
		name := strings.Join(args, " ")
		asks := [][]string{append(append([]string{}, args...), "--help"), append(append([]string{}, args...), "-h")}
		if len(args) == 1 {
			asks = append(asks, []string{"help", args[0]})
		}
		for _, ask := range asks {
			code, out, errs := runCmdEnv(t, []string{"LANG=C"}, ask...)
			if code != exitOK {
				t.Errorf("tandem %s: exit %d, want %d", strings.Join(ask, " "), code, exitOK)
			}
			if !strings.HasPrefix(out+errs, "Usage: tandem "+name) {
				t.Errorf("tandem %s does not start with its usage line:\n%s%s", strings.Join(ask, " "), out, errs)
			}
		}
	}
}
