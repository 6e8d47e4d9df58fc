package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs tandem with args and returns the exit code and output.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: testEnv(nil)}
	code = run(e, args)
	return code, out.String(), errb.String()
}

// testEnv returns a getenv reading vars, with LANG=C when vars sets no
// LANG: a command speaks English (LANG is the last the locale is looked
// up in) unless the test asks for another language, whatever the
// language of the site it runs on.
func testEnv(vars map[string]string) func(string) string {
	return func(k string) string {
		if v, ok := vars[k]; ok || k != "LANG" {
			return v
		}
		return "C"
	}
}

// goldenSite is in this repository: commands run on it pass --no-history,
// so that they do not depend on how the repository was cloned.
const goldenSite = "../../internal/build/testdata/sites/programme"

func TestBuildCommand(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "out")
	code, out, errs := runCmd(t, "build", "--no-history", "-s", goldenSite, "-d", dest, "--now", "2026-11-01")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Built ") || !strings.Contains(out, "posts: 5 shown, 3 held back; production") {
		t.Errorf("summary line: %q", out)
	}
	if _, err := os.Stat(filepath.Join(dest, "posts/kennenlernen/index.html")); err != nil {
		t.Error(err)
	}
}

func TestBuildCommandReportsErrors(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "out")
	code, _, errs := runCmd(t, "build", "--no-history", "--source", "../../internal/build/testdata/invalid/unknown-refs", "--destination", dest)
	if code != exitContent {
		t.Fatalf("exit %d, want %d", code, exitContent)
	}
	for _, want := range []string{
		`content/posts/a.md:4:9: error: tandem "t1" is unknown`,
		`hint: did you mean "t01"?`,
		"nothing was written",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if _, err := os.Stat(dest); !os.IsNotExist(err) {
		t.Error("a failed build wrote output")
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, exitOK, "Usage: tandem <command>"},
		{[]string{"--help"}, exitOK, "Commands:"},
		{[]string{"help", "build"}, exitOK, "--preview"},
		{[]string{"build", "--help"}, exitOK, "--destination"},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"chek"}, exitUsage, `unknown command "chek"; did you mean "check"?`},
		{[]string{"build", "--zzz"}, exitUsage, "tandem build: unknown flag --zzz\nUsage: tandem build"},
		{[]string{"build", "--dest", "x"}, exitUsage, "unknown flag --dest; did you mean --destination?"},
		{[]string{"build", "-x"}, exitUsage, "tandem build: unknown flag -x\n"},
		{[]string{"check", "--thorogh"}, exitUsage, "unknown flag --thorogh; did you mean --thorough?"},
		{[]string{"review", "approve", "--bi", "x"}, exitUsage, "tandem review approve: unknown flag --bi; did you mean --by?"},
		{[]string{"serve", "--port", "abc"}, exitUsage, `tandem serve: invalid value "abc" for flag -port`},
		{[]string{"build", "--now", "gestern"}, exitUsage, "--now"},
		{[]string{"build", "extra"}, exitUsage, "unexpected argument"},
		{[]string{"build", "-s", goldenSite, "-d", "/"}, exitUsage, "root of the file system"},
		{[]string{"version"}, exitOK, "tandem "},
		{[]string{"version", "extra"}, exitUsage, `tandem version: unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errs := runCmd(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(out+errs, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, out, errs)
			}
		})
	}
}
