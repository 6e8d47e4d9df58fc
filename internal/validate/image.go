package validate

import (
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// checkImage reports a cover (image: in the front matter) that is not a
// JPEG, PNG or WebP file of the post's bundle (images.Derivable), whose size pages print beside
// it: at the field, with the closest file of the bundle.
func checkImage(post *content.Post, l *diag.List) {
	if post.Image == "" {
		return
	}
	pos := post.Pos("image")
	if post.Bundle == "" {
		l.Errorf(pos, "image-not-in-bundle", diag.T("make the post a bundle (a folder with index.md) and put the picture beside index.md"),
			"image: %q needs a bundle post; this post is a single file", post.Image)
		return
	}
	var names []string
	for _, f := range post.Files {
		if images.Derivable(f.Name) {
			names = append(names, f.Name)
			if f.Name == post.Image {
				if f.Image == nil {
					l.Errorf(pos, "image-unreadable", diag.T("save the picture again as JPEG, PNG or WebP (a still picture; an animated WebP cannot be a cover)"), "image: %q is not a readable JPEG, PNG or WebP image", post.Image)
				}
				return
			}
		}
	}
	if len(names) == 0 {
		l.Errorf(pos, "image-unknown", diag.T("put a JPEG, PNG or WebP picture beside index.md and name it here"),
			"image: %q is not a JPEG, PNG or WebP file of the bundle", post.Image)
		return
	}
	l.Errorf(pos, "image-unknown", diag.Suggest(post.Image, names), "image: %q is not a JPEG, PNG or WebP file of the bundle", post.Image)
}
