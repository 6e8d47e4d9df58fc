package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testProgramme = `title: Tandem
rounds:
  - id: r1
    start: 2024-01-01
    end: 2024-06-30
people:
  anna: {name: Anna, role: mentor}
  ben: {name: Ben, role: mentee}
  frauke: {name: Frauke, role: reviewer}
reviewers: [frauke]
`

// reviewSite writes a small site: a draft, a post in review and a bundle.
func reviewSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"content/programme.yaml":                       testProgramme,
		"content/tandems/t01.yaml":                     "round: r1\nmentors: [anna]\nmentee: ben\n",
		"content/posts/r1/2024-03-01-entwurf.md":       "---\ntitle: Entwurf\ndate: 2024-03-01\ntandem: t01\nauthors: [anna]\n---\nText\n",
		"content/posts/r1/warten.md":                   "---\ntitle: Warten\ndate: 2024-03-02\ntandem: t01\nauthors: [ben]\nstatus: review\nreview:\n  submitted_at: 2024-03-02T08:00:00Z\n---\nText\n",
		"content/posts/r1/2024-03-03-buendel/index.md": "---\ntitle: Bündel\ndate: 2024-03-03\ntandem: t01\n---\n![Bild](bild.jpg)\n",
		"content/posts/r1/2024-03-03-buendel/bild.jpg": "JPEG",
	}
	for name, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runTandem runs the command line with buffers.
func runTandem(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	e := env{stdout: &out, stderr: &errOut, stdin: strings.NewReader(""), ctx: context.Background(), getenv: testEnv(nil)}
	code = run(e, args)
	return code, out.String(), errOut.String()
}

