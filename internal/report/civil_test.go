package report

import (
	"testing"
	"time"
)

// TestCivilIsTheWrittenDay checks civil, which cuts seconds to days,
// against taking the date apart and putting it together again, in zones
// east and west of UTC, around midnight, before 1970 and across a change
// to summer time.
func TestCivilIsTheWrittenDay(t *testing.T) {
	t.Parallel()
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		berlin = time.FixedZone("CET", 3600)
	}
	zones := []*time.Location{time.UTC, berlin, time.FixedZone("", -11*3600), time.FixedZone("", 14*3600),
		time.FixedZone("", 5*3600+45*60)}
	starts := []time.Time{
		time.Date(2026, 3, 28, 20, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 12, 0, 0, 0, time.UTC),
		time.Date(1900, 2, 27, 0, 0, 0, 0, time.UTC),
	}
	for _, loc := range zones {
		for _, start := range starts {
			for step := range 200 {
				at := start.Add(time.Duration(step) * 17 * time.Minute).In(loc)
				y, m, d := at.Date()
				if got, want := civil(at), time.Date(y, m, d, 0, 0, 0, 0, time.UTC); got != want {
					t.Fatalf("civil(%v) = %v, want %v", at, got, want)
				}
			}
		}
	}
}
