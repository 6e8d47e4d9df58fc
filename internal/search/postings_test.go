package search

import (
	"math"
	"strconv"
	"testing"
)

// TestAppendNumber compares appendNumber with strconv.AppendInt around
// the one- and two-digit cases it writes itself, and at the ends of int32.
func TestAppendNumber(t *testing.T) {
	check := func(n int32) {
		if got, want := string(appendNumber([]byte("x"), n)), "x"+strconv.Itoa(int(n)); got != want {
			t.Errorf("appendNumber(%d) = %q, want %q", n, got, want)
		}
	}
	for n := int32(-1000); n <= 100000; n++ {
		check(n)
	}
	check(math.MinInt32)
	check(math.MaxInt32)
}

// TestAppendPostings writes postings as a postings file lists them: each
// doc number as the difference from the one before, beside its weight.
func TestAppendPostings(t *testing.T) {
	got := string(appendPostings(nil, []posting{{3, 1}, {12, 99}, {1012, 10}, {1013, 9}}))
	if want := "3,1,9,99,1000,10,1,9"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := string(appendPostings([]byte("["), nil)); got != "[" {
		t.Errorf("no postings give %q", got)
	}
}
