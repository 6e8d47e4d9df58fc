package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildNeverTouchesForeignFolders points -d at places holding the
// user's own files. tandem must refuse, say why, and leave every file as
// it was.
func TestBuildNeverTouchesForeignFolders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(t *testing.T, top string) (dest string)
		code  int
		want  string
	}{
		{"folder with user files", func(t *testing.T, top string) string {
			writeTree(t, filepath.Join(top, "docs"), map[string]string{"thesis.docx": "years of work", "notes/a.txt": "a"})
			return filepath.Join(top, "docs")
		}, exitContent, "holds files tandem did not write"},
		{"user folder through a link", func(t *testing.T, top string) string {
			writeTree(t, filepath.Join(top, "docs"), map[string]string{"thesis.docx": "years of work"})
			mustLink(t, filepath.Join(top, "docs"), filepath.Join(top, "out"))
			return filepath.Join(top, "out")
		}, exitContent, "holds files tandem did not write"},
		{"a file", func(t *testing.T, top string) string {
			writeTree(t, top, map[string]string{"report.pdf": "pdf"})
			return filepath.Join(top, "report.pdf")
		}, exitContent, "is a file, not a folder"},
		{"the site through a link", func(t *testing.T, top string) string {
			mustLink(t, filepath.Join(top, "site"), filepath.Join(top, "out"))
			return filepath.Join(top, "out")
		}, exitUsage, "contains the site folder"},
		{"content through a link that points at nothing yet", func(t *testing.T, top string) string {
			mustLink(t, filepath.Join(top, "site", "content", "public"), filepath.Join(top, "out"))
			return filepath.Join(top, "out")
		}, exitUsage, "inside content/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top := t.TempDir()
			site := filepath.Join(top, "site")
			if err := os.CopyFS(site, os.DirFS(goldenSite)); err != nil {
				t.Fatal(err)
			}
			dest := tt.setup(t, top)
			before := treeState(t, top)
			code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-01")
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, errs)
			}
			if tt.code == exitContent && !strings.Contains(errs, dest+" is unchanged") {
				t.Errorf("stderr does not say the destination is unchanged:\n%s", errs)
			}
			if after := treeState(t, top); after != before {
				t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
			}
		})
	}
}

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mustLink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// treeState lists every entry below dir (links not followed) with its
// type, and each file's contents.
func treeState(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b.WriteString(rel + " " + d.Type().String())
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			b.WriteString(" " + string(data))
		}
		b.WriteString("\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
