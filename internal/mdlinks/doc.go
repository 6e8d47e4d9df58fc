// Package mdlinks finds the links and images written in a post's
// Markdown, each with the exact position of its destination in the post
// file, and resolves a destination against the post's page the way
// render writes it.
//
// It sits beside the pipeline: build uses it to refuse a published post
// that links to a held-back one, and check to check every link. Both
// parse with the Markdown settings render uses (NewMarkdown), so the
// links found are the links shown.
package mdlinks
