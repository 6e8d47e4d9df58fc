package build

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/history"
)

// TestHistoryReadFailureIsAProblem: a history read that failed (beside
// load and validate) is an error of the run, code history, with the
// reason; the site is not compiled.
func TestHistoryReadFailureIsAProblem(t *testing.T) {
	t.Parallel()
	dir, err := filepath.Abs("testdata/sites")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatal(entries, err)
	}
	root, err := os.OpenRoot(filepath.Join(dir, entries[0].Name()))
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow, History: history.Finished(nil, nil)}).Compile(); compiled == nil {
		t.Fatalf("an empty history stops the build: %v", problems)
	}
	failed := history.Finished(nil, errors.New("git log: fatal: bad object"))
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow, History: failed}).Compile()
	if compiled != nil || !problems.HasErrors() {
		t.Fatalf("a failed history read compiled the site: %v", problems)
	}
	var found bool
	for _, p := range problems {
		found = found || (p.Code == "history" && p.Pos.Path == "content/posts" && strings.Contains(p.Msg, "review history") && strings.Contains(p.Msg, "bad object"))
	}
	if !found {
		t.Errorf("no history problem naming the reason: %v", problems)
	}
}
