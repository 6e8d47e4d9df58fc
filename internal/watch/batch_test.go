package watch

import (
	"slices"
	"testing"
	"time"
)

// TestMerge checks that a batch the caller has not taken absorbs a later
// one: later outcomes win, the earliest first event stays.
func TestMerge(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	earlier := Batch{
		Changes:    []Change{{"content/a.md", Changed}, {"content/b.md", Changed}},
		FirstEvent: t0,
	}
	later := Batch{
		Changes:    []Change{{"content/b.md", Removed}, {"content/c.md", Changed}},
		Overflow:   true,
		FirstEvent: t0.Add(time.Second),
	}
	got := earlier.merge(later)
	want := []Change{{"content/a.md", Changed}, {"content/b.md", Removed}, {"content/c.md", Changed}}
	if !slices.Equal(got.Changes, want) {
		t.Errorf("Changes = %v, want %v", got.Changes, want)
	}
	if !got.Overflow {
		t.Error("Overflow lost in merge")
	}
	if !got.FirstEvent.Equal(t0) {
		t.Errorf("FirstEvent = %v, want %v", got.FirstEvent, t0)
	}
}

// TestDue checks the quiet period and the maximum wait.
func TestDue(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	ms := time.Millisecond
	tests := []struct {
		name   string
		events []time.Duration // after t0
		want   time.Duration   // after t0
	}{
		{"single event waits for quiet", []time.Duration{0}, 30 * ms},
		{"later event extends", []time.Duration{0, 20 * ms}, 50 * ms},
		{"constant stream capped", []time.Duration{0, 100 * ms, 200 * ms, 290 * ms}, 300 * ms},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var b burst
			for _, at := range tc.events {
				b.touch("content/a.md", t0.Add(at))
			}
			if got := b.due(30*ms, 300*ms); !got.Equal(t0.Add(tc.want)) {
				t.Errorf("due = %v after start, want %v", got.Sub(t0), tc.want)
			}
		})
	}
}

// TestOpString checks the names used in logs.
func TestOpString(t *testing.T) {
	t.Parallel()
	for op, want := range map[Op]string{Changed: "changed", Removed: "removed", 0: "unknown"} {
		if got := op.String(); got != want {
			t.Errorf("Op(%d).String() = %q, want %q", op, got, want)
		}
	}
}
