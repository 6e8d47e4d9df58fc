package main

import (
	"os"
	"testing"
	"time"
)

func TestParseStat(t *testing.T) {
	// A command name with a space and a ')' in it; utime 250, stime 30.
	stat := "4242 (tandem (x) y) S 1 4242 4242 0 -1 4194560 9000 0 0 0 250 30 0 0 20 0 7 0 100 0 0"
	got, err := parseStat(stat, 10*time.Millisecond)
	if err != nil || got != 2800*time.Millisecond {
		t.Errorf("got %s, %v; want 2.8s", got, err)
	}
	if _, err := parseStat("4242 (tandem) S 1 2", 10*time.Millisecond); err == nil {
		t.Error("a short stat line should be an error")
	}
}

func TestCPUClockReadsThisProcess(t *testing.T) {
	clock, err := newCPUClock(os.Getpid())
	if err != nil {
		t.Skip(err) // no getconf
	}
	before, err := clock.used()
	if err != nil {
		t.Fatal(err)
	}
	// Spin until the clock moves: a tick or two of CPU, which may take
	// longer than that on a loaded machine.
	after := before
	for start := time.Now(); after == before && err == nil && time.Since(start) < 10*time.Second; {
		after, err = clock.used()
	}
	if err != nil || after <= before {
		t.Errorf("10 s of spinning: CPU %s → %s, %v", before, after, err)
	}
}

func TestMedian(t *testing.T) {
	mid, least, most := median([]time.Duration{5, 1, 3, 9})
	if mid != 4 || least != 1 || most != 9 {
		t.Errorf("median, min, max = %d, %d, %d; want 4, 1, 9", mid, least, most)
	}
}
