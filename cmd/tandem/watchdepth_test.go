package main

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/watch"
)

// TestWatchDepthIsLoadDepth: tandem serve watches folders exactly as deep
// as the load reads them (serve starts the watcher with its default).
func TestWatchDepthIsLoadDepth(t *testing.T) {
	if watch.DefaultMaxDepth != content.MaxDepth {
		t.Errorf("the watcher follows folders %d deep, the load reads %d", watch.DefaultMaxDepth, content.MaxDepth)
	}
}
