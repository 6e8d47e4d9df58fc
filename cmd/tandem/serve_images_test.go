package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/check"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
)

// TestServeWarnsMissingImage: serve reports an image that leads to no
// file as a warning at its position, in English and German, after the
// first build and after a save; a save that fixes the post drops its
// warning and keeps the other post's, which was not checked again.
func TestServeWarnsMissingImage(t *testing.T) {
	t.Parallel()
	dir, compiler, s := servedCopy(t)
	const a, b = "content/posts/r1/2024-01-15-kennenlernen.md", "content/posts/r1/2024-03-18-grosser-denken.md"
	write := func(name, old, new string) { // appends new when old is ""
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(data) + new
		if old != "" {
			text = strings.Replace(string(data), old, new, 1)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "", "\n![Foto vom Treffen](treffen.jpg)\n")
	write(b, "", "\n![Tafel](tafel.png)\n")
	compiled, problems := compileOK(t, compiler)
	got := imageWarnings(s.withFindings(compiled, problems, nil))
	if len(got) != 2 || got[0].Pos.Path != a || got[1].Pos.Path != b {
		t.Fatalf("after the first build: %v, want a warning in each post", got)
	}
	en := got[0].Error()
	de := got[0].In(messages.New().Printer("de")).Error()
	for _, w := range []string{a + ":", `warning: image "treffen.jpg" is missing`, "hint: turn the post into a bundle"} {
		if !strings.Contains(en, w) {
			t.Errorf("English %q lacks %q", en, w)
		}
	}
	for _, w := range []string{a + ":", `Das Bild "treffen.jpg" fehlt`, "Mach aus dem Beitrag ein Bundle"} {
		if !strings.Contains(de, w) {
			t.Errorf("German %q lacks %q", de, w)
		}
	}

	write(a, "\n![Foto vom Treffen](treffen.jpg)\n", "")
	compiled, problems = compileOK(t, compiler)
	if got := imageWarnings(s.withFindings(compiled, problems, []string{a})); len(got) != 1 || got[0].Pos.Path != b {
		t.Errorf("after fixing %s: %v, want only the warning in %s", a, got, b)
	}
}

// servedCopy copies the golden site into a new folder and returns the
// folder, a preview compiler of it (which reads nothing before its first
// Compile) and a serve session to add the posts' findings.
func servedCopy(t *testing.T) (string, *build.Compiler, *session) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	compiler := build.NewCompiler(os.DirFS(dir), build.Options{Preview: true, Now: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)})
	return dir, compiler, &session{e: env{ctx: context.Background(), stdout: io.Discard, stderr: io.Discard}}
}

// compileOK compiles the site again and fails the test when it does not
// build.
func compileOK(t *testing.T, c *build.Compiler) (*build.Compiled, diag.List) {
	t.Helper()
	compiled, problems := c.Compile()
	if compiled == nil {
		t.Fatalf("the site does not build: %v", diag.ListError(problems))
	}
	return compiled, problems
}

func imageWarnings(l diag.List) []diag.Problem {
	var out []diag.Problem
	for _, p := range l {
		if p.Code == "missing-image" && p.Severity == diag.Warning {
			out = append(out, p)
		}
	}
	return out
}

