// Package reviewtest holds the small programme and the post helpers that
// the tests of the review gate (internal/review) and of the review commands
// (internal/approval) share: one programme with round r1, tandem t01 and
// the reviewers frauke and gerd, and functions that parse and validate
// post texts against it. Only tests import it.
package reviewtest
