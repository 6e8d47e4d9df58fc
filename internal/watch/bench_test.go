package watch

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// BenchmarkSaveToBatch measures how long a save takes to come out of
// Batches with a small debounce: ns/op runs from the write to receiving
// the batch, event-to-batch-us from the watcher's first event to it.
func BenchmarkSaveToBatch(b *testing.B) {
	for _, debounce := range []time.Duration{time.Millisecond, DefaultDebounce} {
		b.Run(debounce.String(), func(b *testing.B) {
			root := b.TempDir()
			dir := filepath.Join(root, "content")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				b.Fatal(err)
			}
			w, err := New(root, Debounce(debounce))
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			var sinceFirst time.Duration
			i := 0
			for b.Loop() {
				rel := fmt.Sprintf("content/p%d.md", i)
				i++
				if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(rel)), []byte("body"), 0o644); err != nil {
					b.Fatal(err)
				}
				for {
					batch := <-w.Batches()
					if slices.Contains(batch.Paths(), rel) {
						sinceFirst += time.Since(batch.FirstEvent)
						break
					}
				}
			}
			b.ReportMetric(float64(sinceFirst.Microseconds())/float64(i), "event-to-batch-us")
		})
	}
}
