// Package build runs the tandem pipeline and is the only package that
// writes the output folder.
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
//  6. write     everything goes to a staging folder beside the
//     destination, which is swapped in only when the whole build
//     succeeded; a failed or killed build leaves the old output as it was.
//     Builds of the same destination take turns (an advisory lock on a
//     file beside it, LockFile, holding the writer's process id): Write,
//     Update and Build never wait for it silently but return a BusyError,
//     and the caller says who it waits for (TakeTurns). The next build
//     removes staging folders that a killed build left.
//
// There are two ways through the stages. Build, for a one-shot build,
// renders and writes in one pass: each page goes into the staging folder
// the moment it is rendered (render.Stream), so the pages are never all
// in memory and writing overlaps rendering. Compile keeps the pages in
// memory (Compiled) for those that read them again: Write puts them into
// a staging folder, Update brings the folder tandem serve serves up to
// date, and check reads them. A Compiler keeps its state between
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
