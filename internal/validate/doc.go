// Package validate is the second stage of the tandem pipeline. It runs
// after load (programme and content) and before the review gate.
//
// Loading checks each file on its own; validate checks the files against
// each other: every round, tandem and person a file names must exist, a
// post's round must agree with its tandem's, no two posts may write the
// same page, and no slug or tag may leave the output folder. It also
// resolves what a post leaves out (the round of a tandem's diary entry),
// so later stages see complete posts.
package validate
