package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// runCmdEnv runs tandem with args in an environment holding only vars
// ("NAME=value").
func runCmdEnv(t *testing.T, vars []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	vals := map[string]string{}
	for _, v := range vars {
		name, value, _ := strings.Cut(v, "=")
		vals[name] = value
	}
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: testEnv(vals)}
	code = run(e, args)
	return code, out.String(), errb.String()
}

// emptyPostSite has one error: an empty post.
func emptyPostSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"content/programme.yaml":               checkProgramme,
		"content/tandems/t01.yaml":             "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\nsummary: Gut.\n---\nGut.\n",
		"content/posts/r1/2024-01-22-leer.md":  "",
	})
}

// TestCheckSpeaksTheLocale: check prints its findings, hints and summary
// in German when the environment asks for German, with the same position
// and code, and in English otherwise.
func TestCheckSpeaksTheLocale(t *testing.T) {
	t.Parallel()
	dir := emptyPostSite(t)
	at := filepath.ToSlash(dir) + "/content/posts/r1/2024-01-22-leer.md:1:1: "
	tests := []struct {
		name string
		vars []string
		want string
	}{
		{"TANDEM_LANG", []string{"TANDEM_LANG=de", "LANG=en_GB.UTF-8"}, at + "Fehler: Der Beitrag ist leer\n" +
			"\tHinweis: Schreibe den Kopfbereich (---, title: …, date: …, ---) und den Text, oder lösche die Datei\n1 Fehler, 0 Warnungen\n"},
		{"LC_ALL before LANG", []string{"LC_ALL=de_DE.UTF-8", "LANG=en_GB.UTF-8"}, at + "Fehler: Der Beitrag ist leer\n" +
			"\tHinweis: Schreibe den Kopfbereich (---, title: …, date: …, ---) und den Text, oder lösche die Datei\n1 Fehler, 0 Warnungen\n"},
		{"LANG English", []string{"LANG=en_GB.UTF-8"}, at + "error: the post is empty\n" +
			"\thint: write the front matter (---, title: …, date: …, ---) and the text, or delete the file\n1 error, 0 warnings\n"},
		{"C", []string{"LC_ALL=C", "LANG=de_DE.UTF-8"}, at + "error: the post is empty\n" +
			"\thint: write the front matter (---, title: …, date: …, ---) and the text, or delete the file\n1 error, 0 warnings\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			code, out, _ := runCmdEnv(t, tt.vars, "check", "-s", dir, "--no-history", "--now", "2024-03-01")
			if code != exitContent || out != tt.want {
				t.Errorf("exit %d, got\n%s\nwant\n%s", code, out, tt.want)
			}
		})
	}
}

// TestCheckJSONKeepsCodes: in German, JSON carries the German message and
// hint under the same code and severity.
func TestCheckJSONKeepsCodes(t *testing.T) {
	t.Parallel()
	dir := emptyPostSite(t)
	_, out, _ := runCmdEnv(t, []string{"TANDEM_LANG=de_DE"}, "check", "-s", dir, "--no-history", "--now", "2024-03-01", "--format", "json")
	for _, want := range []string{`"severity": "error"`, `"code": "empty-post"`, `"message": "Der Beitrag ist leer"`} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %s:\n%s", want, out)
		}
	}
}

// TestNewSpeaksTheLocale: tandem new says what is wrong in German when
// the environment asks for it.
func TestNewSpeaksTheLocale(t *testing.T) {
	t.Parallel()
	dir := newSite(t)
	code, _, errs := runCmdEnv(t, []string{"LANG=de_DE.UTF-8"}, "new", "post", "--tandem", "t1", "Hallo", "-s", dir)
	want := `tandem new post: Tandem "t1" ist unbekannt. Meintest du "t01"?`
	if code != exitContent || strings.TrimSpace(errs) != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errs, want)
	}
}

