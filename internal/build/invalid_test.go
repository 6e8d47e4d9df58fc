package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestInvalidSites compiles every site in testdata/invalid, which must
// fail, and compares its errors ("path:line:col: message", one per line)
// with the site's errors.txt, and its warnings with warnings.txt (absent
// when there are none).
func TestInvalidSites(t *testing.T) {
	cases, err := os.ReadDir("testdata/invalid")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Name(), func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("testdata/invalid", c.Name())
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
			if compiled != nil {
				t.Fatal("the build succeeded; it must fail")
			}
			compareProblems(t, filepath.Join(dir, "errors.txt"), lines(problems, diag.Error), true)
			compareProblems(t, filepath.Join(dir, "warnings.txt"), lines(problems, diag.Warning), false)
		})
	}
}

// compareProblems compares got with the file want. With -update it
// rewrites the file; a warnings file is only kept when there are warnings.
// A missing file means "none" unless required.
func compareProblems(t *testing.T, wantFile, got string, required bool) {
	t.Helper()
	if *update {
		if got == "" && !required {
			if err := os.Remove(wantFile); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			return
		}
		if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(wantFile)
	if err != nil && (required || !os.IsNotExist(err)) {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs\n--- want\n%s--- got\n%s", filepath.Base(wantFile), want, got)
	}
}

// lines formats the problems of one severity as "pos: message" lines,
// each followed by its hint.
func lines(problems diag.List, sev diag.Severity) string {
	var b strings.Builder
	for _, p := range problems {
		if p.Severity == sev {
			b.WriteString(p.Error() + "\n")
		}
	}
	return b.String()
}
