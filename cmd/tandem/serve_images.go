package main

import (
	"context"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/check"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// imageFindings are the missing images serve found, by post, and the
// posts' files and addresses they were found with.
type imageFindings struct {
	addresses []postAddress
	byPost    map[string][]diag.Problem
}

// postAddress is a post's file and address.
type postAddress struct{ path, url string }

// withImages adds to the problems of a compiled site the images its posts
// show that lead to no file (check.Images): the browser shows a broken
// icon, and the warnings say why. After a save of posts that moved no
// post, only those posts are checked again (a 10,000-post site takes
// about 90 ms of CPU for all); paths nil checks every post.
func (s *session) withImages(c *build.Compiled, problems diag.List, paths []string) diag.List {
	if c == nil || c.Site == nil {
		return problems
	}
	ctx := s.e.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	posts := c.Site.Posts
	if s.images.byPost == nil || !sameAddresses(s.images.addresses, posts) || !onlyPosts(paths) {
		s.images = imageFindings{addresses: postAddresses(posts), byPost: map[string][]diag.Problem{}}
	} else {
		posts = slices.DeleteFunc(slices.Clone(posts), func(p *site.Post) bool { return !slices.Contains(paths, p.Path) })
	}
	found := check.Images(ctx, c, posts)
	for _, p := range posts {
		delete(s.images.byPost, p.Path)
	}
	for _, p := range found {
		s.images.byPost[p.Pos.Path] = append(s.images.byPost[p.Pos.Path], p)
	}
	return s.images.with(problems)
}

// with returns problems with the missing images found so far, sorted.
func (f imageFindings) with(problems diag.List) diag.List {
	out := slices.Clone(problems)
	for _, list := range f.byPost {
		out.Add(list...)
	}
	out.Sort()
	return out
}

// postAddresses lists every post's file and address: when they change,
// an image address in any post may lead elsewhere.
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
// then no file an image can lead to has changed.
func onlyPosts(paths []string) bool {
	for _, p := range paths {
		if !strings.HasPrefix(p, "content/posts/") || !strings.HasSuffix(p, ".md") {
			return false
		}
	}
	return len(paths) > 0
}
