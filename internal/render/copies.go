package render

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// copies lists the bundle files, the photos' derivatives and the theme's
// static files (a WebP or GIF with metadata as the derivative without
// it, content.File.Strip), and the addresses of the photos whose original is not
// published (their derivatives stand in for them: a link to one is not
// broken).
func (r *Renderer) copies(s *site.Site) (out []Copy, originals []string) {
	_ = fs.WalkDir(r.theme, "static", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, Copy{Path: site.AssetsRoot + strings.TrimPrefix(name, "static/"), From: r.theme, Name: name})
		}
		return nil
	})
	for _, p := range s.Posts {
		imgs := p.Images
		for _, f := range p.Files {
			if len(imgs) > 0 && imgs[0].Name == f.Name {
				out = append(out, r.derivatives(imgs[0], f.Hash, f.Source)...)
				if !imgs[0].Original {
					originals = append(originals, imgs[0].URL)
					imgs = imgs[1:]
					continue
				}
				imgs = imgs[1:]
			}
			if f.Strip {
				out = append(out, Copy{Path: p.URL + f.Name, From: r.images.Derived, Name: images.DerivedName(f.Hash, 0, f.Source), Derived: true})
				continue
			}
			out = append(out, Copy{Path: p.URL + f.Name, Name: f.Source, Sum: f.Hash})
		}
	}
	slices.SortFunc(out, func(a, b Copy) int { return strings.Compare(a.Path, b.Path) })
	return out, originals
}

// derivatives are the copies of a photo's derivatives: files of the
// renderer's file system of derivatives, named by the original's hash,
// their width and the original's path (images.DerivedName).
func (r *Renderer) derivatives(im site.Image, sum [32]byte, source string) []Copy {
	out := make([]Copy, 0, len(im.Variants))
	for _, v := range im.Variants {
		out = append(out, Copy{Path: v.URL, From: r.images.Derived, Name: images.DerivedName(sum, v.Width, source), Derived: true})
	}
	return out
}

// Images returns the renderer's photo settings and file system of
// derivatives, for the copies of content/static that build lists.
func (r *Renderer) Images() *Images {
	im := r.images
	return &im
}
