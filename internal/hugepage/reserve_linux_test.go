package hugepage

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"golang.org/x/sys/unix"
)

// TestReserveMarksTheHeap checks, in a fresh process, that what is
// allocated after a reservation lies in memory marked for huge pages
// ("hg" among the VmFlags the kernel lists in /proc/self/smaps), and
// that it was not before.
func TestReserveMarksTheHeap(t *testing.T) {
	if !onRequest() {
		t.Skip("this kernel gives huge pages without asking, never, or not to this process")
	}
	for name, want := range map[string]string{"plain": "marked: false\n", "reserved": "marked: true\n"} {
		if out := child(t, name); out != want {
			t.Errorf("child %s: got %q, want %q", name, out, want)
		}
	}
}

// allocate is the child of TestReserveMarksTheHeap: it allocates 64 MiB
// after reserving 96 MiB, or without reserving anything, and says
// whether the allocation is marked.
func allocate(reserve bool) {
	if reserve {
		Reserve(96 << 20)
	}
	b := make([]byte, 64<<20)
	fmt.Printf("marked: %v\n", marked(b))
}

// TestReserveTouchesNothing checks, in a fresh process whose heap has
// memory it used and freed at its top (where the reservation then
// starts), that a reservation does not fault in what it reserves.
func TestReserveTouchesNothing(t *testing.T) {
	if !onRequest() {
		t.Skip("Reserve does nothing on this kernel")
	}
	if raceDetector {
		t.Skip("the race detector faults in shadow memory for every allocation")
	}
	out := child(t, "dirty")
	faults, err := strconv.ParseInt(strings.TrimSpace(out), 10, 64)
	if err != nil {
		t.Fatalf("child said %q", out)
	}
	if faults > 1000 { // 65,536 for 256 MiB in 4 KiB pages
		t.Errorf("reserving 256 MiB faulted %d pages in", faults)
	}
}

// dirty is the child of TestReserveTouchesNothing: it prints how many
// page faults reserving 256 MiB took.
func dirty() {
	garbage := make([]byte, 16<<20)
	for i := range garbage {
		garbage[i] = 1
	}
	garbage = nil
	runtime.GC() // freed, still resident: the scavenger returns it later
	before := faults()
	Reserve(256 << 20)
	fmt.Println(faults() - before)
}

// faults counts the process's minor page faults so far.
func faults() int64 {
	var u unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return u.Minflt
}

// TestReserveLeavesAloneWhatItShould checks the amounts Reserve must
// not act on, and that it does not act under a memory limit: the heap
// stays as it was.
func TestReserveLeavesAloneWhatItShould(t *testing.T) {
	for _, n := range []int64{0, -1, MinReserve - hugePage, 1 << 46, physicalMemory()/2 + hugePage} {
		leftAlone(t, fmt.Sprintf("Reserve(%d)", n), func() { Reserve(n) })
	}
	leftAlone(t, "Reserve(64 MiB) with GOMEMLIMIT set", func() {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(1 << 30))
		Reserve(64 << 20)
	})
	t.Setenv("GODEBUG", "madvdontneed=1,disablethp=1")
	leftAlone(t, "Reserve(64 MiB) with GODEBUG=disablethp=1", func() { Reserve(64 << 20) })
}

func TestGodebug(t *testing.T) {
	for env, want := range map[string]string{
		"":                               "",
		"disablethp=1":                   "1",
		"gctrace=1, disablethp=1":        "1",
		"disablethp=1,disablethp=0":      "0",
		"xdisablethp=1,madvdontneed=0":   "",
		"madvdontneed=1,disablethp=1,x=": "1",
	} {
		t.Setenv("GODEBUG", env)
		if got := godebug("disablethp"); got != want {
			t.Errorf("GODEBUG=%q: got %q, want %q", env, got, want)
		}
	}
}

