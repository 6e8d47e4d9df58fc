// Package build runs the tandem pipeline from the site's files to its
// pages (files in, pages out) and hands them to internal/publish, the
// only package that writes the output folder.
//
// The stages, in the order Compile runs them:
//
//  1. load      programme.Load (programme.yaml, tandems/*.yaml),
//     content.Load (posts/**): parse each file, check it on its own; and
//     content.StaticPhotos (the photos of content/static/: hash, header).
//  2. validate  validate.Check: cross-references, unique pages, safe slugs.
//  3. gate      review.Gate: for each post, published, scheduled, stale,
//     waiting, draft…
//  4. model     site.New: the shown posts with every index and address;
//     unpublished posts are absent from a production model;
//     site.StaticImages: the static photos with their derivatives.
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
// them into a staging folder, and check reads them. A Compiler keeps its
// loaded files between Compiles, and beside each loaded post (a file or
// a bundle) what follows from that post, the programme and the options
// alone: what validate finds in it, and the gate's verdict on it but for
// the time, its digest included (see unit). After an edit, Update
// reloads the changed files only and checks and assesses those posts
// again (every post, when the programme changed); then validate's checks
// across posts (no two write the same page) and the gate's verdicts at
// now run over everything again, as a first Compile does. The model is
// the last one with the changed posts put in place when the edit leaves
// every list as it was (a post's text, title or summary, its state in a
// preview; see modelOf), else made anew; render runs over everything and
// makes again only the outputs whose key changed (render.Cache).
// Changes is the one diff from one compile's outputs to the next (by
// key: equal keys, equal bytes), which publish.Patch applies to the
// folder tandem serve writes; the snapshot it serves is the compiled
// outputs themselves (Compiled.FS), which no later run changes. Both
// give the same files, byte for byte (TestIncrementalEqualsFull).
//
// Options.Context cancels a one-shot run (Ctrl-C): load, render and write
// stop at the next post, page or file, the staging folder is removed and
// nothing is swapped in.
//
// Problems from every stage are collected; the build stops before writing
// when any of them is an error, so all mistakes are reported at once.
// Errors that load and validate find in some posts or in files of
// content/static/ only do not stop the model: it is made without those
// posts (see leftOut), so the gate's findings in the others are reported
// too, and tandem check (OutlineAll) checks the rest of the site, as it
// does past links to held-back posts (heldLinks); only rendering, and so
// writing, needs a site without errors.
package build
