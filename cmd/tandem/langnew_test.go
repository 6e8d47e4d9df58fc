package main

import (
	"strings"
	"testing"
)

// TestNewUsageInBothLanguages: tandem new's own usage and its mistakes,
// and the "did you mean --flag" line, also for an unknown short flag
// (-p 8080: --port, the flag starting with p that takes a value), read in
// the locale's language.
func TestNewUsageInBothLanguages(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang string
		args []string
		want []string
	}{
		{"en", []string{"new"}, []string{"Usage: tandem new post|tandem|round …", "a tandem file in content/tandems/"}},
		{"de", []string{"new"}, []string{"Aufruf: tandem new post|tandem|round …", "eine Tandem-Datei in content/tandems/"}},
		{"en", []string{"new", "--x"}, []string{"tandem new: say first what to create"}},
		{"de", []string{"new", "--x"}, []string{"tandem new: Sag zuerst, was angelegt werden soll"}},
		{"en", []string{"new", "tandem", "a", "b"}, []string{"tandem new tandem: give the new tandem's id once"}},
		{"de", []string{"new", "tandem", "a", "b"}, []string{"tandem new tandem: Gib die ID des neuen Tandems genau einmal an"}},
		{"de", []string{"build", "--dest", "x"}, []string{"tandem build: unbekannte Option --dest; meintest du --destination?", "Aufruf: tandem build"}},
		{"en", []string{"build", "--dest", "x"}, []string{"tandem build: unknown flag --dest; did you mean --destination?"}},
		{"en", []string{"serve", "-p", "8080"}, []string{"tandem serve: unknown flag -p; did you mean --port?"}},
		{"de", []string{"serve", "-p=8080"}, []string{"tandem serve: unbekannte Option -p; meintest du --port?"}},
		{"en", []string{"serve", "-s", ".", "-p"}, []string{"tandem serve: unknown flag -p; did you mean one of --port, --production?"}},
		{"de", []string{"report", "-r", "r1"}, []string{"tandem report: unbekannte Option -r; meintest du eine von --round, --rows?"}},
		{"en", []string{"build", "-P"}, []string{"tandem build: unknown flag -P; did you mean --preview?"}},
		{"en", []string{"check", "--allow"}, []string{"tandem check: unknown flag --allow; did you mean one of --allow-server-config, --allow-static-html, --allowed-signers?"}},
		{"de", []string{"check", "--format", "xml"}, []string{`tandem check: --format "xml" ist kein Format; nimm eines von`}},
	}
	for _, tt := range tests {
		code, _, errs := runCmdEnv(t, []string{"TANDEM_LANG=" + tt.lang}, tt.args...)
		for _, w := range tt.want {
			if code != exitUsage || !strings.Contains(errs, w) {
				t.Errorf("%s %v: exit %d, %q lacks %q", tt.lang, tt.args, code, errs, w)
			}
		}
	}
}