func readPost(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestReviewCommands(t *testing.T) {
	t.Parallel()
	const draft, waiting, bundle = "content/posts/r1/2024-03-01-entwurf.md", "content/posts/r1/warten.md", "content/posts/r1/2024-03-03-buendel"
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr []string
		// file and contains check a post afterwards.
		file, contains string
	}{
		{name: "queue", args: []string{"review", "--now", "2024-03-10"}, stdout: []string{"Waiting for review (1)", waiting, `"Warten" · by ben · round r1 · tandem t01 · waiting 7 days`, "1 waiting", "2 draft(s)"}},
		{name: "submit", args: []string{"review", "submit", draft, bundle, "--now", "2024-03-05T10:00:00Z"},
			stdout: []string{"submitted " + draft + " for review", "submitted " + bundle + "/index.md for review", "2 submitted, 0 unchanged, 0 failed"},
			file:   draft, contains: "status: review\nreview:\n  submitted_at: 2024-03-05T10:00:00Z\n---\nText\n"},
		{name: "submit again", args: []string{"review", "submit", waiting}, stdout: []string{"unchanged " + waiting + ": already waiting for review since 2024-03-02"}},
		{name: "approve, flags after the files", args: []string{"review", "approve", waiting, "--by", "frauke", "--now", "2024-03-06T10:00:00Z"},
			stdout: []string{"approved " + waiting + " (digest sha256:", "1 approved, 0 unchanged, 0 failed"},
			file:   waiting, contains: "status: approved\nreview:\n  submitted_at: 2024-03-02T08:00:00Z\n  approved_by: frauke\n  approved_at: 2024-03-06T10:00:00Z\n  digest: sha256:"},
		{name: "approve a draft needs force", args: []string{"review", "approve", "--by", "frauke", draft}, code: 1,
			stderr: []string{draft + ":", "it is a draft", "--force", "1 file(s) failed"}, file: draft, contains: "authors: [anna]\n---\n"},
		{name: "approve a draft with force", args: []string{"review", "approve", "--by", "frauke", "--force", draft}, stdout: []string{"approved " + draft}},
		{name: "unknown reviewer", args: []string{"review", "approve", waiting, "--by", "fraukee"}, code: 1,
			stderr: []string{`"fraukee" is not listed under reviewers`, "\n\thint: ", `did you mean "frauke"?`, "nothing was changed"}, file: waiting, contains: "status: review\n"},
		{name: "reject", args: []string{"review", "reject", waiting, "--by", "frauke", "--note", "Bitte kürzen.", "--now", "2024-03-07"},
			stdout: []string{"sent back " + waiting + " to draft", "1 sent back"},
			file:   waiting, contains: "status: draft\nreview:\n  changes_requested:\n    by: frauke\n    at: 2024-03-07T00:00:00Z\n    note: Bitte kürzen.\n"},
		{name: "a missing file fails, the others go on", args: []string{"review", "submit", "content/posts/nix.md", draft}, code: 1,
			stdout: []string{"submitted " + draft}, stderr: []string{"content/posts/nix.md: no such file"}},
		{name: "a file outside the posts", args: []string{"review", "submit", "content/programme.yaml"}, code: 1, stderr: []string{"it is not a post"}},
		{name: "reject without note", args: []string{"review", "reject", waiting, "--by", "frauke"}, code: 2, stderr: []string{"--note TEXT", "Usage: tandem review reject"}},
		{name: "approve without --by", args: []string{"review", "approve", waiting}, code: 2, stderr: []string{"--by KEY"}},
		{name: "no files", args: []string{"review", "submit"}, code: 2, stderr: []string{"name at least one post file"}},
		{name: "bad format", args: []string{"review", "--format", "xml"}, code: 2, stderr: []string{"--format must be text or json"}},
		{name: "unknown sub-command", args: []string{"review", "publish"}, code: 2, stderr: []string{`unknown sub-command "publish"`}},
		{name: "bad --now", args: []string{"review", "submit", draft, "--now", "gestern"}, code: 2, stderr: []string{"--now"}},
		{name: "help", args: []string{"review", "--help"}, stderr: []string{"tandem review approve FILE... --by KEY"}},
		{name: "submit help", args: []string{"review", "submit", "--help"}, stderr: []string{"Usage: tandem review submit"}},
		{name: "approve help", args: []string{"review", "approve", "-h"}, stderr: []string{"--force"}},
		{name: "reject help", args: []string{"help", "review"}, stderr: []string{"Usage: tandem review"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := reviewSite(t)
			code, stdout, stderr := runTandem(append(tt.args, "-s", dir)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			for _, want := range tt.stdout {
				if !strings.Contains(stdout, want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout)
				}
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			if tt.file != "" {
				if got := readPost(t, dir, tt.file); !strings.Contains(got, tt.contains) {
					t.Errorf("%s lacks %q:\n%s", tt.file, tt.contains, got)
				}
			}
		})
	}
}

func TestReviewQueueJSON(t *testing.T) {
	t.Parallel()
	dir := reviewSite(t)
	code, stdout, stderr := runTandem("review", "-s", dir, "--format", "json", "--now", "2024-03-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		Now     string `json:"now"`
		Waiting []struct {
			Path        string   `json:"path"`
			Authors     []string `json:"authors"`
			DaysWaiting int      `json:"days_waiting"`
		} `json:"waiting"`
		Drafts int `json:"drafts"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, stdout)
	}
	if got.Now != "2024-03-10T00:00:00Z" || len(got.Waiting) != 1 || got.Waiting[0].Path != "content/posts/r1/warten.md" ||
		got.Waiting[0].DaysWaiting != 7 || got.Drafts != 2 {
		t.Errorf("queue %+v", got)
	}
}

// TestReviewFilesRelativeToHere changes the working folder, so it does
// not run in parallel.
func TestReviewFilesRelativeToHere(t *testing.T) {
	dir := reviewSite(t)
	t.Chdir(filepath.Join(dir, "content", "posts", "r1"))
	code, stdout, stderr := runTandem("review", "submit", "-s", "../../..", "2024-03-01-entwurf.md", "2024-03-03-buendel/", "../../../content/posts/r1/warten.md")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{"submitted content/posts/r1/2024-03-01-entwurf.md", "submitted content/posts/r1/2024-03-03-buendel/index.md", "unchanged content/posts/r1/warten.md"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	outside := filepath.Join(t.TempDir(), "x.md")
	if err := os.WriteFile(outside, []byte("---\ntitle: x\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runTandem("review", "submit", "-s", "../../..", outside)
	if code != 1 || !strings.Contains(stderr, "not inside the site folder") {
		t.Errorf("a file outside the site: exit %d, %s", code, stderr)
	}
}

// TestSubmitWarnsAboutSkeleton checks that submitting a post as tandem
// new wrote it warns about the skeleton's text and empty sections, and
// still submits it.
func TestSubmitWarnsAboutSkeleton(t *testing.T) {
	t.Parallel()
	dir := reviewSite(t)
	code, stdout, stderr := runTandem("new", "post", "--tandem", "t01", "--date", "2024-03-08", "Noch leer", "-s", dir)
	if code != exitOK {
		t.Fatalf("new post: exit %d\n%s%s", code, stdout, stderr)
	}
	name := "content/posts/r1/2024-03-08-noch-leer.md"
	code, stdout, stderr = runTandem("review", "submit", name, "-s", dir)
	for _, want := range []string{name + ": warning: line 13: this is still the skeleton's text: \"Worum ging es beim Treffen?",
		name + `: warning: line 17: the section "## Was wir gelernt haben" from the skeleton is still empty; write the section, or delete the heading`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != exitOK || !strings.Contains(stdout, "1 submitted") {
		t.Errorf("exit %d, stdout:\n%s", code, stdout)
	}
	// in German, as a German author reads it
	if code, _, _ = runTandem("new", "post", "--tandem", "t01", "--date", "2024-03-09", "Auch leer", "-s", dir); code != exitOK {
		t.Fatalf("new post: exit %d", code)
	}
	de := "content/posts/r1/2024-03-09-auch-leer.md"
	_, _, stderr = runCmdEnv(t, []string{"TANDEM_LANG=de"}, "review", "submit", de, "-s", dir)
	if want := de + `: Warnung: Zeile 17: Der Abschnitt "## Was wir gelernt haben" aus der Vorlage ist noch leer; Schreibe den Abschnitt oder lösche die Überschrift`; !strings.Contains(stderr, want) {
		t.Errorf("German stderr lacks %q:\n%s", want, stderr)
	}
	// check --preview finds the same, positioned (submit added two lines
	// to the front matter), and a production check
	// (which leaves the unapproved post out) does not.
	_, stdout, _ = runTandem("check", "--preview", "--no-history", "--now", "2024-03-09", "-s", dir)
	for _, want := range []string{
		name + ":15:1: warning: this is still the skeleton's text: \"Worum ging es beim Treffen? Schreibt hier zwei, drei Sätze als Einstieg.\"\n\thint: replace it with your own text\n",
		name + ":19:1: warning: the section \"## Was wir gelernt haben\" from the skeleton is still empty\n\thint: write the section, or delete the heading\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("check --preview lacks %q:\n%s", want, stdout)
		}
	}
	if _, stdout, _ = runTandem("check", "--no-history", "--now", "2024-03-09", "-s", dir); strings.Contains(stdout, "skeleton") {
		t.Errorf("a production check reports the skeleton:\n%s", stdout)
	}
}

// TestReviewQueueListsBundleFiles: the queue names every file of a
// bundle waiting for review, in the text (English and German) and in
// JSON, so the reviewer opens the files an approval covers, also those
// its page does not show.
func TestReviewQueueListsBundleFiles(t *testing.T) {
	t.Parallel()
	dir := reviewSite(t)
	bundle := "content/posts/r1/2024-03-03-buendel/"
	if err := os.WriteFile(filepath.Join(dir, bundle+"anhang.pdf"), []byte("%PDF"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runTandem("review", "submit", "-s", dir, bundle+"index.md", "--now", "2024-03-04T08:00:00Z"); code != 0 {
		t.Fatalf("submit: exit %d: %s", code, stderr)
	}
	for lang, want := range map[string]string{"LANG=en_GB.UTF-8": "    files: anhang.pdf, bild.jpg\n", "LANG=de_DE.UTF-8": "    Dateien: anhang.pdf, bild.jpg\n"} {
		if _, stdout, _ := runCmdEnv(t, []string{lang}, "review", "-s", dir, "--now", "2024-03-10"); !strings.Contains(stdout, want) {
			t.Errorf("%s: the queue does not list the bundle's files (%q):\n%s", lang, want, stdout)
		}
	}
	_, stdout, _ := runTandem("review", "-s", dir, "--format", "json", "--now", "2024-03-10")
	if !strings.Contains(stdout, `"files": [`) || !strings.Contains(stdout, `"anhang.pdf"`) {
		t.Errorf("the JSON queue does not list the bundle's files:\n%s", stdout)
	}
}
