package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSite writes files below a new temporary folder and returns it.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const checkProgramme = `title: Tandem-Tagebuch
base_url: https://intranet.example.com/mentoring/
rounds:
  - id: r1
    title: Runde 1
    start: 2024-01-08
    end: 2024-06-28
people:
  ada: {name: Ada, role: mentor, department: IT}
  cleo: {name: Cleo, role: mentee, department: Vorstand}
  frauke: {name: Frauke, role: reviewer}
reviewers: [frauke]
`

// findingsSite has one broken link (an error) and a tandem without goals
// (a warning).
func findingsSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"content/programme.yaml":               checkProgramme,
		"content/tandems/t01.yaml":             "round: r1\nmentors: [ada]\nmentee: cleo\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\nauthors: [ada]\n---\nSiehe [hier](../stories/).\n",
	})
}

func TestCheckFormats(t *testing.T) {
	t.Parallel()
	dir := findingsSite(t)
	tests := []struct {
		format string
		want   string
	}{
		{"text", `content/posts/r1/2024-01-15-start.md:7:14: error: link "../stories/" leads to /mentoring/posts/stories/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/tandems/t01.yaml:1:1: warning: tandem t01 has no learning goals
	hint: add the goals, one per line: goals: ["Kurzvideos verstehen", "Einen Beitrag selbst posten"]
1 error, 1 warning (no-goals 1)
`},
		{"json", `[
  {
    "file": "content/posts/r1/2024-01-15-start.md",
    "line": 7,
    "column": 14,
    "severity": "error",
    "code": "broken-link",
    "message": "link \"../stories/\" leads to /mentoring/posts/stories/, which is not a page or file of the site",
    "hint": "another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean"
  },
  {
    "file": "content/tandems/t01.yaml",
    "line": 1,
    "column": 1,
    "severity": "warning",
    "code": "no-goals",
    "message": "tandem t01 has no learning goals",
    "hint": "add the goals, one per line: goals: [\"Kurzvideos verstehen\", \"Einen Beitrag selbst posten\"]"
  }
]
`},
		{"github", `::error file=content/posts/r1/2024-01-15-start.md,line=7,col=14,title=broken-link::link "../stories/" leads to /mentoring/posts/stories/, which is not a page or file of the site%0Ahint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
::warning file=content/tandems/t01.yaml,line=1,col=1,title=no-goals::tandem t01 has no learning goals%0Ahint: add the goals, one per line: goals: ["Kurzvideos verstehen", "Einen Beitrag selbst posten"]
`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			t.Parallel()
			code, out, errs := runCmd(t, "check", "-s", dir, "--format", tt.format, "--preview", "--now", "2024-03-01")
			if code != exitContent {
				t.Errorf("exit %d, want %d", code, exitContent)
			}
			if errs != "" {
				t.Errorf("stderr is not a terminal, yet got %q", errs)
			}
			// Paths name the site folder, so they work from where tandem ran.
			prefix := filepath.ToSlash(dir) + "/"
			if !strings.Contains(out, prefix+"content/") {
				t.Errorf("paths lack the site folder %s:\n%s", prefix, out)
			}
			if got := strings.ReplaceAll(out, prefix, ""); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestCheckExitCodes(t *testing.T) {
	t.Parallel()
	warnOnly := writeSite(t, map[string]string{
		"content/programme.yaml":               checkProgramme,
		"content/tandems/t01.yaml":             "round: r1\nmentors: [ada]\nmentee: cleo\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\n---\nGut.\n",
	})
	clean := writeSite(t, map[string]string{
		"content/programme.yaml":               checkProgramme,
		"content/tandems/t01.yaml":             "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\n---\nGut.\n",
	})
	broken := writeSite(t, map[string]string{"content/programme.yaml": "title: [\n"})
	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"clean", []string{"-s", clean, "--now", "2024-03-01"}, exitOK, "0 errors, 0 warnings\n"},
		{"clean as JSON", []string{"-s", clean, "--now", "2024-03-01", "--format", "json"}, exitOK, "[]\n"},
		{"clean for GitHub", []string{"-s", clean, "--now", "2024-03-01", "--format", "github"}, exitOK, ""},
		{"warnings pass", []string{"-s", warnOnly, "--now", "2024-03-01"}, exitOK, "0 errors, 1 warning"},
		{"warnings fail with --strict", []string{"-s", warnOnly, "--now", "2024-03-01", "--strict"}, exitContent, "0 errors, 1 warning"},
		{"errors fail", []string{"--source", findingsSite(t), "--preview", "--now", "2024-03-01"}, exitContent, "1 error, 1 warning"},
		{"errors fail with --thorough", []string{"--source", findingsSite(t), "--preview", "--now", "2024-03-01", "--thorough"}, exitContent,
			"content/posts/r1/2024-01-15-start.md:7:14: error: link \"../stories/\""},
		{"a site that does not load", []string{"-s", broken}, exitContent, "content/programme.yaml:1:1: error: "},
		{"an unknown format", []string{"-s", clean, "--format", "xml"}, exitUsage, ""},
		{"a bad --now", []string{"-s", clean, "--now", "gestern"}, exitUsage, ""},
		{"an argument", []string{"-s", clean, "extra"}, exitUsage, ""},
		{"help", []string{"--help"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out, errs := runCmd(t, append([]string{"check"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.out) || (tt.out == "" && code == exitOK && tt.name != "help" && out != "") {
				t.Errorf("output lacks %q:\n%s", tt.out, out)
			}
		})
	}
}

func TestCheckUsageMessages(t *testing.T) {
	t.Parallel()
	_, _, errs := runCmd(t, "check", "--format", "xml")
	if !strings.Contains(errs, `--format "xml" is not a format; use one of text, json, github`) {
		t.Errorf("stderr: %q", errs)
	}
	_, _, errs = runCmd(t, "check", "--help")
	for _, flag := range []string{"-format", "-strict", "-preview", "-now", "-source", "-thorough", "-timings"} {
		if !strings.Contains(errs, flag) {
			t.Errorf("help lacks %s:\n%s", flag, errs)
		}
	}
}

// TestCheckTimings: --timings prints the stages on standard error and
// leaves the findings on standard output as they were (JSON stays JSON).
func TestCheckTimings(t *testing.T) {
	t.Parallel()
	dir := findingsSite(t)
	_, plain, _ := runCmd(t, "check", "-s", dir, "--format", "json", "--preview", "--now", "2024-03-01")
	code, out, errs := runCmd(t, "check", "-s", dir, "--format", "json", "--preview", "--now", "2024-03-01", "--timings")
	if code != exitContent || out != plain {
		t.Errorf("exit %d; findings changed with --timings:\n%s\nwant\n%s", code, out, plain)
	}
	for _, stage := range []string{"Stages: load ", " · validate ", " · review gate ", " · model ", " · outline ", " · links+practice "} {
		if !strings.Contains(errs, stage) {
			t.Errorf("stderr lacks %q: %q", stage, errs)
		}
	}
}

// TestCheckSaysWhatItLeftOut checks that a production check says what it
// checked of the posts held back (the two scheduled ones in full, of the
// two others all but their links), and that --preview checks them.
func TestCheckSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	_, _, errs := runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2024-07-01")
	for _, want := range []string{
		"tandem check: 2 scheduled posts (approved, dated later) were checked, links included, as they will be published at their date\n",
		"tandem check: 2 posts held back from publication (not approved) had their front matter, photos and good practice checked, not their links; --preview checks those too\n",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q: %q", want, errs)
		}
	}
	if strings.Contains(errs, "not checked") {
		t.Errorf("stderr still says posts were not checked: %q", errs)
	}
	_, _, errs = runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2024-07-01", "--preview")
	if strings.Contains(errs, "held back") {
		t.Errorf("--preview still says posts were held back: %q", errs)
	}
}

// TestPathsFromHere checks that build and check name files as seen from
// the working folder, whether -s is relative or absolute (inside it).
func TestPathsFromHere(t *testing.T) {
	t.Parallel()
	rel := "../../internal/build/testdata/invalid/unknown-refs"
	abs, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	want := rel + "/content/posts/a.md:4:9: error: tandem \"t1\" is unknown"
	for _, args := range [][]string{{"build", "--no-history", "-s", rel, "-d", t.TempDir()}, {"check", "--no-history", "-s", rel}} {
		_, out, errs := runCmd(t, args...)
		if !strings.Contains(out+errs, want) {
			t.Errorf("%v: output lacks %q:\n%s%s", args, want, out, errs)
		}
	}
	if got := fromHere(abs); got != "testdata" {
		t.Errorf("fromHere(%s) = %s, want testdata", abs, got)
	}
	if got := fromHere("/"); got != "/" {
		t.Errorf("fromHere(/) = %s, want / (outside the working folder)", got)
	}
}

// TestCheckIgnore checks that --ignore leaves warnings of a kind out of
// the findings and of --strict's verdict and says so, and that the text
// format counts the warnings by kind.
func TestCheckIgnore(t *testing.T) {
	t.Parallel()
	code, out, errs := runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2024-07-01", "--strict")
	if code != exitContent || !strings.Contains(out, "0 errors, 2 warnings (diary-gap 1, raw-html 1)\n") {
		t.Errorf("without --ignore: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs = runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2024-07-01", "--strict", "--ignore", "no-summary,diary-gap,raw-html")
	if code != exitOK || !strings.Contains(out, "0 errors, 0 warnings") || !strings.Contains(errs, "2 warnings left out (--ignore no-summary,diary-gap,raw-html)") {
		t.Errorf("with --ignore: exit %d\n%s%s", code, out, errs)
	}
	_, out, _ = runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2024-07-01", "--format", "json", "--ignore", "diary-gap")
	if strings.Contains(out, "diary-gap") {
		t.Errorf("json still holds the ignored kind:\n%s", out)
	}
}
