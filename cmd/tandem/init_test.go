package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readIn reads a file of a site, failing the test when it is missing.
func readIn(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// initPost is the example post tandem init writes, found by its folder.
func initPost(t *testing.T, dir, round string) string {
	t.Helper()
	posts, _ := filepath.Glob(filepath.Join(dir, "content/posts", round, "*.md"))
	if len(posts) != 1 {
		t.Fatalf("want one example post in round %s, found %q", round, posts)
	}
	rel, _ := filepath.Rel(dir, posts[0])
	return filepath.ToSlash(rel)
}

// TestInitBuildsAtOnce starts a programme in each language, builds and
// checks it, then publishes the example post as the next steps say.
func TestInitBuildsAtOnce(t *testing.T) {
	for _, tt := range []struct{ lang, round, title string }{
		{"de", "runde-1", "Unser erstes Treffen"},
		{"en", "round-1", "Our first meeting"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "programm")
			code, out, errs := runCmd(t, "init", dir, "--language", tt.lang, "--title", "Tandems: bei uns", "--organisation", "Beispiel AG")
			if code != exitOK {
				t.Fatalf("init: exit %d: %s", code, errs)
			}
			for _, want := range []string{"content/programme.yaml", ".gitignore", ".github/workflows/tandem.yml", "cd " + dir, "tandem review submit"} {
				if !strings.Contains(out, want) {
					t.Errorf("init's output lacks %q:\n%s", want, out)
				}
			}
			prog := readIn(t, dir, "content/programme.yaml")
			for _, want := range []string{"title: 'Tandems: bei uns'", "organisation: Beispiel AG", "language: " + tt.lang, "id: " + tt.round} {
				if !strings.Contains(prog, want) {
					t.Errorf("programme.yaml lacks %q:\n%s", want, prog)
				}
			}
			post := initPost(t, dir, tt.round)
			if text := readIn(t, dir, post); !strings.Contains(text, "title: "+tt.title) || !strings.Contains(text, "status: draft") {
				t.Errorf("the example post is not a draft titled %q:\n%s", tt.title, text)
			}
			if _, err := os.Stat(filepath.Join(dir, "themes")); !os.IsNotExist(err) {
				t.Errorf("init copied a theme: %v", err)
			}
			if code, out, errs := runCmd(t, "build", "-s", dir); code != exitOK || !strings.Contains(out, "posts: 0 shown, 1 held back") {
				t.Fatalf("build: exit %d\n%s%s", code, out, errs)
			}
			for _, args := range [][]string{{"check", "-s", dir}, {"check", "--preview", "-s", dir}} {
				if code, out, errs := runCmd(t, args...); code != exitOK || !strings.Contains(out, "0 errors, 0 warnings") {
					t.Errorf("%s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
				}
			}
			if code, _, errs := runCmd(t, "review", "submit", "-s", dir, post); code != exitOK {
				t.Fatalf("submit: %s", errs)
			}
			if code, _, errs := runCmd(t, "review", "approve", "-s", dir, post, "--by", "team"); code != exitOK {
				t.Fatalf("approve: %s", errs)
			}
			if code, out, errs := runCmd(t, "build", "-s", dir); code != exitOK || !strings.Contains(out, "posts: 1 shown, 0 held back") {
				t.Fatalf("build after approval: exit %d\n%s%s", code, out, errs)
			}
		})
	}
}

// TestInitDefaultsWithoutTerminal runs init with standard input that is
// no terminal: it asks nothing and writes the documented defaults.
func TestInitDefaultsWithoutTerminal(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runCmd(t, "init", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, "Title of the programme") {
		t.Errorf("init asked without a terminal:\n%s", out)
	}
	prog := readIn(t, dir, "content/programme.yaml")
	for _, want := range []string{"title: Reverse Mentoring", "language: de", "base_url: http://localhost:1414/", "id: runde-1"} {
		if !strings.Contains(prog, want) {
			t.Errorf("programme.yaml lacks the default %q:\n%s", want, prog)
		}
	}
	if strings.Contains(prog, "organisation:") {
		t.Errorf("programme.yaml names an organisation nobody gave:\n%s", prog)
	}
}

func TestInitRefuses(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"init", full}, exitContent, "the folder is not empty (it holds notes.txt)"},
		{[]string{"init", t.TempDir(), "--language", "fr"}, exitUsage, `--language "fr" is not a language`},
		{[]string{"init", t.TempDir(), "--base-url", "intranet/blog"}, exitUsage, "is not an absolute http(s) URL"},
		{[]string{"init", t.TempDir(), "--round", "Runde 1"}, exitUsage, `use "runde-1"`},
		{[]string{"init", t.TempDir(), "--title", "a\nb"}, exitUsage, "line break"},
		{[]string{"init", "a", "b"}, exitUsage, "at most one folder"},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: exit %d, want %d with %q:\n%s%s", tt.args, code, tt.code, tt.want, out, errs)
		}
	}
	if entries, _ := os.ReadDir(full); len(entries) != 1 {
		t.Errorf("init wrote into a folder that was not empty: %v", entries)
	}
}

// TestInitBesideGit starts a programme in a fresh git repository (its
// .git folder is all it holds) and checks what .gitignore keeps out:
// tandem's output, also as a symbolic link, its manifest and serve's
// folder; and that check reads the history there.
func TestInitBesideGit(t *testing.T) {
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q")
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatalf("init beside .git: %s", errs)
	}
	gitIn(t, dir, "add", "-A")
	gitIn(t, dir, "commit", "-q", "-m", "start")
	if code, out, errs := runCmd(t, "check", "-s", dir); code != exitOK {
		t.Fatalf("check in a git repository: exit %d\n%s%s", code, out, errs)
	}
	if err := os.Symlink(t.TempDir(), filepath.Join(dir, "public")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"public", ".public.tandem-manifest", ".tandem/preview/index.html"} {
		gitIn(t, dir, "check-ignore", "-q", "--no-index", name)
	}
	if status := gitIn(t, dir, "status", "--porcelain"); status != "" {
		t.Errorf("after init, a commit and a public link, git sees changes:\n%s", status)
	}
}
