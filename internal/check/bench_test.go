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

// generated outlines a synthetic site with n approved posts.
func generated(b *testing.B, n int) (*synthetic.Site, synthetic.Files, *build.Outlined) {
	b.Helper()
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	files := synthetic.Files{}
	if err := s.WriteTandem(files); err != nil {
		b.Fatal(err)
	}
	c, problems := build.NewCompiler(files.FS(), build.Options{Now: benchNow}).Outline()
	if c == nil {
		b.Fatalf("the synthetic site does not compile:\n%v", diag.ListError(problems))
	}
	return s, files, c
}

// BenchmarkLinks checks every link of a generated site, outlining it
// anew each time (as tandem check does; rendering pages fills in the
// outline), with the sample of pages and with every page. A generated
// site has no broken links, so any finding is a false alarm and fails.
func BenchmarkLinks(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, thorough := range []bool{false, true} {
			name := fmt.Sprintf("%dposts", n)
			if thorough {
				name += "-thorough"
			}
			b.Run(name, func(b *testing.B) {
				_, files, c := generated(b, n)
				fsys := files.FS()
				b.ResetTimer()
				for b.Loop() {
					fresh := *c
					fresh.Outline = c.Renderer.Outline(c.Site)
					if l := Links(fsys, &fresh, Options{Thorough: thorough}); len(l) > 0 {
						b.Fatalf("%d findings on a site without broken links, e.g. %v", len(l), l[0])
					}
				}
				if !thorough {
					b.ReportMetric(float64(len(samplePages(len(c.Outline.Pages), c.Outline.PageInto))), "sampled/op")
				}
				b.ReportMetric(float64(len(c.Outline.Pages)), "pages/op")
			})
		}
	}
}

// BenchmarkPractice runs the practice rules over a generated site.
func BenchmarkPractice(b *testing.B) {
	_, _, c := generated(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		Practice(c, Options{Now: benchNow})
	}
}
