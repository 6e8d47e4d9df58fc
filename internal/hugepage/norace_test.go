//go:build !race

package hugepage

// raceDetector says the race detector is on (see race_test.go).
const raceDetector = false