// leftAlone fails the test when reserve forced a collection or mapped
// more heap.
func leftAlone(t *testing.T, what string, reserve func()) {
	t.Helper()
	var was, is runtime.MemStats
	runtime.ReadMemStats(&was)
	reserve()
	runtime.ReadMemStats(&is)
	if is.NumForcedGC != was.NumForcedGC || is.HeapSys > was.HeapSys+16<<20 {
		t.Errorf("%s acted: forced collections %d -> %d, heap mapped %d -> %d MiB",
			what, was.NumForcedGC, is.NumForcedGC, was.HeapSys>>20, is.HeapSys>>20)
	}
}

// TestReserveSurvivesALimit runs Reserve in a child process whose
// address space is limited below what it asks for: the runtime would
// end such a process with "out of memory" had Reserve not checked first.
func TestReserveSurvivesALimit(t *testing.T) {
	if out := child(t, "limited"); out != "still here\n" {
		t.Errorf("the limited child said %q, want still here", out)
	}
}

// TestMain runs the child processes of the tests above: a reservation
// can only be judged in a process whose heap no other test has shaped.
func TestMain(m *testing.M) {
	switch os.Getenv(childVar) {
	case "plain", "reserved":
		allocate(os.Getenv(childVar) == "reserved")
	case "limited":
		limited()
	case "dirty":
		dirty()
	default:
		os.Exit(m.Run())
	}
}

// childVar names the child a test binary is to be.
const childVar = "HUGEPAGE_TEST_CHILD"

// child runs this test binary as the named child and returns what it
// printed; it fails the test when the child fails.
func child(t *testing.T, name string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOMEMLIMIT=") && !strings.HasPrefix(kv, "GODEBUG=") {
			cmd.Env = append(cmd.Env, kv) // the children judge Reserve where it acts
		}
	}
	cmd.Env = append(cmd.Env, childVar+"="+name)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child %s: %v\n%s", name, err, out)
	}
	return string(out)
}

// limited is the child of TestReserveSurvivesALimit: it allows itself
// 100 MiB more address space than it has and asks for 66 MiB, which the
// runtime would take in two 64 MiB arenas and more.
func limited() {
	size := addressSpace()
	limit := uint64(size + 100<<20)
	if err := unix.Setrlimit(unix.RLIMIT_AS, &unix.Rlimit{Cur: limit, Max: limit}); err != nil {
		panic(err)
	}
	Reserve(66 << 20)
	os.Stdout.WriteString("still here\n")
}

// addressSpace is the process's mapped address space (VmSize) in bytes.
func addressSpace() int64 { return statusField("VmSize:") }

// statusField reads a size in kB from /proc/self/status, in bytes.
func statusField(name string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if kb, ok := strings.CutPrefix(s.Text(), name); ok {
			n, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(kb, "kB")), 10, 64)
			if err != nil {
				panic(err)
			}
			return n << 10
		}
	}
	panic("no " + name + " in /proc/self/status")
}

// marked reports whether at least nine tenths of b lie in mappings
// marked for huge pages (the object may begin in a free page just below
// the reservation).
func marked(b []byte) bool {
	lo := uint64(uintptr(unsafe.Pointer(&b[0])))
	hi := lo + uint64(len(b))
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	var covered, from, to uint64
	for s.Scan() {
		line := s.Text()
		if a, z, ok := span(line); ok {
			from, to = max(a, lo), min(z, hi)
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && from < to && strings.Contains(" "+flags+" ", " hg ") {
			covered += to - from
		}
	}
	return covered*10 >= uint64(len(b))*9
}

// span reads the address range at the start of a mapping's first line
// in smaps ("7f0c…-7f0d… rw-p …").
func span(line string) (lo, hi uint64, ok bool) {
	r, _, found := strings.Cut(line, " ")
	a, b, dash := strings.Cut(r, "-")
	if !found || !dash {
		return 0, 0, false
	}
	lo, err1 := strconv.ParseUint(a, 16, 64)
	hi, err2 := strconv.ParseUint(b, 16, 64)
	return lo, hi, err1 == nil && err2 == nil
}
