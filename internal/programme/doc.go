// Package programme loads the programme: content/programme.yaml (site
// settings, rounds, people, reviewers) and content/tandems/*.yaml (one
// file per tandem).
//
// It is the first half of the load stage; content loads the posts beside
// it. Loading checks each file on its own (types, required fields, dates,
// enums); cross-references between files are the validate stage's job.
// The package reads through an fs.FS rooted at the site folder, so tests
// use fstest.MapFS; Parse reads the text of programme.yaml alone, for the
// commands that edit it and check the result.
package programme
