package check

import (
	"fmt"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// benchNow is after every post of a synthetic site.
var benchNow = time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)

// generated compiles a synthetic site with n approved posts.
func generated(b *testing.B, n int) (*synthetic.Site, synthetic.Files, *build.Compiled) {
	b.Helper()
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	files := synthetic.Files{}
	if err := s.WriteTandem(files); err != nil {
		b.Fatal(err)
	}
	c, problems := build.NewCompiler(files.FS(), build.Options{Now: benchNow}).Compile()
	if c == nil {
		b.Fatalf("the synthetic site does not compile:\n%v", diag.ListError(problems))
	}
	return s, files, c
}

// BenchmarkLinks checks every link of a generated site. A generated site
// has no broken links, so any finding is a false alarm and fails.
func BenchmarkLinks(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("%dposts", n), func(b *testing.B) {
			_, files, c := generated(b, n)
			fsys := files.FS()
			pages := 0
			for _, o := range c.Result.Outputs {
				if len(o.Path) > 5 && o.Path[len(o.Path)-5:] == ".html" {
					pages++
				}
			}
			b.ResetTimer()
			for b.Loop() {
				if l := Links(fsys, c, nil); len(l) > 0 {
					b.Fatalf("%d findings on a site without broken links, e.g. %v", len(l), l[0])
				}
			}
			b.ReportMetric(float64(pages), "pages/op")
		})
	}
}

// BenchmarkPractice runs the practice rules over a generated site.
func BenchmarkPractice(b *testing.B) {
	_, _, c := generated(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		Practice(c.Site, Options{Now: benchNow})
	}
}
