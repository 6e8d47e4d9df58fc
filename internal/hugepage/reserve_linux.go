package hugepage

import (
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// hugePage is the size of a transparent huge page on x86-64 and arm64
// with 4 KiB pages.
const hugePage = 2 << 20

// Reserve readies n bytes of heap for the allocations that follow; see
// the package documentation for what it does and when it does nothing.
func Reserve(n int64) {
	n = (n + hugePage - 1) &^ (hugePage - 1)
	if n < MinReserve || n > physicalMemory()/2 || debug.SetMemoryLimit(-1) != math.MaxInt64 || !mappable(n) {
		return
	}
	advise(n)
	// The object advise made is garbage now; collecting it returns its
	// pages, still mapped and untouched, to the runtime's free pages.
	runtime.GC()
}

// advise allocates n bytes of new heap and marks them for huge pages.
// The object is dead once advise returns. It is allocated the way
// strings.Builder grows, without zeroing: make would clear all n bytes
// when the object starts in memory the heap used before (then the whole
// object counts as used), faulting in every page before the advice;
// measured at 1.4 s for 320 MB. Go allocates a large object on page
// boundaries, as madvise needs; an error only means the kernel has no
// huge pages to give, and changes nothing.
func advise(n int64) {
	var b strings.Builder
	b.Grow(int(n))
	b.WriteByte(0) // the object's first byte, to learn where it starts
	start := unsafe.StringData(b.String())
	_ = unix.Madvise(unsafe.Slice(start, n), unix.MADV_HUGEPAGE)
}

// mappable reports whether n bytes of read-write memory can be mapped
// now, by mapping and unmapping them: a ulimit -v or a system that does
// not overcommit memory may refuse, and the Go runtime ends the process
// with "out of memory" when the heap cannot grow.
func mappable(n int64) bool {
	if n > math.MaxInt {
		return false
	}
	m, err := unix.Mmap(-1, 0, int(n), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
	if err != nil {
		return false
	}
	_ = unix.Munmap(m)
	return true
}

// physicalMemory is the machine's memory in bytes, or 0 when unknown
// (and then nothing is reserved).
func physicalMemory() int64 {
	var info unix.Sysinfo_t
	if unix.Sysinfo(&info) != nil {
		return 0
	}
	return int64(info.Totalram) * int64(info.Unit)
}
