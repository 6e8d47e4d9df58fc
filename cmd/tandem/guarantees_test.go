package main

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// citedTest is a test name in docs/guarantees.md, with the package the
// text names before it (render.TestX), if any.
var citedTest = regexp.MustCompile("^(?:([a-z]+)\\.)?((?:Test|Fuzz|Benchmark)[A-Za-z0-9_]+)$")

// definedTest finds the test functions of a _test.go file.
var definedTest = regexp.MustCompile(`(?m)^func ((?:Test|Fuzz|Benchmark)[A-Za-z0-9_]+)\(`)

// TestGuaranteesCiteRealTests reads docs/guarantees.md, where every
// promise names the tests that hold tandem to it, and fails for each
// cited test that no _test.go file of the repository defines (or not in
// the package named, as in render.TestX), and for each cited testdata
// folder that does not exist, so a renamed or removed test cannot leave
// a promise that nothing checks.
func TestGuaranteesCiteRealTests(t *testing.T) {
	root := filepath.Join("..", "..")
	doc, err := os.ReadFile(filepath.Join(root, "docs", "guarantees.md"))
	if err != nil {
		t.Fatal(err)
	}
	defined := map[string][]string{} // test name -> folders (slash-separated, below root)
	var testdata []string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.IsDir() && strings.HasPrefix(d.Name(), ".") && rel != ".":
			return fs.SkipDir
		case d.IsDir() && strings.Contains("/"+rel+"/", "/testdata/"):
			testdata = append(testdata, rel)
		case !d.IsDir() && strings.HasSuffix(p, "_test.go"):
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, m := range definedTest.FindAllSubmatch(data, -1) {
				defined[string(m[1])] = append(defined[string(m[1])], path.Dir(rel))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cited := 0
	for _, span := range backticked(string(doc)) {
		if strings.HasPrefix(span, "testdata/") {
			if !slices.ContainsFunc(testdata, func(dir string) bool { return inFolder(dir, span) }) {
				t.Errorf("docs/guarantees.md cites %s, which is no testdata folder of the repository", span)
			}
			continue
		}
		m := citedTest.FindStringSubmatch(span)
		if m == nil {
			continue
		}
		cited++
		dirs, ok := defined[m[2]]
		switch {
		case !ok:
			t.Errorf("docs/guarantees.md cites %s, which no _test.go file defines", span)
		case m[1] != "" && !slices.ContainsFunc(dirs, func(dir string) bool { return path.Base(dir) == m[1] }):
			t.Errorf("docs/guarantees.md cites %s, but %s is defined in %s", span, m[2], strings.Join(dirs, ", "))
		}
	}
	if cited < 50 {
		t.Errorf("found only %d tests cited in docs/guarantees.md: does the test still read it right?", cited)
	}
}

// backticked returns the text of every `code span` of the Markdown text.
func backticked(text string) []string {
	var out []string
	for {
		_, rest, ok := strings.Cut(text, "`")
		if !ok {
			return out
		}
		span, after, ok := strings.Cut(rest, "`")
		if !ok {
			return out
		}
		out = append(out, span)
		text = after
	}
}

// inFolder reports whether the folder dir (slash-separated) ends in the
// folders of pattern, which may hold path.Match wildcards:
// internal/build/testdata/invalid/empty ends in testdata/invalid/*/.
func inFolder(dir, pattern string) bool {
	pattern = strings.TrimSuffix(pattern, "/")
	parts := strings.Split(dir, "/")
	n := strings.Count(pattern, "/") + 1
	if n > len(parts) {
		return false
	}
	ok, err := path.Match(pattern, strings.Join(parts[len(parts)-n:], "/"))
	return ok && err == nil
}
