package main

import "github.com/tandem-mentoring/tandem/internal/hugepage"

// heapPerPost is how much heap a one-shot command is expected to use per
// post at its peak: measured on generated sites of 1,000 to 50,000 posts,
// tandem check peaks near 19 KiB a post and tandem build near 27 KiB.
const heapPerPost = 32 << 10

// prepareHeap readies the heap of a one-shot command (build, check) for a
// site of the given number of posts (build.Options.Prepare).
func prepareHeap(posts int) { hugepage.Reserve(int64(posts) * heapPerPost) }
