package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func newSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"content/programme.yaml":   checkProgramme,
		"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\n",
	})
}

func TestNewCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		args   []string
		code   int
		path   string // the file printed and written, below the site
		stderr string
		want   string // in the file
	}{
		{"a diary post", []string{"post", "--tandem", "t01", "--date", "2024-02-01", "Unser erstes Treffen"}, exitOK,
			"content/posts/r1/2024-02-01-unser-erstes-treffen.md", "", "authors: [ada]"},
		{"a title in several words, flags after it", []string{"post", "Zweites", "Treffen", "--tandem", "t01", "--date", "2024-02-15", "--bundle"}, exitOK,
			"content/posts/r1/2024-02-15-zweites-treffen/index.md", "", "title: Zweites Treffen"},
		{"a retrospective", []string{"post", "--round", "r1", "--kind", "retrospective", "--date", "2024-07-01", "Rückblick"}, exitOK,
			"content/posts/r1/2024-07-01-rueckblick.md", "", "kind: retrospective"},
		{"a tandem, id first", []string{"tandem", "t02", "--round", "r1", "--mentors", "ada", "--mentee", "cleo", "--goal", "KI: erste Schritte", "--goal", "Teams"}, exitOK,
			"content/tandems/t02.yaml", "", "  - 'KI: erste Schritte'\n  - Teams\n"},
		{"a round", []string{"round", "--title", "Runde 2", "r2", "--start", "2024-09-02", "--end", "2025-02-28"}, exitOK,
			"content/programme.yaml", "", "    end: 2024-06-28\n  - id: r2\n    title: Runde 2\n    start: 2024-09-02\n    end: 2025-02-28\npeople:"},
		{"an unknown tandem", []string{"post", "--tandem", "t1", "Hallo"}, exitContent, "", `tandem new post: tandem "t1" is unknown; did you mean "t01"?`, ""},
		{"an unknown mentor", []string{"tandem", "t02", "--round", "r1", "--mentors", "ade", "--mentee", "cleo"}, exitContent, "", `tandem new tandem: person "ade" is unknown; did you mean "ada"?`, ""},
		{"an existing round", []string{"round", "r1", "--title", "R", "--start", "2024-01-01", "--end", "2024-02-01"}, exitContent, "",
			`tandem new round: round "r1" exists already (content/programme.yaml:4:5); choose another id`, ""},
		{"no tandem id", []string{"tandem", "--round", "r1"}, exitUsage, "", "give the new tandem's id once", ""},
		{"two round ids", []string{"round", "r2", "r3"}, exitUsage, "", "give the new round's id once", ""},
		{"something else", []string{"postt"}, exitUsage, "", `tandem new: cannot create a "postt"; did you mean "post"?`, ""},
		{"nothing", nil, exitUsage, "", "Usage: tandem new post|tandem|round", ""},
		{"flags first", []string{"-s", "."}, exitUsage, "", "tandem new: say first what to create: tandem new post|tandem|round [flags]", ""},
		{"an unknown flag", []string{"post", "--tandm", "t01", "x"}, exitUsage, "", "unknown flag --tandm; did you mean --tandem?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := newSite(t)
			args := append([]string{"new"}, tt.args...)
			if len(tt.args) > 0 {
				args = append(args, "-s", dir)
			}
			code, out, errs := runCmd(t, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out, errs)
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errs)
			}
			if tt.path == "" {
				if out != "" {
					t.Errorf("printed %q, but should have written nothing", out)
				}
				return
			}
			if want := filepath.Join(dir, filepath.FromSlash(tt.path)) + "\n"; out != want {
				t.Errorf("printed %q, want %q", out, want)
			}
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tt.path)))
			if err != nil || !strings.Contains(string(data), tt.want) {
				t.Errorf("%s lacks %q (%v):\n%s", tt.path, tt.want, err, data)
			}
		})
	}
}

// TestNewThenCheck makes sure what tandem new writes builds and checks
// cleanly as a draft, with no errors.
func TestNewThenCheck(t *testing.T) {
	t.Parallel()
	dir := newSite(t)
	for _, args := range [][]string{
		{"new", "round", "r2", "--title", "Runde 2: Herbst", "--start", "2024-09-02", "--end", "2025-02-28", "-s", dir},
		{"new", "tandem", "t02", "--round", "r2", "--mentors", "ada", "--mentee", "cleo", "--goal", "Teams", "-s", dir},
		{"new", "post", "--tandem", "t02", "--date", "2024-09-10", `Er sagte: "Hallo" – und dann?`, "-s", dir},
	} {
		if code, out, errs := runCmd(t, args...); code != exitOK {
			t.Fatalf("%v: exit %d\n%s%s", args, code, out, errs)
		}
	}
	code, out, errs := runCmd(t, "check", "-s", dir, "--preview", "--now", "2024-10-01")
	if code != exitOK || !strings.Contains(out, "0 errors") {
		t.Errorf("check: exit %d\n%s%s", code, out, errs)
	}
}

func TestParseMixed(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		pos  string
		x    string
	}{
		{[]string{"a", "-x", "1", "b"}, "a b", "1"},
		{[]string{"-x", "1", "a"}, "a", "1"},
		{[]string{"a", "--", "-x", "b"}, "a -x b", ""},
		{nil, "", ""},
	}
	for _, tt := range tests {
		e := env{stderr: &strings.Builder{}}
		fs := newFlags(e, "t", "t")
		x := fs.String("x", "", "")
		pos, ok, _ := parseMixed(e, fs, tt.args)
		if !ok || strings.Join(pos, " ") != tt.pos || *x != tt.x {
			t.Errorf("%q: positional %q, x %q, want %q and %q", tt.args, pos, *x, tt.pos, tt.x)
		}
	}
}

// TestCancelledCommandsWriteNothing runs the commands that write with a
// context cancelled from the start (Ctrl-C before they got far): each
// exits 130 with one line and leaves the site as it was.
func TestCancelledCommandsWriteNothing(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"new", "post", "--tandem", "t01", "--date", "2024-02-01", "Unser erstes Treffen"},
		{"new", "post", "--tandem", "t01", "--bundle", "Mit Bild"},
		{"new", "tandem", "t02", "--round", "r1", "--mentors", "ada", "--mentee", "cleo"},
		{"new", "round", "r2", "--title", "Runde 2", "--start", "2024-09-02", "--end", "2025-02-28"},
		{"build"},
		{"check"},
		{"review"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			site := newSite(t)
			before := treeSum(t, site)
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errs strings.Builder
			e := env{stdout: &out, stderr: &errs, stdin: strings.NewReader(""), ctx: ctx, getenv: testEnv(nil)}
			code := run(e, append(args, "-s", site))
			if code != exitInterrupted || strings.Count(errs.String(), "\n") != 1 || !strings.Contains(errs.String(), "interrupted") {
				t.Errorf("exit %d, stderr:\n%s", code, errs.String())
			}
			if treeSum(t, site) != before {
				t.Error("the site changed")
			}
		})
	}
}
