package site

import (
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// Image is a photo of a post's bundle (or of content/static/, see
// StaticImages) as the pages show it: its size and
// the derivatives published in its place (images.Plan). Themes read it
// as plain data (a card's cover, og:image); the Markdown renderer writes
// srcset and sizes from it.
type Image struct {
	// Name is the file's path inside the bundle, e.g. "foto.jpg".
	Name string
	// URL is the original's address below the base path, and Href the
	// link to it; the original itself is published only when Original
	// is set (images.keep_originals).
	URL, Href string
	// Width and Height are the original's size in pixels, upright.
	Width, Height int
	// Original says whether the original file is published.
	Original bool
	// Variants are the derivatives, narrowest first; never empty.
	Variants []ImageVariant
}

// ImageVariant is one derivative of an Image.
type ImageVariant struct {
	// Name is its file name beside the original.
	Name string
	// URL is its address below the base path, Href the link to it.
	URL, Href string
	// Width and Height are its size in pixels.
	Width, Height int
}

// Largest is the widest derivative: the one to show where a single
// address is wanted (og:image, a card's cover).
func (im Image) Largest() ImageVariant { return im.Variants[len(im.Variants)-1] }

// postImages lists the photos of p's bundle (files whose header load
// read) with their derivatives under s, in file name order.
func postImages(p *Post, s images.Settings) []Image {
	var out []Image
	for _, f := range p.Files {
		if f.Image == nil {
			continue
		}
		dir := path.Dir(f.Name)
		im := Image{Name: f.Name, URL: p.URL + f.Name, Href: p.Href + f.Name, Width: f.Image.Width, Height: f.Image.Height, Original: s.KeepOriginals}
		for _, v := range images.Plan(path.Base(f.Name), *f.Image, s) {
			name := path.Join(dir, v.Name)
			im.Variants = append(im.Variants, ImageVariant{Name: name, URL: p.URL + name, Href: p.Href + name, Width: v.Width, Height: v.Height})
		}
		out = append(out, im)
	}
	return out
}

// StaticImages lists the photos of content/static/ (files whose header
// load read; Name their path below content/static/, which is their
// address below the base path basePath) with their derivatives under s,
// which are published beside them. The original stays published at its
// address (without metadata): people may link to it.
func StaticImages(files []content.File, basePath string, s images.Settings) []Image {
	var out []Image
	for _, f := range files {
		if f.Image == nil {
			continue
		}
		dir := path.Dir(f.Name)
		im := Image{Name: f.Name, URL: f.Name, Href: basePath + f.Name, Width: f.Image.Width, Height: f.Image.Height, Original: true}
		for _, v := range images.Plan(path.Base(f.Name), *f.Image, s) {
			name := path.Join(dir, v.Name)
			im.Variants = append(im.Variants, ImageVariant{Name: name, URL: name, Href: basePath + name, Width: v.Width, Height: v.Height})
		}
		out = append(out, im)
	}
	slices.SortFunc(out, func(a, b Image) int { return strings.Compare(a.Href, b.Href) })
	return out
}

// StaticImage returns the photo of content/static/ among static (sorted
// by address, as Site.Static is) whose address is href, unescaped: what
// a post's image that shows it links to.
func StaticImage(static []Image, href string) (Image, bool) {
	i, ok := slices.BinarySearchFunc(static, href, func(im Image, h string) int { return strings.Compare(im.Href, h) })
	if !ok {
		return Image{}, false
	}
	return static[i], true
}
