package main

import (
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// cpuClock reads the CPU time a process has used so far, from outside
// it: utime + stime of /proc/PID/stat, counted in clock ticks.
type cpuClock struct {
	pid  int
	tick time.Duration // one clock tick (getconf CLK_TCK per second)
}

// newCPUClock returns the clock of process pid, asking getconf for the
// length of a clock tick.
func newCPUClock(pid int) (cpuClock, error) {
	out, err := exec.Command("getconf", "CLK_TCK").Output()
	if err != nil {
		return cpuClock{}, fmt.Errorf("getconf CLK_TCK: %w", err)
	}
	hz, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil || hz <= 0 {
		return cpuClock{}, fmt.Errorf("getconf CLK_TCK said %q", out)
	}
	return cpuClock{pid: pid, tick: time.Second / time.Duration(hz)}, nil
}

// used returns the process's user and system time so far, all its
// threads together.
func (c cpuClock) used() (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", c.pid))
	if err != nil {
		return 0, err
	}
	return parseStat(string(b), c.tick)
}

// parseStat reads utime and stime (fields 14 and 15) from the text of
// /proc/PID/stat. The command name (field 2, in parentheses) may hold
// spaces and parentheses, so fields are counted after its last ')'.
func parseStat(stat string, tick time.Duration) (time.Duration, error) {
	i := strings.LastIndexByte(stat, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc stat without a command name: %q", stat)
	}
	f := strings.Fields(stat[i+1:]) // f[0] is field 3, the state
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc stat with %d fields after the name", len(f))
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc stat: utime %q, stime %q", f[11], f[12])
	}
	return time.Duration(utime+stime) * tick, nil
}

// median returns the median of times, which must not be empty, with the
// smallest and the largest.
func median(times []time.Duration) (mid, least, most time.Duration) {
	sorted := slices.Clone(times)
	slices.Sort(sorted)
	n := len(sorted)
	mid = sorted[n/2]
	if n%2 == 0 {
		mid = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	return mid, sorted[0], sorted[n-1]
}
