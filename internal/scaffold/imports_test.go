package scaffold

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNoTestingPackagesInProduction checks that the package's own code
// (not its tests) imports no package of the testing tree, such as
// testing/fstest: an edit is checked with programme.Parse.
func TestNoTestingPackagesInProduction(t *testing.T) {
	t.Parallel()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "testing" || strings.HasPrefix(p, "testing/") {
				t.Errorf("%s imports %s", name, p)
			}
		}
	}
}
