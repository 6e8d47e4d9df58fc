package publish

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// writeFiles writes files (path -> contents) below dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
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

// listFiles lists the files below dir, slash-separated and sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// page is a site of one generated file, index.html holding text.
func page(text string) []render.Output {
	return []render.Output{{Path: "index.html", Data: []byte(text)}}
}

// snapshot lists every file below dir with its contents, for comparing a
// whole tree before and after.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	for _, name := range listFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + ": " + string(data) + "\n")
	}
	return b.String()
}
