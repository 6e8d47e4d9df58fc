// Package content loads the posts: content/posts/**, each a NAME.md file or
// a bundle folder NAME/index.md whose other files travel with the post.
//
// It is the second half of the load stage, beside programme. For every
// post it splits the front matter from the Markdown body (with
// github.com/adrg/frontmatter, decoding through metadata and so through
// go.yaml.in/yaml/v3), checks each field on its own, and records where
// every value was written. Cross-references (does the tandem exist?) are
// left to validate. Problems in one post never stop the others from
// loading, so a build reports everything at once.
package content
