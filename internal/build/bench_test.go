package build

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// benchPosts is the size of the generated site the stage benchmarks use.
const benchPosts = 1000

// generated writes a synthetic site of n posts into a temporary folder
// and returns the folder.
func generated(b *testing.B, n int) string {
	b.Helper()
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := s.WriteTandem(synthetic.NewDir(dir)); err != nil {
		b.Fatal(err)
	}
	return dir
}

// siteFS opens dir as the builds do.
func siteFS(b *testing.B, dir string) fs.FS {
	root, err := os.OpenRoot(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { root.Close() })
	return root.FS()
}

// BenchmarkLoad reads and parses every post of a 1,000-post site.
func BenchmarkLoad(b *testing.B) {
	fsys := siteFS(b, generated(b, benchPosts))
	for b.Loop() {
		if posts, problems := content.Load(fsys); len(posts) != benchPosts || problems.HasErrors() {
			b.Fatalf("%d posts, %v", len(posts), problems.Err())
		}
	}
}

// BenchmarkCompile runs every stage but write on a 1,000-post site.
func BenchmarkCompile(b *testing.B) {
	fsys := siteFS(b, generated(b, benchPosts))
	for b.Loop() {
		if c, problems := NewCompiler(fsys, Options{Now: goldenNow}).Compile(); c == nil {
			b.Fatal(problems.Err())
		}
	}
}

// BenchmarkRenderOnePost measures the rebuild after one post changed: the
// post's page, its neighbours and the lists that show it.
func BenchmarkRenderOnePost(b *testing.B) {
	dir := generated(b, benchPosts)
	c := NewCompiler(siteFS(b, dir), Options{Now: goldenNow})
	compiled, problems := c.Compile()
	if compiled == nil {
		b.Fatal(problems.Err())
	}
	name := compiled.Site.Posts[len(compiled.Site.Posts)/2].Path
	orig, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		edited := append(append([]byte(nil), orig...), byte('a'+i%26))
		if err := os.WriteFile(filepath.Join(dir, name), edited, 0o644); err != nil {
			b.Fatal(err)
		}
		if compiled, problems := c.Update([]string{name}); compiled == nil {
			b.Fatal(problems.Err())
		}
	}
}

// BenchmarkWrite writes a compiled 1,000-post site to disk (staging and
// swap included).
func BenchmarkWrite(b *testing.B) {
	fsys := siteFS(b, generated(b, benchPosts))
	compiled, problems := NewCompiler(fsys, Options{Now: goldenNow}).Compile()
	if compiled == nil {
		b.Fatal(problems.Err())
	}
	dest := filepath.Join(b.TempDir(), "public")
	for b.Loop() {
		if _, err := writeSite(dest, fsys, compiled); err != nil {
			b.Fatal(err)
		}
	}
	os.RemoveAll(dest)
}

// BenchmarkUpdate measures Compiler.Update after one edit: of a post, and
// of a tandem file. It uses a generated site of benchPosts posts, or the
// site folder TANDEM_BENCH_SITE names (which it edits, and restores).
func BenchmarkUpdate(b *testing.B) {
	dir := os.Getenv("TANDEM_BENCH_SITE")
	if dir == "" {
		dir = generated(b, benchPosts)
	}
	c := NewCompiler(siteFS(b, dir), Options{Preview: true, Now: goldenNow})
	compiled, problems := c.Compile()
	if compiled == nil {
		b.Fatal(problems.Err())
	}
	post := compiled.Site.Posts[len(compiled.Site.Posts)/2]
	b.Run("post", func(b *testing.B) { benchEdit(b, c, dir, post.Path) })
	b.Run("tandem", func(b *testing.B) { benchEdit(b, c, dir, post.Tandem.Path) })
}

// benchEdit edits the file name and updates c, over and over: it adds a
// line to a post, or gives a tandem file other goals. It restores the
// file at the end.
func benchEdit(b *testing.B, c *Compiler, dir, name string) {
	file := filepath.Join(dir, name)
	orig, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(file, orig, 0o644) })
	edit := func(i int) []byte { return fmt.Appendf(slices.Clip(orig), "\nZeile %d.\n", i) }
	if filepath.Ext(name) == ".yaml" {
		goals := regexp.MustCompile(`(?m)^goals:.*\n?`)
		rest := goals.ReplaceAll(orig, nil)
		edit = func(i int) []byte { return fmt.Appendf(slices.Clip(rest), "\ngoals: [\"Ziel %d\"]\n", i) }
	}
	b.ReportAllocs()
	rendered := 0
	stages := map[string]time.Duration{}
	for i := 0; b.Loop(); i++ {
		if err := os.WriteFile(file, edit(i), 0o644); err != nil {
			b.Fatal(err)
		}
		compiled, problems := c.Update([]string{name})
		if compiled == nil {
			b.Fatal(problems.Err())
		}
		rendered += compiled.Result.Rendered
		for _, t := range compiled.Timings {
			stages[t.Stage] += t.Duration
		}
	}
	b.ReportMetric(float64(rendered)/float64(b.N), "pages/op")
	for stage, d := range stages {
		b.ReportMetric(float64(d.Microseconds())/1000/float64(b.N), strings.ReplaceAll(stage, " ", "-")+"-ms/op")
	}
}

// BenchmarkBuild runs a one-shot build (as `tandem build` does) of a
// generated site of benchPosts posts, or of the site folder
// TANDEM_BENCH_SITE names, into the site's public folder:
//
//	TANDEM_BENCH_SITE=/dev/shm/site go test ./internal/build -run '^$' -bench '^BenchmarkBuild$' -cpuprofile cpu.prof
func BenchmarkBuild(b *testing.B) {
	dir := os.Getenv("TANDEM_BENCH_SITE")
	if dir == "" {
		dir = generated(b, benchPosts)
	}
	fsys := siteFS(b, dir)
	dest := filepath.Join(dir, "public")
	for b.Loop() {
		if err := os.RemoveAll(dest); err != nil { // as bench/run does before each build
			b.Fatal(err)
		}
		if built, problems, err := Build(dest, fsys, Options{Now: goldenNow}); built == nil || err != nil {
			b.Fatal(err, problems.Err())
		}
	}
}
