//go:build linux

package render

import (
	"context"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// keyBench is a render of the bench site's shape, planned and keyed.
type keyBench struct {
	s      *site.Site
	r      *Renderer
	ps     *posts
	jobs   []job
	pages  []*Page // the views of the jobs keyed by their view
	rounds []RoundView
	prog   ProgrammeView
	memo   *searchMemo // kept, as a dev server keeps it
}

func newKeyBench(b *testing.B) *keyBench {
	s := previewSite(b, synthetic.Options{Posts: 10000, Seed: 1, Tags: 2000, TagsPerPost: 4})
	r := newRenderer(b)
	ks := newKeying()
	ps, _ := r.prepare(context.Background(), s, ks, nil, false)
	jobs := r.plan(s, ps, ks, &searchMemo{oneShot: true})
	kb := &keyBench{s: s, r: r, memo: &searchMemo{}, ps: ps, prog: programmeView(s, ks), jobs: jobs, pages: make([]*Page, len(jobs))}
	for i, j := range jobs {
		if _, in := j.page.(inputPage); !in {
			kb.pages[i] = j.view()
		}
	}
	for _, round := range s.Rounds {
		kb.rounds = append(kb.rounds, r.roundView(round, ks))
	}
	return kb
}

// BenchmarkKeys keys the bench site's render (10,000 posts, 2,000 tags,
// four per post, a preview, as tandem serve renders it): "posts" seals
// every post's card and view, as a first render does; "save" does what
// every render does, sealing the rounds and the programme and keying
// every page, by its inputs or its view; "plan" plans the render again,
// which seals the views made once per render (rounds, tandems, reports).
func BenchmarkKeys(b *testing.B) {
	kb := newKeyBench(b)
	for _, part := range []string{"posts", "save", "plan"} {
		b.Run(part, func(b *testing.B) {
			ks := newKeying()
			cpu := cpuTime(b)
			for b.Loop() {
				kb.keys(ks, part)
			}
			b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

func (kb *keyBench) keys(ks *keying, part string) {
	switch part {
	case "plan":
		kb.r.plan(kb.s, kb.ps, ks, kb.memo)
		return
	case "posts":
		for i, v := range kb.ps.views {
			kb.ps.cards[i].seal(ks)
			v.seal(ks)
		}
		return
	}
	for i := range kb.rounds {
		kb.rounds[i].seal(ks)
	}
	kb.prog.seal(ks)
	for i, j := range kb.jobs {
		if in, ok := j.page.(inputPage); ok {
			inputKey(ks, in)
		} else if p := kb.pages[i]; p != nil {
			p.pageKey(ks, kb.r.print)
		}
	}
}
