package main

import "github.com/tandem-mentoring/tandem/internal/hugepage"

// heapPerPost is how much heap a one-shot command is expected to use per
// post at its peak: measured on generated sites of 1,000 to 50,000 posts,
// tandem check peaks near 19 KiB a post and tandem build near 27 KiB.
const heapPerPost = 32 << 10

// prepareHeap readies the heap of a command (build, check, the first build
// of serve) for a site of the given number of posts
// (build.Options.Prepare).
func prepareHeap(posts int) { hugepage.Reserve(int64(posts) * heapPerPost) }

// firstOnly passes on the first call of a Prepare hook only: a server's
// first build grows the heap from nothing, its later full reloads reuse
// it.
func firstOnly(prepare func(posts int)) func(posts int) {
	done := false
	return func(posts int) {
		if !done {
			done = true
			prepare(posts)
		}
	}
}
