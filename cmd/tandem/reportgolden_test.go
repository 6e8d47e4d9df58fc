package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// reportGoldens are the runs of tandem report on the example content
// (the repository's content/) that TestReportGolden compares with
// testdata/report: every format, named and pseudonymised, one round,
// the preview and the other CSV tables.
var reportGoldens = []struct {
	name string
	args []string
}{
	{"programme.txt", []string{"--format", "text"}},
	{"programme.md", []string{"--format", "md"}},
	{"programme.csv", []string{"--format", "csv"}},
	{"programme.json", []string{"--format", "json"}},
	{"programme-pseudo.txt", []string{"--format", "text", "--pseudonymise"}},
	{"programme-pseudo.md", []string{"--format", "md", "--pseudonymise"}},
	{"programme-pseudo.csv", []string{"--format", "csv", "--pseudonymise"}},
	{"programme-pseudo.json", []string{"--format", "json", "--pseudonymise"}},
	{"round.txt", []string{"--round", "2024-h1"}},
	{"round.md", []string{"--round", "2024-h1", "--format", "md"}},
	{"round-pseudo.md", []string{"--round", "2024-h1", "--format", "md", "--pseudonymise"}},
	{"round.json", []string{"--round", "2024-h1", "--format", "json"}},
	{"round-preview.md", []string{"--round", "2025-26", "--format", "md", "--preview"}},
	{"round-preview.json", []string{"--round", "2025-26", "--format", "json", "--preview"}},
	{"rounds.csv", []string{"--format", "csv", "--rows", "rounds"}},
	{"months.csv", []string{"--format", "csv", "--rows", "months"}},
}

// TestReportGolden runs tandem report on the example content in each
// format and compares the output with testdata/report (-update rewrites
// it). Each run exits 0.
func TestReportGolden(t *testing.T) {
	t.Parallel()
	for _, g := range reportGoldens {
		t.Run(g.name, func(t *testing.T) {
			t.Parallel()
			code, out, errs := runCmd(t, append([]string{"report", "--no-history", "-s", repoRoot, "--now", "2026-12-01"}, g.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, errs)
			}
			golden(t, filepath.Join("testdata", "report", g.name), out)
		})
	}
}

// TestReportPseudonymisedHasNoNameOrFreeText: no person's name, goal,
// note, cadence, quote or event title of the example content is in any
// pseudonymised output.
func TestReportPseudonymisedHasNoNameOrFreeText(t *testing.T) {
	t.Parallel()
	secrets := []string{"Ulrike", "Hartmann", "Lena", "Klaus", "Sandra", "LinkedIn-Profil", "Liest inzwischen", "dienstags",
		"Ich habe in einer Stunde", "Kantine", "Erste Runde"}
	for _, g := range reportGoldens {
		if !strings.Contains(g.name, "pseudo") {
			continue
		}
		_, out, _ := runCmd(t, append([]string{"report", "--no-history", "-s", repoRoot, "--now", "2026-12-01"}, g.args...)...)
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s holds %q", g.name, s)
			}
		}
	}
}
