// Package render is the render stage of the tandem pipeline: it runs after
// the site model and before publish writes the output folder. It does no
// I/O of its own beyond reading the theme through an fs.FS.
//
// Render turns a site.Site into Outputs (path and bytes) and Copies (files
// to copy as they are: bundle images, static files, theme assets). There
// is one file per kind of output: post.go, lists.go (rounds, tandems, tags,
// authors, home), feed.go, sitemap.go, dashboard.go (the preview-only
// review dashboard), report.go and chart.go (a round's report from the
// figures internal/report computes, its timeline as SVG coordinates). outline.go lists every output without rendering and
// renders a chosen few pages, for tandem check.
//
// Markdown goes through goldmark with GFM tables, strikethrough and
// autolinks, in its safe default: raw HTML in a post is left out, never
// passed through. Every page goes through html/template. Feeds are written
// with encoding/xml, which escapes for XML, and the sitemap by hand as
// encoding/xml would write it (keyed by its entries, not its bytes).
// A body renders into a buffer capped at content.MaxHTML
// (markdowncost.go): content refuses the posts that could reach it, so
// the cap is a backstop.
//
// Templates get views (views.go): plain values built from the model by
// one constructor per page kind (pages.go), from each post's card and
// view, built once per render (posts.go). A view holds nothing that
// points into the model, so a template can show nothing but its view.
// Each output has a key over every field of its view (one walk over it,
// keywalk.go, with a version), and the renderer's fingerprint (every
// theme file it parsed, the language, the base path). Markdown is converted once per post and
// render (in parallel, one worker per core) and shared by its page,
// lists and feeds.
//
// A Cache carried from one Render to the next (the dev server) holds
// each output's key and bytes by path: an output is made again only when
// its key changed, and the rest are taken as they were, so the work of a
// render follows the change, not the size of the site, while an
// incremental render equals a full one by construction (build's
// TestIncrementalEqualsFull). Each post's view, card (with its HTML) and
// converted Markdown are kept with the input they were made from
// (postInput, everything postView reads): a post whose input equals the
// last render's gets them again, so an edit makes the views of the posts
// it changed (and converts only Markdown whose body key changed). The
// cache holds only what the last render used.
package render
