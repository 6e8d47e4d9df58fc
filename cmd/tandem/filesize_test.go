package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// maxGoLines is the longest a Go file of the repository may be (issue 17:
// keep files short, so each can be read in one sitting).
const maxGoLines = 300

// TestGoFilesStayShort fails for every Go file of the repository, tests
// included, that is longer than maxGoLines lines.
func TestGoFilesStayShort(t *testing.T) {
	count := 0
	err := filepath.WalkDir(repoRoot, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(name) != ".go" {
			return nil
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		count++
		if n := bytes.Count(data, []byte("\n")); n > maxGoLines {
			t.Errorf("%s has %d lines; split it (at most %d)", name, n, maxGoLines)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count < 100 {
		t.Fatalf("read %d Go files; is %s the repository?", count, repoRoot)
	}
}
