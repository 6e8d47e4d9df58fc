package main

import (
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/check"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// postFindings are the findings in the posts' Markdown serve made so far
// (check.InPosts), by post, and the posts' files and addresses and the
// paths the site served they were made with.
type postFindings struct {
	addresses []postAddress
	served    []string
	byPost    map[string][]diag.Problem
}

// postAddress is a post's file and address.
type postAddress struct{ path, url string }

// withFindings adds to the problems of a compiled site what tandem check
// would find in its posts' Markdown (check.InPosts: links and images
// that lead nowhere, images without alt text), as warnings: the browser
// shows a broken icon or a dead link, and the warnings say why, while
// the page still reloads. After a save of posts that changed neither a
// post's address nor the paths the site serves (a save that adds a
// post's first tag adds a tag page another post may link to; a new word's
// file of the search index is none, see servedPaths), only those posts
// are checked again (a 10,000-post site takes about 90 ms of CPU
// for all); paths nil checks every post.
func (s *session) withFindings(c *build.Compiled, problems diag.List, paths []string) diag.List {
	if c == nil || c.Site == nil {
		return problems
	}
	ctx := s.e.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	posts := c.Site.Posts
	if s.findings.byPost == nil || !sameAddresses(s.findings.addresses, posts) || !sameServed(s.findings.served, c) || !onlyPosts(paths) {
		s.findings = postFindings{addresses: postAddresses(posts), served: servedPaths(c), byPost: map[string][]diag.Problem{}}
	} else {
		posts = slices.DeleteFunc(slices.Clone(posts), func(p *site.Post) bool { return !slices.Contains(paths, p.Path) })
	}
	found := check.InPosts(ctx, c, posts)
	for _, p := range posts {
		delete(s.findings.byPost, p.Path)
	}
	for _, p := range found {
		s.findings.byPost[p.Pos.Path] = append(s.findings.byPost[p.Pos.Path], p)
	}
	return s.findings.with(problems)
}

// servedPaths lists the paths of c's outputs and copies, in their order,
// but the search index's words (check.WordFile, which no finding
// depends on: most saves that add a word add one): what a post's link
// can lead to, besides content/static/, which only a save of other files
// than posts changes.
func servedPaths(c *build.Compiled) []string { return slices.Collect(served(c)) }

// sameServed reports whether c serves the paths a (servedPaths), without
// listing them: most saves change none.
func sameServed(a []string, c *build.Compiled) bool {
	i := 0
	for p := range served(c) {
		if i == len(a) || a[i] != p {
			return false
		}
		i++
	}
	return i == len(a)
}

// served yields the paths servedPaths lists.
func served(c *build.Compiled) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, o := range c.Result.Outputs {
			if !check.WordFile(o.Path) && !yield(o.Path) {
				return
			}
		}
		for _, cp := range c.Result.Copies {
			if !check.WordFile(cp.Path) && !yield(cp.Path) {
				return
			}
		}
	}
}

// with returns problems with the findings so far, sorted.
func (f postFindings) with(problems diag.List) diag.List {
	out := slices.Clone(problems)
	for _, list := range f.byPost {
		out.Add(list...)
	}
	out.Sort()
	return out
}

// postAddresses lists every post's file and address: when they change,
// an address in any post may lead elsewhere.
func postAddresses(posts []*site.Post) []postAddress {
	out := make([]postAddress, len(posts))
	for i, p := range posts {
		out[i] = postAddress{p.Path, p.URL}
	}
	return out
}

// sameAddresses reports whether posts have the files and addresses of a.
func sameAddresses(a []postAddress, posts []*site.Post) bool {
	if len(a) != len(posts) {
		return false
	}
	for i, p := range posts {
		if a[i] != (postAddress{p.Path, p.URL}) {
			return false
		}
	}
	return true
}

// onlyPosts reports whether paths are post files only (and not nil):
// then no file of content/static/ or of a bundle has changed.
func onlyPosts(paths []string) bool {
	for _, p := range paths {
		if !strings.HasPrefix(p, "content/posts/") || !strings.HasSuffix(p, ".md") {
			return false
		}
	}
	return len(paths) > 0
}
