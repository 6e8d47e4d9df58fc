package hugepage

import (
	"bytes"
	"math"
	"os"
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
	if !worthwhile(n) {
		return
	}
	advise(n)
	// The object advise made is garbage now; collecting it returns its
	// pages, still mapped and untouched, to the runtime's free pages.
	runtime.GC()
}

// worthwhile reports whether reserving n bytes can help and cannot harm.
func worthwhile(n int64) bool {
	return n >= MinReserve && n <= physicalMemory()/2 &&
		debug.SetMemoryLimit(-1) == math.MaxInt64 && // GOMEMLIMIT would count the reservation
		godebug("disablethp") != "1" && // the heap is kept off huge pages on purpose
		onRequest() &&
		mappable(n)
}

// onRequest reports whether Linux gives this process huge pages where it
// asks for them, and only there: with "always" the heap has them without
// asking, with "never" asking is in vain, and a process may have them
// turned off (prctl PR_SET_THP_DISABLE).
func onRequest() bool {
	setting, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !bytes.Contains(setting, []byte("[madvise]")) {
		return false
	}
	off, err := unix.PrctlRetInt(unix.PR_GET_THP_DISABLE, 0, 0, 0, 0)
	return err == nil && off == 0
}

// godebug returns the value GODEBUG gives the runtime setting name (the
// last one written wins, as in the runtime), or "".
func godebug(name string) string {
	value := ""
	for _, kv := range strings.Split(os.Getenv("GODEBUG"), ",") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(kv), name+"="); ok {
			value = v
		}
	}
	return value
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

// heapArena is how much address space the Go runtime reserves for its
// heap at a time on 64-bit Linux.
const heapArena = 64 << 20

// mappable reports whether the runtime can grow the heap by n bytes now,
// by mapping and unmapping what it would need: n rounded up to its
// arenas and one more (the object may straddle one), in read-write
// memory. A ulimit -v or a system that does not overcommit memory may
// refuse, and the Go runtime ends the process with "out of memory" when
// the heap cannot grow.
func mappable(n int64) bool {
	need := (n+heapArena-1)&^(heapArena-1) + heapArena
	if need > math.MaxInt || need < n {
		return false
	}
	m, err := unix.Mmap(-1, 0, int(need), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_ANON|unix.MAP_PRIVATE)
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
