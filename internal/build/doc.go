// Package build runs the tandem pipeline from the site's files to its
// pages (files in, pages out) and hands them to internal/publish, the
// only package that writes the output folder.
//
// The stages, in the order Compile runs them:
//
//  1. load      programme.Load (programme.yaml, tandems/*.yaml) and
//     content.Load (posts/**): parse each file, check it on its own.
//  2. validate  validate.Check: cross-references, unique pages, safe slugs.
//  3. gate      review.Gate: for each post, published, scheduled, stale,
//     waiting, draft…
//  4. model     site.New: the shown posts with every index and address;
//     unpublished posts are absent from a production model.
//  5. render    render.Renderer: pages, feeds, sitemap, files to copy.
//  6. write     publish.Write or publish.Stage: staging folder, swap,
//     lock, cleanup (see internal/publish); build decides what to write,
//     publish writes it.
//
// There are two ways through the stages. Build, for a one-shot build,
// renders and writes in one pass: each page goes into the staging folder
// the moment it is rendered (render.Stream), so the pages are never all
// in memory and writing overlaps rendering. Compile keeps the pages in
// memory (Compiled) for those that read them again: publish.Write puts
// them into a staging folder, Update works out what changed and has
// publish.Patch bring the folder tandem serve serves up to date, and
// check reads them. A Compiler keeps its state between
// Compiles, so after an edit it reloads and renders only what changed:
// each post keeps its validated copy, validate's findings and the gate's
// verdict while neither it nor what they read of the programme changed
// (validated.go), only the reloaded posts are validated again, an edit
// that leaves every post's place in the model as it was replaces the post
// in the last model (model.go, site.Site.Replace), and render keeps its
// Cache. Update compares the old and new outputs
// in one walk over both sorted lists, and NextFS makes the dev server's
// next snapshot from the last one and the changed paths.
// Both ways give the same files, byte for byte (TestGoldenSites).
//
// Options.Context cancels a one-shot run (Ctrl-C): load, render and write
// stop at the next post, page or file, the staging folder is removed and
// nothing is swapped in.
//
// Problems from every stage are collected; the build stops before writing
// when any of them is an error, so all mistakes are reported at once.
package build
