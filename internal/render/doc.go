// Package render is the render stage of the tandem pipeline: it runs after
// the site model and before build writes the output folder. It does no
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
//
// Work is done once and shared: each post's Markdown is converted once (in
// parallel, one worker per core) and reused by its page, lists and feeds.
// A Cache carried from one Render to the next (the dev server) skips pages
// whose inputs did not change: every page has a key computed from exactly
// the posts it shows, so an incremental render equals a full one.
package render
