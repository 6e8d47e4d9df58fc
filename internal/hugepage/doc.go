// Package hugepage readies the Go heap for a run that is about to grow it
// by a known amount, so that Linux backs that memory with 2 MiB pages
// (transparent huge pages) instead of 4 KiB ones.
//
// It sits beside the pipeline (load -> validate -> review gate -> model ->
// render -> write), as workers does: the command line's one-shot commands,
// tandem build and tandem check, call Reserve once the posts are listed and
// before they are read (build.Options.Prepare); tandem serve does so for
// its first build only (its later full reloads find the heap grown).
//
// Why: the first touch of every 4 KiB page costs the process a page
// fault. On the virtual machines CI and build servers run on, a fault is
// expensive: 13–18 µs on the machine the benchmarks ran on, 3.6–3.8 ms
// for every megabyte touched, against 0.3 ms per megabyte in 2 MiB pages.
// tandem check on 10,000 posts touches about 190 MB, some 46,000 faults
// and 0.6 s of CPU time. Linux backs memory with 2 MiB pages only where
// the program asks for it (the usual setting of
// /sys/kernel/mm/transparent_hugepage/enabled is "madvise"), and the Go
// runtime does not ask for its heap.
//
// How: Reserve allocates one object of the size asked for, without
// clearing it, so that the runtime maps that much new heap at once; it
// marks that memory with madvise(MADV_HUGEPAGE), lets the object go and
// collects it. The memory stays mapped and marked, and the runtime hands
// it out to the allocations that follow, lowest addresses first. Nothing
// is touched until it is used: a reservation costs address space, not
// memory. (Clearing it, as make does whenever the object begins in memory
// the heap used before, would fault in all of it in 4 KiB pages before the
// advice: 1.2–1.4 s and 320 MB more for a site of 10,000 posts.)
//
// Reserve changes speed, nothing else. It leaves the heap alone where it
// cannot help or could harm: on systems other than Linux; unless the
// kernel gives huge pages on request only ("madvise"; with "always" the
// heap has them anyway, with "never" asking is in vain) and to this
// process; when GODEBUG=disablethp=1 keeps the heap off huge pages on
// purpose; for amounts too small to matter (MinReserve) or larger than
// half the machine's memory; when GOMEMLIMIT is set (the reservation
// would count against it); and when the address space the runtime would
// take for it cannot be mapped (a ulimit -v, or a system that does not
// overcommit memory), which the Go runtime could not survive.
package hugepage

// MinReserve is the smallest amount Reserve acts on (32 MiB). Below it,
// the faults saved are worth less than the collection Reserve runs.
const MinReserve = 32 << 20