// TestRebuiltLineCounts: serve's rebuild line says "1 file", "2 files",
// and "1 Datei", "2 Dateien".
func TestRebuiltLineCounts(t *testing.T) {
	t.Parallel()
	c := messages.New()
	for _, tt := range []struct {
		lang    string
		changed []string
		want    string
	}{
		{"en", []string{"a"}, "1 file rewritten"},
		{"en", []string{"a", "b"}, "2 files rewritten"},
		{"de", []string{"a"}, "1 Datei neu geschrieben"},
		{"de", []string{"a", "b"}, "2 Dateien neu geschrieben"},
	} {
		if got := rebuilt(tt.changed, false).In(c.Printer(tt.lang)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestServeWarnsLinksAndAltText: serve reports, as warnings, a link in a
// post that leads nowhere and an image without alt text, as tandem check
// does; a save of another post that makes the link's page (a post's new
// tag) drops the link's warning, though that post was not saved: the
// paths the site serves changed, so every post is checked again.
func TestServeWarnsLinksAndAltText(t *testing.T) {
	t.Parallel()
	dir, compiler, s := servedCopy(t)
	const a, b = "content/posts/r1/2024-01-15-kennenlernen.md", "content/posts/r1/2024-03-18-grosser-denken.md"
	edit := func(name, old, new string) { replaceInFile(t, filepath.Join(dir, name), old, new) }
	edit(a, "\n---\n", "\n---\n\n[Mehr zum Thema](/mentoring/tags/neu/)\n")
	edit(b, "\n---\n", "\n---\n\n![](https://example.com/tafel.png)\n")
	compiled, problems := compileOK(t, compiler)
	got := codes(s.withFindings(compiled, problems, nil))
	if want := []string{a + " broken-link warning", b + " alt-missing warning"}; !slices.Equal(got, want) {
		t.Fatalf("after the first build: %q, want %q", got, want)
	}
	edit(b, "tags: [KI]", "tags: [KI, neu]")
	compiled, problems = compileOK(t, compiler)
	if got := codes(s.withFindings(compiled, problems, []string{b})); !slices.Equal(got, []string{b + " alt-missing warning"}) {
		t.Errorf("after %s has the tag page %s links to: %q, want only the alt text in %s", b, a, got, b)
	}
}

// codes lists the path, code and severity of each problem of l that
// check.InPosts reports.
func codes(l diag.List) []string {
	var out []string
	for _, p := range l {
		if slices.Contains([]string{"broken-link", "missing-image", "alt-missing", "alt-file-name"}, p.Code) {
			out = append(out, p.Pos.Path+" "+p.Code+" "+p.Severity.String())
		}
	}
	return out
}

// TestServePrintsOnlySavedWarnings: after a save, serve prints the errors
// and the saved files' warnings, and counts the others (a site with
// thousands of warnings printed them all on every save); the first
// build prints every one.
func TestServePrintsOnlySavedWarnings(t *testing.T) {
	t.Parallel()
	var problems diag.List
	problems.Warnf(diag.Pos{Path: "content/posts/a.md", Line: 2, Col: 1}, "no-summary", diag.T("add a summary"), "warning in a")
	problems.Warnf(diag.Pos{Path: "content/posts/b/index.md", Line: 2, Col: 1}, "no-summary", diag.T("add a summary"), "warning in b")
	problems.Warnf(diag.Pos{Path: "content/posts/c.md", Line: 2, Col: 1}, "no-summary", diag.T("add a summary"), "warning in c")
	problems.Errorf(diag.Pos{Path: "content/tandems/x.yaml", Line: 1, Col: 1}, "yaml", diag.T("fix it"), "error in x")
	for _, tc := range []struct {
		incremental bool
		want, not   []string
	}{
		{false, []string{"warning in a", "warning in b", "warning in c", "error in x"}, []string{"other files"}},
		{true, []string{"warning in b", "error in x", "2 warnings in other files; tandem check lists them"}, []string{"warning in a", "warning in c"}},
	} {
		var errs strings.Builder
		s := &session{e: env{ctx: context.Background(), stdout: io.Discard, stderr: &errs, getenv: func(string) string { return "" }}}
		s.printSaved(problems, []string{"content/posts/b"}, tc.incremental)
		for _, w := range tc.want {
			if !strings.Contains(errs.String(), w) {
				t.Errorf("incremental %v: %q missing in\n%s", tc.incremental, w, errs.String())
			}
		}
		for _, n := range tc.not {
			if strings.Contains(errs.String(), n) {
				t.Errorf("incremental %v: %q printed in\n%s", tc.incremental, n, errs.String())
			}
		}
	}
}

// TestServeChecksSavedPostForNewWord: a save that adds a word, and so a
// file of the search index's vocabulary or postings, checks only the
// saved post again (a link check takes every file there as served, as
// tandem check does): post a's link, fixed on disk without a save, keeps
// its warning. A save that takes away a page another post links to (a
// tag's last post) still checks every post.
func TestServeChecksSavedPostForNewWord(t *testing.T) {
	t.Parallel()
	dir, compiler, s := servedCopy(t)
	const a, b = "content/posts/r1/2024-01-15-kennenlernen.md", "content/posts/r1/2024-03-18-grosser-denken.md"
	edit := func(name, old, new string) { replaceInFile(t, filepath.Join(dir, name), old, new) }
	edit(a, "\n---\n", "\n---\n\n[Mehr](/mentoring/gibt-es-nicht/) und [Thema](/mentoring/tags/neu/)\n")
	edit(b, "tags: [KI]", "tags: [KI, neu]")
	compiled, problems := compileOK(t, compiler)
	words := wordFiles(compiled)
	if got, want := codes(s.withFindings(compiled, problems, nil)), []string{a + " broken-link warning"}; !slices.Equal(got, want) {
		t.Fatalf("after the first build: %q, want %q", got, want)
	}
	edit(a, "[Mehr](/mentoring/gibt-es-nicht/)", "Mehr")
	edit(b, "\n---\n", "\n---\n\nXylophonquartett zyklisch.\n")
	compiled, problems = compileOK(t, compiler)
	if slices.Equal(wordFiles(compiled), words) {
		t.Fatal("the new words add no file to the search index; the test needs other words")
	}
	if got, want := codes(s.withFindings(compiled, problems, []string{b})), []string{a + " broken-link warning"}; !slices.Equal(got, want) {
		t.Errorf("after a save of %s that adds words: %q, want %q (%s not checked again)", b, got, want, a)
	}
	edit(b, "tags: [KI, neu]", "tags: [KI]")
	compiled, problems = compileOK(t, compiler)
	if got, want := codes(s.withFindings(compiled, problems, []string{b})), []string{a + " broken-link warning"}; !slices.Equal(got, want) {
		t.Fatalf("after %s left the tag %s links to: %q, want %q", b, a, got, want)
	}
	if got := fmt.Sprint(s.withFindings(compiled, problems, []string{b})); !strings.Contains(got, "tags/neu/") || strings.Contains(got, "gibt-es-nicht") {
		t.Errorf("after %s left the tag %s links to: %s, want the link to tags/neu/ reported, and only it", b, a, got)
	}
}

// wordFiles lists the files of compiled's search index that check.WordFile
// names.
func wordFiles(c *build.Compiled) []string {
	var out []string
	for _, o := range c.Result.Outputs {
		if check.WordFile(o.Path) {
			out = append(out, o.Path)
		}
	}
	return out
}
