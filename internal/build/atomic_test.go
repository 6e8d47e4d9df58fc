package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// buildInto does what tandem build does: compile the site in dir and,
// when that works, write it to dest. change, when given, runs between
// compiling and writing (to make a source vanish, say); wrap may replace
// the file system Write copies from.
func buildInto(t *testing.T, dir, dest string, change func(), wrap func(fs.FS) fs.FS) error {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if c == nil {
		return problems.Err()
	}
	if change != nil {
		change()
	}
	var site fs.FS = root.FS()
	if wrap != nil {
		site = wrap(site)
	}
	_, err = writeSite(dest, site, c)
	return err
}

// buildOnceInto does what tandem build does, with Build; wrap may replace
// the site's file system.
func buildOnceInto(t *testing.T, dir, dest string, wrap func(fs.FS) fs.FS) error {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	var site fs.FS = root.FS()
	if wrap != nil {
		site = wrap(site)
	}
	built, problems, err := Build(dest, site, Options{Now: goldenNow})
	if err == nil && built == nil {
		err = problems.Err()
	}
	return err
}

// failingFS fails to read one file, as a disk error would.
type failingFS struct {
	fs.FS
	name string
}

func (f failingFS) Open(name string) (fs.File, error) {
	if name == f.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: errors.New("input/output error")}
	}
	return f.FS.Open(name)
}

// TestFailedBuildsKeepPreviousOutput breaks a good site at every stage
// and checks that the folder holding public/ is byte-for-byte what the
// last good build left, with no staging folder beside it. Its read-only
// case needs a user whom permissions bind (root writes anyway): in CI,
// .ci/run runs it as an unprivileged user and fails when it skips there.
func TestFailedBuildsKeepPreviousOutput(t *testing.T) {
	t.Parallel()
	bundle := "content/posts/r1/2024-01-03-eintrag-0"
	tests := []struct {
		stage string
		want  string            // in the error, to show the stage was reached
		files map[string]string // written into the site before building
		// change runs between compile and write; wrap wraps the copy source.
		change func(site string)
		wrap   func(fs.FS) fs.FS
		// theme, when set, is the tag page template of a site theme.
		theme string
		// readOnly makes the folder holding public/ read-only.
		readOnly bool
	}{
		{stage: "load: broken YAML", want: "kaputt.md:2:1: a value is missing here", files: map[string]string{"content/posts/r1/kaputt.md": "---\ntitle: [\n---\n"}},
		{stage: "load: broken programme", want: "programme.yaml:1:1: a quoted text", files: map[string]string{"content/programme.yaml": "title: \"offen\n"}},
		{stage: "validate: unknown round", want: `round "r9" is unknown`, files: map[string]string{"content/posts/r1/runde.md": "---\ntitle: X\ndate: 2024-02-01\nround: r9\n---\nText\n"}},
		{stage: "validate: duplicate page", want: "would both write /posts/eintrag-1/", files: map[string]string{"content/posts/r2/eintrag-1.md": "---\ntitle: X\ndate: 2024-02-01\nround: r1\n---\nText\n"}},
		{stage: "render: template fails while running", want: "error calling index", theme: "{{define \"main\"}}{{index .Posts 999}}{{end}}"},
		{stage: "render: template does not parse", want: "missing value for if", theme: "{{define \"main\"}}{{if}}{{end}}"},
		{stage: "write: a bundle file vanishes", want: "bild.png: no such file", change: func(site string) { os.Remove(filepath.Join(site, bundle, "bild.png")) }},
		{stage: "write: a static file cannot be read", want: "robots.txt: input/output error", wrap: func(f fs.FS) fs.FS { return failingFS{f, "content/static/robots.txt"} }},
		{stage: "write: the output's folder is read-only", want: "permission denied", readOnly: true},
	}
	for _, tt := range tests {
		for _, oneShot := range []bool{false, true} {
			name := "compile+write/" + tt.stage
			if oneShot {
				name = "build/" + tt.stage
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				if oneShot && tt.change != nil {
					t.Skip("Build offers no moment between compiling and writing")
				}
				if tt.readOnly && os.Geteuid() == 0 {
					t.Skip("needs an unprivileged user: root writes into read-only folders (.ci/run runs this test as one)")
				}
				site, parent := t.TempDir(), t.TempDir()
				generateSite(t, site, 30, "alt")
				dest := filepath.Join(parent, "public")
				if err := buildInto(t, site, dest, nil, nil); err != nil {
					t.Fatal(err)
				}
				before := snapshot(t, parent)
				generateSite(t, site, 30, "neu") // the next build would change every page
				writeFiles(t, site, tt.files)
				if tt.theme != "" {
					useTheme(t, site, map[string]string{"templates/tag.html": tt.theme})
				}
				if tt.readOnly {
					os.Chmod(parent, 0o555)
					defer os.Chmod(parent, 0o755)
				}
				var change func()
				if tt.change != nil {
					change = func() { tt.change(site) }
				}
				var err error
				if oneShot {
					err = buildOnceInto(t, site, dest, tt.wrap)
				} else {
					err = buildInto(t, site, dest, change, tt.wrap)
				}
				if err == nil {
					t.Fatal("the build succeeded")
				}
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("the build failed with %v; want an error about %q", err, tt.want)
				}
				if after := snapshot(t, parent); after != before {
					t.Errorf("the output changed:\n%s", firstDiff(before, after))
				}
				assertNoStaging(t, parent)
			})
		}
	}
}

// useTheme adds a site theme "eigen" with files (path below the theme) to
// the site in dir and selects it in programme.yaml.
func useTheme(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		writeFiles(t, dir, map[string]string{"themes/eigen/" + name: data})
	}
	p := filepath.Join(dir, "content/programme.yaml")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, append(data, "theme: eigen\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
}
