// Package mdlinks finds the links and images written in a post's
// Markdown, each with the exact position of its destination in the post
// file, and resolves a destination against the post's page the way
// render writes it.
//
// It sits beside the pipeline and is the one place that knows how a
// destination becomes an address: render resolves every link and image
// with Resolve, build uses Find to refuse a published post that links to
// a held-back one, and check uses Find and Address (a shortcut for plain
// relative paths, checked against Resolve) to check every link. All
// parse with the Markdown settings render uses (NewMarkdown), so the
// links found are the links shown. build.Outline takes the Facts of
// every body (FactsOf: the quick scan of its links, ScanBody, its word
// count and its images), so check needs no body after outlining.
package mdlinks
