//go:build linux

package render

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// BenchmarkExecutePages executes the template of every page of a
// generated site of 1,000 posts (four tags each of 200), as a preview
// (which shows every post, whatever the digests the gate finds here),
// without converting, keying or writing: the cost of html/template per
// build, which the views and the default theme decide.
func BenchmarkExecutePages(b *testing.B) {
	s := previewSite(b, synthetic.Options{Posts: 1000, Seed: 1, Tags: 200, TagsPerPost: 4})
	r := newRenderer(b)
	ks := newKeying()
	ps, _ := r.prepare(context.Background(), s, ks, nil, false)
	shared, err := r.chrome(s, ks)
	if err != nil {
		b.Fatal(err)
	}
	jobs := r.plan(s, ps, ks, &searchMemo{oneShot: true})
	type made struct {
		j job
		p *Page
	}
	var pages []made
	for _, j := range jobs {
		if p := j.view(); p != nil {
			shared.dress(p)
			pages = append(pages, made{j, p})
		}
	}
	cpu := cpuTime(b)
	for b.Loop() {
		for _, m := range pages {
			if err := r.makeWith(m.j, m.p, func([]byte) {}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(pages)), "pages")
	b.ReportMetric(float64((cpuTime(b)-cpu).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// previewSite is a generated site with options, as a preview (which
// shows every post, whatever the digests the gate finds here) at a time
// when every post's date has come.
func previewSite(b *testing.B, options synthetic.Options) *site.Site {
	plan, err := synthetic.Plan(options)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := plan.WriteTandem(synthetic.NewDir(dir)); err != nil {
		b.Fatal(err)
	}
	fsys := os.DirFS(dir)
	prog, problems := programme.Load(fsys)
	posts, more := content.Load(fsys)
	if problems = append(problems, more...); problems.HasErrors() {
		b.Fatal(problems.Err())
	}
	later := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	gate := review.Gate{Programme: prog, Now: later}
	verdicts := make([]review.Verdict, len(posts))
	for i, p := range posts {
		verdicts[i] = gate.Judge(p)
	}
	return site.New(prog, posts, verdicts, site.Options{Now: later, Preview: true})
}

// cpuTime is the CPU time the process used so far (user and system): on
// a shared machine it says more than the time on the clock.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
