package build

import (
	"context"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
)

// cancelAfter is a context that is done from the n-th time Err is asked
// on: the stages ask before each post they convert and each page they
// execute, so it stops a run in the middle of its work without timing.
type cancelAfter struct {
	context.Context
	left atomic.Int32
}

func (c *cancelAfter) Err() error {
	if c.left.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestUpdateStopsWhenCancelled: a rebuild whose context is done returns
// nothing, also when it stops in the middle of rendering (the dev server
// then serves the last build); and the reload of everything that follows
// it equals a fresh build: a stopped render leaves the cache as it was.
func TestUpdateStopsWhenCancelled(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c := NewCompiler(root.FS(), Options{Preview: true, Now: goldenNow})
	if prev, problems := c.Compile(); prev == nil {
		t.Fatal(problems.Err())
	}
	edited := "content/posts/r2/2026-10-10-wartet.md"
	replaceIn(t, filepath.Join(site, edited), "Eingereicht und wartend.", "Eingereicht, wartend und ergänzt.")
	done, cancel := context.WithCancel(context.Background())
	cancel()
	for name, ctx := range map[string]context.Context{"done before": done, "done while rendering": &cancelAfter{Context: context.Background()}} {
		if ca, ok := ctx.(*cancelAfter); ok {
			ca.left.Store(12) // the site's 8 posts, then a few pages
		}
		if next, _ := c.UpdateContext(ctx, []string{edited}); next != nil {
			t.Errorf("%s: the cancelled update returned a site of %d outputs", name, len(next.Result.Outputs))
		}
	}
	got, problems := c.Update([]string{"."})
	if got == nil {
		t.Fatal(problems.Err())
	}
	want, _ := NewCompiler(root.FS(), Options{Preview: true, Now: goldenNow}).Compile()
	if len(got.Result.Outputs) != len(want.Result.Outputs) {
		t.Fatalf("%d outputs after the cancelled updates, %d in a fresh build", len(got.Result.Outputs), len(want.Result.Outputs))
	}
	for i, o := range got.Result.Outputs {
		if w := want.Result.Outputs[i]; o.Path != w.Path || string(o.Data) != string(w.Data) {
			t.Errorf("%s differs from a fresh build's", o.Path)
		}
	}
}
