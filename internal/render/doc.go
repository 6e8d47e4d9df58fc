// Package render is the render stage of the tandem pipeline: it runs after
// the site model and before publish writes the output folder. It does no
// I/O of its own beyond reading the theme through an fs.FS.
//
// Render turns a site.Site into Outputs (path and bytes) and Copies (files
// to copy as they are: bundle images, static files, theme assets). There
// is one file per kind of output: post.go, lists.go (rounds, tandems, tags,
// authors, home), feed.go, sitemap.go, dashboard.go (the preview-only
// review dashboard). outline.go lists every output without rendering and
// renders a chosen few pages, for tandem check.
//
// Markdown goes through goldmark with GFM tables, strikethrough and
// autolinks, in its safe default: raw HTML in a post is left out, never
// passed through. Every page goes through html/template. Feeds and the
// sitemap are written with encoding/xml, which escapes for XML.
// A body renders into a buffer capped at content.MaxHTML
// (markdowncost.go): content refuses the posts that could reach it, so
// the cap is a backstop.
//
// Work is done once and shared: each post's Markdown is converted once (in
// parallel, one worker per core) and reused by its page, lists and feeds.
//
// A Cache carried from one Render to the next (the dev server) makes the
// work of a render follow the change, not the size of the site:
//
//   - Post views (post.go) are kept by post path. A post whose view would
//     come out the same (same file, verdict, address and links, compared
//     field by field) keeps its view, card and converted Markdown; any
//     other gets a new view. So a view pointer names exactly what the
//     view shows.
//   - Pages are planned in groups (plan.go): a post's page, all pages of
//     one list, each feed, the sitemap. A group whose signature (the site
//     salt, the programme's fingerprints) and view pointers are those of
//     the last render is taken over as it was, without planning its
//     pages; of a paginated list of the same length, each page whose
//     posts are the same views is (pages.go). In any other group a page
//     is executed only when its key changed: every page has a key
//     computed from exactly what it shows (the posts' view keys, or where
//     a page shows only their address, title, date, state and links, as
//     the overview pages and a post's neighbours, their meta keys), so an
//     incremental render equals a full one (build's
//     TestIncrementalEqualsFull).
//   - The programme is part of the keys as fingerprints (programme.yaml,
//     and each tandem file on its own), so editing one tandem file renders
//     its tandem's, its round's and the overview pages, not every page.
//   - The outputs are put in the order of the last render when their
//     paths are the same, instead of sorting them again (order.go).
package render
