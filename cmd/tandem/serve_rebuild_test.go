package main

import (
	"context"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/watch"
)

// blockingUpdate stands in for the compiler: each run reports its paths
// on started and then, when block is true, waits until its context is
// done. It returns an empty site unless stopped.
type blockingUpdate struct {
	started chan []string
	block   func(run int) bool
	runs    int
}

func (u *blockingUpdate) update(ctx context.Context, paths []string) (*build.Compiled, diag.List) {
	u.runs++
	run := u.runs
	u.started <- paths
	if u.block(run) {
		<-ctx.Done()
	}
	if ctx.Err() != nil {
		return nil, nil
	}
	return &build.Compiled{}, nil
}

func batch(paths ...string) watch.Batch {
	var b watch.Batch
	for _, p := range paths {
		b.Changes = append(b.Changes, watch.Change{Path: p, Op: watch.Changed})
	}
	return b
}

// TestNewerSaveSupersedesRebuild: a batch that comes while a rebuild
// runs stops it, and the rebuild runs again over everything, with the
// paths of both batches. The stopped run's result is not used.
func TestNewerSaveSupersedesRebuild(t *testing.T) {
	t.Parallel()
	u := &blockingUpdate{started: make(chan []string, 4), block: func(run int) bool { return run == 1 }}
	s := &session{e: env{ctx: context.Background(), stdout: io.Discard, stderr: io.Discard}, last: &build.Compiled{}, update: u.update}
	newer := make(chan watch.Batch)
	go func() {
		<-u.started // the first run is under way, and stays so until stopped
		newer <- batch("content/posts/b.md")
	}()
	compiled, _, paths := s.compile(batch("content/posts/a.md"), newer)
	if compiled == nil || u.runs != 2 {
		t.Fatalf("compiled %v after %d runs; want a site from the second run", compiled, u.runs)
	}
	if second := <-u.started; !slices.Equal(second, []string{"."}) {
		t.Errorf("the second run compiled %q, want everything", second)
	}
	if want := []string{"content/posts/a.md", "content/posts/b.md"}; !slices.Equal(paths, want) {
		t.Errorf("paths to write out %q, want %q", paths, want)
	}
}

// TestCtrlCStopsRebuild: Ctrl-C while a rebuild runs stops the run, and
// compile returns nothing, so nothing is written.
func TestCtrlCStopsRebuild(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	u := &blockingUpdate{started: make(chan []string, 4), block: func(int) bool { return true }}
	s := &session{e: env{ctx: ctx, stdout: io.Discard, stderr: io.Discard}, last: &build.Compiled{}, update: u.update}
	go func() {
		<-u.started
		cancel()
	}()
	compiled, _, paths := s.compile(batch("content/posts/a.md"), make(chan watch.Batch))
	if compiled != nil || u.runs != 1 || strings.Join(paths, ",") != "content/posts/a.md" {
		t.Errorf("compile after Ctrl-C = %v, %q after %d runs; want nothing after one", compiled, paths, u.runs)
	}
}
