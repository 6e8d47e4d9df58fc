package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSiteLanguageWhenTheEnvironmentNamesNone: the command line speaks
// programme.yaml's language when neither TANDEM_LANG nor the locale
// (LC_ALL, LC_MESSAGES, LANG) names one; a language they name, "C"
// included, comes first.
func TestSiteLanguageWhenTheEnvironmentNamesNone(t *testing.T) {
	t.Parallel()
	german := t.TempDir() // language: de
	if err := os.CopyFS(filepath.Join(german, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	english := t.TempDir()
	if err := os.CopyFS(filepath.Join(english, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	edit(t, filepath.Join(english, "content/programme.yaml"), "language: de", "language: en")
	tests := []struct {
		site string
		vars map[string]string
		de   bool
	}{
		{german, nil, true},
		{german, map[string]string{"LANG": "C.UTF-8"}, false},
		{german, map[string]string{"LC_ALL": "en_GB.UTF-8"}, false},
		{german, map[string]string{"TANDEM_LANG": "en", "LANG": "de_DE.UTF-8"}, false},
		{english, nil, false},
		{english, map[string]string{"LANG": "de_DE.UTF-8"}, true},
		{english, map[string]string{"TANDEM_LANG": "de"}, true},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: func(k string) string { return tt.vars[k] }}
		code := run(e, []string{"build", "--no-history", "-s", tt.site, "-d", filepath.Join(t.TempDir(), "out"), "--now", "2026-11-01"})
		if got := strings.Contains(out.String(), " Seiten gebaut ("); code != exitOK || got != tt.de || !got && !strings.HasPrefix(out.String(), "Built ") {
			t.Errorf("%s with %v: exit %d, German %v, want %v:\n%s%s", filepath.Base(tt.site), tt.vars, code, got, tt.de, &out, &errb)
		}
	}
	// No programme.yaml: the mistake is said in English, as before.
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: func(string) string { return "" }}
	if code := run(e, []string{"check", "-s", t.TempDir()}); code != exitContent || !strings.Contains(errb.String()+out.String(), "cannot read the programme") {
		t.Errorf("check without programme.yaml: exit %d:\n%s%s", code, &out, &errb)
	}
}

// TestSiteLanguageReadsOnlyARegularProgramme: a programme.yaml that is a
// FIFO or a link is not read for the language (a FIFO would block the
// command before the load refuses it): the command says the load's
// error, in English, and returns.
func TestSiteLanguageReadsOnlyARegularProgramme(t *testing.T) {
	t.Parallel()
	for _, kind := range []string{"fifo", "link"} {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, "content", "programme.yaml")
		var err error
		if kind == "fifo" {
			err = syscall.Mkfifo(name, 0o644)
		} else {
			target := filepath.Join(t.TempDir(), "programme.yaml")
			if err = os.WriteFile(target, []byte("title: T\nlanguage: de\n"), 0o644); err == nil {
				err = os.Symlink(target, name)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan string, 1)
		go func() {
			var out, errb bytes.Buffer
			e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: func(string) string { return "" }}
			got := e.inSite(dir)
			done <- got.siteLang
		}()
		select {
		case lang := <-done:
			if lang != "" {
				t.Errorf("%s: programme.yaml read for the language %q", kind, lang)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: inSite blocked reading programme.yaml", kind)
		}
	}
}
