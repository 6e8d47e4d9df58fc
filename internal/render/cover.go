package render

import (
	"net/url"
	"path"
	"strings"

	"strconv"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// ImageView is a picture a page shows: a post's cover (front matter
// image:, a file of its bundle, else the body's first picture of the
// bundle), or a logo or header picture of content/static/. Src is its
// address with the base path (for a cover, its smallest derivative), Abs
// the absolute address when base_url is set ("" otherwise, for
// og:image; for a cover, its largest derivative), Width and Height the
// size its header gives. Srcset and Sizes list a cover's derivatives;
// empty for pictures of content/static/.
type ImageView struct {
	Src, Abs      string
	Width, Height int
	Srcset, Sizes string
}

// picture is a photo of a post's bundle as a cover shows it: the
// original's size (its aspect ratio), the smallest derivative as the
// address and every derivative in the srcset (the original is published
// only with images.keep_originals, so it is never the address).
type picture struct {
	Name, Src, URL, Srcset string
	Width, Height          int
}

// pictures lists the photos of a post's bundle with their derivatives.
func pictures(imgs []site.Image) []picture {
	out := make([]picture, 0, len(imgs))
	for _, im := range imgs {
		var srcset strings.Builder
		for i, v := range im.Variants {
			if i > 0 {
				srcset.WriteString(", ")
			}
			srcset.WriteString(v.Href + " " + strconv.Itoa(v.Width) + "w")
		}
		out = append(out, picture{Name: im.Name, Src: im.Variants[0].Href, URL: im.Largest().URL, Srcset: srcset.String(), Width: im.Width, Height: im.Height})
	}
	return out
}

// cover is the post's cover: the picture the front matter names, else
// the picture of the bundle the body shows first (first, the body's
// first image destination as written), with sizes as its sizes
// attribute (images.card_sizes: how wide a card shows it); nil when
// there is none, or the picture's size is unknown.
func (in *postInput) cover(first, sizes string) *ImageView {
	name := in.facts.Image
	if name == "" {
		name = bundleName(first)
	}
	if name == "" {
		return nil
	}
	for _, p := range in.pictures {
		if p.Name == name {
			v := &ImageView{Src: p.Src, Width: p.Width, Height: p.Height, Srcset: p.Srcset, Sizes: sizes}
			if absolute(in.facts.BaseURL) {
				v.Abs = in.facts.BaseURL + p.URL
			}
			return v
		}
	}
	return nil
}

// absolute reports whether base_url is an absolute address (it is "/"
// when programme.yaml has none).
func absolute(base string) bool { return strings.Contains(base, "://") }

// bundleName is the file of the post's bundle a relative image
// destination names ("bild.png", "./bilder/a.jpg"), or "" for any other.
func bundleName(dest string) string {
	if dest == "" || strings.ContainsAny(dest, "?#") {
		return ""
	}
	u, err := url.Parse(dest)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") {
		return ""
	}
	name := path.Clean(u.Path)
	if name == "." || strings.HasPrefix(name, "../") || name == ".." {
		return ""
	}
	return name
}
