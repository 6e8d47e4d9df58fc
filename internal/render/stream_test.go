package render

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// TestStreamMakesWhatRenderMakes: every output of a stream reaches the
// sink with the bytes Render makes, the result lists the same paths, and
// the posts' Markdown is released once converted (a one-shot build must
// not hold every post's text while it writes the pages).
func TestStreamMakesWhatRenderMakes(t *testing.T) {
	r := newRenderer(t)
	want, problems := r.Render(testSite(t, 7, nil), nil)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	s := testSite(t, 7, nil)
	var mu sync.Mutex
	got := map[string][]byte{}
	res, problems, err := r.Stream(context.Background(), s, func(o Output) error {
		mu.Lock()
		defer mu.Unlock()
		got[o.Path] = bytes.Clone(o.Data) // valid only during the call
		return nil
	})
	if err != nil || problems.HasErrors() {
		t.Fatal(err, problems.Err())
	}
	if len(res.Outputs) != len(want.Outputs) || len(got) != len(want.Outputs) {
		t.Fatalf("%d outputs in the result, %d through the sink; Render made %d", len(res.Outputs), len(got), len(want.Outputs))
	}
	for i, o := range want.Outputs {
		if res.Outputs[i].Path != o.Path || res.Outputs[i].Data != nil {
			t.Errorf("output %d: %q with %d bytes kept; want %q without its bytes", i, res.Outputs[i].Path, len(res.Outputs[i].Data), o.Path)
		}
		if !bytes.Equal(got[o.Path], o.Data) {
			t.Errorf("%s differs from Render's", o.Path)
		}
	}
	for _, p := range s.Posts {
		if p.Body != nil {
			t.Errorf("%s: the Markdown is still held after the stream", p.Path)
		}
	}
}

// TestStreamStopsWhenCancelled cancels a stream at its first page: it
// executes at most the pages already under way (one per core) and
// returns the context's error; a cancelled stream converts no Markdown.
func TestStreamStopsWhenCancelled(t *testing.T) {
	r := newRenderer(t)
	ctx, cancel := context.WithCancel(context.Background())
	var pages atomic.Int32
	_, _, err := r.Stream(ctx, testSite(t, 25, nil), func(o Output) error {
		pages.Add(1)
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if n := pages.Load(); n > int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d pages made after cancelling at the first", n)
	}
	s := testSite(t, 25, nil)
	if _, _, err := r.Stream(ctx, s, func(Output) error { t.Fatal("a page was made"); return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	for _, p := range s.Posts {
		if p.Body == nil {
			t.Fatalf("%s was converted after the context was done", p.Path)
		}
	}
}
