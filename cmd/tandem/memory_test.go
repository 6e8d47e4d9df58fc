package main

import (
	"slices"
	"testing"
)

func TestFirstOnly(t *testing.T) {
	var calls []int
	prepare := firstOnly(func(n int) { calls = append(calls, n) })
	prepare(10)
	prepare(20)
	prepare(30)
	if !slices.Equal(calls, []int{10}) {
		t.Errorf("calls %v, want [10]", calls)
	}
}
