package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseSite parses every post of the site folder
// TANDEM_BENCH_SITE names (read into memory first, so only Parse is
// measured), the posts of the bench site rather than one made-up post:
//
//	TANDEM_BENCH_SITE=/dev/shm/site go test ./internal/content -run '^$' -bench ParseSite -cpuprofile cpu.prof
func BenchmarkParseSite(b *testing.B) {
	dir := os.Getenv("TANDEM_BENCH_SITE")
	if dir == "" {
		b.Skip("TANDEM_BENCH_SITE names no site")
	}
	var names []string
	var files [][]byte
	err := filepath.WalkDir(filepath.Join(dir, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".md" {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		names, files = append(names, filepath.ToSlash(rel)), append(files, data)
		return err
	})
	if err != nil || len(files) == 0 {
		b.Fatalf("%d posts in %s: %v", len(files), dir, err)
	}
	for b.Loop() {
		for i, data := range files {
			if _, problems := Parse(names[i], data); problems.HasErrors() {
				b.Fatal(problems.Err())
			}
		}
	}
}
