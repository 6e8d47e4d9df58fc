package programme

import (
	"testing"
	"time"
)

func TestMeetingInterval(t *testing.T) {
	t.Parallel()
	week := 7 * oneDay
	for cadence, want := range map[string]time.Duration{
		"":                          4 * week,
		"nach Absprache":            4 * week,
		"alle zwei Wochen":          2 * week,
		"alle drei bis vier Wochen": 4 * week,
		"alle 2-3 Wochen":           3 * week,
		"monatlich":                 4 * week,
		"jeden Freitag":             1 * week,
		"wöchentlich":               1 * week,
		"every two weeks":           2 * week,
		"jede Woche":                1 * week,
		"alle 14 Tage":              2 * week,
		"alle 10 Tage":              2 * week,
		"every 21 days":             3 * week,
		"jeden zweiten Freitag":     2 * week,
		"every other week":          2 * week,
		"every Monday":              1 * week,
	} {
		if got := MeetingInterval(cadence); got != want {
			t.Errorf("MeetingInterval(%q) = %v, want %v", cadence, got, want)
		}
	}
}
