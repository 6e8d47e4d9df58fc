package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteErrorsInGerman: when build cannot make its staging folder
// (here its name is longer than a file name may be), and when review is
// given a file that is not there, tandem says so in the reader's language,
// the system's reason included, not in English.
func TestWriteErrorsInGerman(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), strings.Repeat("a", 240)) // ".aaa….staging-123" is too long
	code, _, errs := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "build", "-s", site, "-d", dest, "--now", "2026-11-01")
	if code != exitContent || !strings.Contains(errs, "tandem build: Der Ordner, in den tandem die neue Ausgabe schreibt, lässt sich nicht anlegen: mkdir ") ||
		!strings.Contains(errs, "file name too long") || strings.Contains(errs, "cannot create") {
		t.Errorf("build into %s: exit %d, want %d, and the reason in German:\n%s", dest, code, exitContent, errs)
	}
	_, _, errs = runCmdEnv(t, []string{"LANG=de_DE.UTF-8"}, "review", "submit", "-s", site, "gibt-es-nicht.md")
	if !strings.Contains(errs, "gibt-es-nicht.md: Keine solche Datei, weder hier noch im Ordner der Website") || strings.Contains(errs, "no such file") {
		t.Errorf("review submit of a missing file, in German:\n%s", errs)
	}
	_, _, errs = runCmdEnv(t, nil, "review", "submit", "-s", site, "gibt-es-nicht.md")
	if !strings.Contains(errs, "gibt-es-nicht.md: no such file, neither here nor in the site folder") {
		t.Errorf("review submit of a missing file, in English:\n%s", errs)
	}
}
