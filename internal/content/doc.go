// Package content loads the posts: content/posts/**, each a NAME.md file or
// a bundle folder NAME/index.md whose other files travel with the post.
//
// It is the second half of the load stage, beside programme. For every
// post it splits the front matter from the Markdown body (the lines
// between the first two --- lines, found by a scan of the bytes), decodes
// it through metadata, checks each field on its own, and records where
// every value was written. Cross-references (does the tandem exist?) are
// left to validate. Problems in one post never stop the others from
// loading, so a build reports everything at once.
//
// It also checks the body against the limits that bound what the post
// costs later (limits.go, cost.go): lines, nesting, and the cost model's
// limits on tables, emphasis and link markers, links and reference
// copies, so that rendering a post within them takes work and gives
// output bounded by a multiple of its size (MaxHTML). Being part of
// loading, they hold alike in check, build, preview and serve. The
// cost model parses with goldmark only the few bodies that counting
// bytes cannot clear (costparse.go), with guards that drop an oversized
// table or paragraph before goldmark builds it.
package content
