// Package synthetic makes up whole tandem sites of any size, for the
// benchmarks that compare tandem with its floor and with Hugo.
//
// It stands before the pipeline (load -> validate -> review gate -> model
// -> render -> write): it writes the input that the pipeline reads. A
// generated site follows the content contract: programme.yaml with rounds,
// people and reviewers, one file per tandem, and posts under
// content/posts/<round>/ (some as bundles with an image) whose German-like
// Markdown has headings, lists, quotes, tables and links to other posts.
// Every post is approved with a digest computed by internal/review, so a
// production build publishes all of them.
//
// The same posts can also be written as a Hugo site with small, equivalent
// templates, so both generators build the same content side by side.
//
// Everything is derived from a seed with math/rand/v2's PCG and from fixed
// dates: the same options always give byte-identical files.
package synthetic
