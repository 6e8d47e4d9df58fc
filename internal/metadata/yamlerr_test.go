package metadata

import "testing"

func TestSecondColon(t *testing.T) {
	for line, want := range map[string]int{
		"title: Größer: Teil 2": 14,
		"title: Teil 2":         1,
		"title:Teil: 2":         1,
		"":                      1,
		"  - a: b: c":           9,
	} {
		if got := secondColon([]byte(line)); got != want {
			t.Errorf("%q: column %d, want %d", line, got, want)
		}
	}
}