// TestBuildSummaryInGerman: the summary line of tandem build follows the
// locale too.
func TestBuildSummaryInGerman(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "out")
	code, out, errs := runCmdEnv(t, []string{"LC_MESSAGES=de_DE.UTF-8"}, "build", "--no-history", "-s", goldenSite, "-d", dest, "--now", "2026-11-01")
	if code != exitOK || !strings.Contains(out, " Seiten gebaut (") || !strings.Contains(out, "Beiträge: 5 gezeigt, 3 zurückgehalten; Produktion) in ") {
		t.Errorf("exit %d, summary %q (%s)", code, out, errs)
	}
}

// TestHelpInGerman: the usage and flag texts follow the locale.
func TestHelpInGerman(t *testing.T) {
	t.Parallel()
	_, out, _ := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "--help")
	for _, want := range []string{"Aufruf: tandem <Befehl> [Optionen]", "Befehle:", "  build      baut die Website nach public/, eine Vorschau nach .tandem/preview/ (oder -d ORDNER)"} {
		if !strings.Contains(out, want) {
			t.Errorf("tandem --help lacks %q:\n%s", want, out)
		}
	}
	code, _, errs := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "build", "--help")
	for _, want := range []string{"Aufruf: tandem build", "Optionen:", "der Ausgabeordner (Standard: <source>/public, mit --preview <source>/.tandem/preview)", "kurz für --source (Standard: \".\")"} {
		if code != exitOK || !strings.Contains(errs, want) {
			t.Errorf("exit %d; tandem build --help lacks %q:\n%s", code, want, errs)
		}
	}
	_, _, errs = runCmdEnv(t, []string{"TANDEM_LANG=de"}, "serve", "--help")
	if !strings.Contains(errs, "(0 wählt einen freien) (Standard: 1414)") || !strings.Contains(errs, "\n  -port Zahl\n") ||
		!strings.Contains(errs, "\n  -bind Text\n") || strings.Contains(errs, "(default") || strings.Contains(errs, " string\n") {
		t.Errorf("tandem serve --help says its defaults in English:\n%s", errs)
	}
	_, _, errs = runCmdEnv(t, []string{"TANDEM_LANG=de"}, "review", "approve", "--help")
	for _, want := range []string{"Aufruf: tandem review approve FILE...", "Gibt den aktuellen Text frei: setzt status: approved", "Optionen:"} {
		if !strings.Contains(errs, want) {
			t.Errorf("tandem review approve --help lacks %q:\n%s", want, errs)
		}
	}
	if code, _, errs = runCmdEnv(t, []string{"TANDEM_LANG=de"}, "build", "--now", "gestern"); code != exitUsage || !strings.Contains(errs, "tandem build: --now \"gestern\": Schreibe ein Datum") {
		t.Errorf("exit %d; a bad --now in German:\n%s", code, errs)
	}
	if code, _, errs = runCmdEnv(t, []string{"TANDEM_LANG=de"}, "check", "--base-url", "intranet/blog"); code != exitUsage || !strings.Contains(errs, "tandem check: --base-url \"intranet/blog\" ist keine absolute http(s)-URL") {
		t.Errorf("exit %d; a bad --base-url in German:\n%s", code, errs)
	}
	_, _, errs = runCmdEnv(t, []string{"LANG=en_GB.UTF-8"}, "build", "--help")
	if !strings.Contains(errs, "the output folder (default <source>/public, with --preview <source>/.tandem/preview)") || !strings.Contains(errs, "Flags:") ||
		!strings.Contains(errs, "short for --source (default \".\")") || !strings.Contains(errs, "\n  -s string\n") {
		t.Errorf("English help:\n%s", errs)
	}
}

// TestReviewInGerman: tandem review says what is missing, and lists the
// queue, in German.
func TestReviewInGerman(t *testing.T) {
	t.Parallel()
	dir := emptyPostSite(t)
	code, _, errs := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "review", "submit", "-s", dir)
	if code != exitUsage || !strings.Contains(errs, "tandem review submit: Nenne mindestens eine Beitragsdatei") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	_, out, _ := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "review", "-s", dir, "--now", "2024-03-01")
	if !strings.Contains(out, "Nichts zu prüfen.") || !strings.Contains(out, "wartend: 0, zu erneuernde Freigaben: 0") {
		t.Errorf("queue: %q", out)
	}
}
