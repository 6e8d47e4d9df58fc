// Command tandem builds reverse-mentoring programme blogs: Markdown diary
// posts, retrospectives and programme files in, a static site out, with a
// review workflow that CI can enforce.
//
// This package holds flags and wiring only; the pipeline lives in
// internal/ (see internal/build for the order of the stages).
package main
