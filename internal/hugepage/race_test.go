//go:build race

package hugepage

// raceDetector says the race detector is on: it maps and clears shadow
// memory for every allocation, faults Reserve cannot save.
const raceDetector = true
