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
// with the site's errors.txt.
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
			got := errorLines(problems)
			wantFile := filepath.Join(dir, "errors.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("errors differ\n--- want\n%s--- got\n%s", want, got)
			}
		})
	}
}

// errorLines formats the errors of problems as "pos: message" lines, each
// followed by its hint.
func errorLines(problems diag.List) string {
	var b strings.Builder
	for _, p := range problems {
		if p.Severity == diag.Error {
			b.WriteString(p.Error() + "\n")
		}
	}
	return b.String()
}
