package site

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// The places in the output that tandem's pages, feeds and sitemap own,
// below the output folder: a folder (ending in "/") with everything in
// it, or one file at the root. The model names its addresses with them,
// render its pages and files; GeneratedRoots lists them all.
const (
	// PostsRoot holds every post's page and bundle files: posts/<slug>/.
	PostsRoot = "posts/"
	// RoundsRoot holds the round overview, the round pages and their feeds.
	RoundsRoot = "rounds/"
	// TandemsRoot holds the tandem overview and the tandem pages.
	TandemsRoot = "tandems/"
	// TagsRoot holds the tag overview and the tag pages.
	TagsRoot = "tags/"
	// AuthorsRoot holds the author overview and the author pages.
	AuthorsRoot = "authors/"
	// ReviewRoot holds the review dashboard (a preview writes it).
	ReviewRoot = "review/"
	// SearchRoot holds the search page and the search index's files.
	SearchRoot = "search/"
	// ReportRoot holds the programme report.
	ReportRoot = "report/"
	// IndexPage is the page of a folder; at the root, the home page.
	IndexPage = "index.html"
	// NotFoundPage is the page servers show for a missing address.
	NotFoundPage = "404.html"
	// FeedFile is the site's Atom feed; each round has one in its folder.
	FeedFile = "feed.xml"
	// SitemapFile lists every public page.
	SitemapFile = "sitemap.xml"
	// AssetsRoot holds the theme's static files, which pages load (its
	// stylesheets and icons). It is not a generated root: render copies
	// the theme's files there, and nothing else may lie there.
	AssetsRoot = "assets/"
)

// GeneratedRoots returns the places in the output that tandem's pages,
// feeds and sitemap own (the constants above; a new slice on every
// call). Every file render writes lies in one, bundle files included
// (render's tests hold it to that), so a file from elsewhere that lies
// in one can take the address of a page, today's or a later one, such
// as the page a held-back post gets once it is approved.
func GeneratedRoots() []string {
	return []string{PostsRoot, RoundsRoot, TandemsRoot, TagsRoot, AuthorsRoot, ReviewRoot, ReportRoot, SearchRoot,
		IndexPage, NotFoundPage, FeedFile, SitemapFile}
}

// GeneratedRoot returns the generated root (see GeneratedRoots) that the
// output path name (slash-separated, below the output folder) lies in, or
// "" when it lies in none. The first name of the path is compared as a
// server on a case-insensitive file system (Windows, macOS) reads it:
// "Posts/x", "POSTS./x" and "Index.HTML" are in a root too.
func GeneratedRoot(name string) string {
	for _, root := range GeneratedRoots() {
		if InRoot(name, root) {
			return root
		}
	}
	return ""
}

// InRoot reports whether the output path name (slash-separated) lies in
// root (a folder ending in "/", or a file), comparing its first name as
// GeneratedRoot does: "Assets./x" is in AssetsRoot.
func InRoot(name, root string) bool {
	first, _, _ := strings.Cut(name, "/")
	return strings.EqualFold(strings.TrimRight(first, ". "), strings.TrimSuffix(root, "/"))
}

// FoldPath returns the output path name (slash-separated) as a file
// system that ignores case and Unicode normalization reads it (Windows,
// macOS): each name in NFC, in upper and then lower case (so "ſ" and the
// Kelvin sign fold as strings.EqualFold folds them), without trailing
// dots and spaces. Two paths with the same FoldPath are one file there, so the
// second written would replace the first: "posts/x/INDEX.HTML" replaces
// the page "posts/x/index.html", "café.png" written in NFD the one in NFC.
func FoldPath(name string) string {
	parts := strings.Split(name, "/")
	for i, part := range parts {
		parts[i] = strings.ToLower(strings.ToUpper(norm.NFC.String(strings.TrimRight(part, ". "))))
	}
	return strings.Join(parts, "/")
}
