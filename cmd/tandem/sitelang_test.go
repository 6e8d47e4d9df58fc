package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
