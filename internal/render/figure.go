package render

import (
	"crypto/sha256"
	"fmt"
	"net/url"
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// figures renders Markdown images and paragraphs for goldmark. A
// paragraph holding nothing but an image becomes a <figure>, the image's
// title its <figcaption>. An image of one of the post's photos
// (site.Image), or of content/static/ linked from the site root, gets its
// derivatives as srcset, its size and lazy loading; any other image is
// written as goldmark writes it, with lazy loading. One converter owns
// it and sets images and static before each body.
type figures struct {
	images []site.Image
	// static are the photos of content/static/, sorted by Href.
	static []site.Image
	// sizes is the photos' sizes attribute (images.sizes in
	// programme.yaml), so a browser picks the smallest derivative that
	// fills the width the theme shows them at.
	sizes string
}

// RegisterFuncs implements renderer.NodeRenderer.
func (f *figures) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindImage, f.image)
	reg.Register(ast.KindParagraph, f.paragraph)
}

// soleImage reports whether the paragraph n holds one image and nothing
// else.
func soleImage(n ast.Node) bool {
	if n == nil || n.Kind() != ast.KindParagraph {
		return false
	}
	c := n.FirstChild()
	return c != nil && c == n.LastChild() && c.Kind() == ast.KindImage
}

func (f *figures) paragraph(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	tag := "p"
	if soleImage(n) {
		tag = "figure"
	}
	if entering {
		_, _ = w.WriteString("<" + tag + ">")
	} else {
		_, _ = w.WriteString("</" + tag + ">\n")
	}
	return ast.WalkContinue, nil
}

func (f *figures) image(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	figure := soleImage(n.Parent())
	_, _ = w.WriteString(`<img src="`)
	if im, ok := f.find(n.Destination); ok {
		f.responsive(w, im)
	} else if !html.IsDangerousURL(n.Destination) {
		_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, true)))
		_ = w.WriteByte('"')
	} else {
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` alt="`)
	_, _ = w.Write(util.EscapeHTML(altText(n, src)))
	_ = w.WriteByte('"')
	if n.Title != nil && !figure {
		_, _ = w.WriteString(` title="`)
		_, _ = w.Write(util.EscapeHTML(n.Title))
		_ = w.WriteByte('"')
	}
	_, _ = w.WriteString(` loading="lazy" decoding="async">`)
	if figure && len(n.Title) > 0 {
		_, _ = w.WriteString("<figcaption>")
		_, _ = w.Write(util.EscapeHTML(n.Title))
		_, _ = w.WriteString("</figcaption>")
	}
	return ast.WalkSkipChildren, nil
}

// find returns the photo of the post, or of content/static/, that dest
// (resolved: the link to the original) names.
func (f *figures) find(dest []byte) (site.Image, bool) {
	d := string(dest)
	if u, err := url.PathUnescape(d); err == nil {
		d = u
	}
	for _, im := range f.images {
		if im.Href == d {
			return im, true
		}
	}
	return site.StaticImage(f.static, d)
}

// responsive writes the rest of src (the widest derivative), srcset,
// sizes, width and height of the photo im.
func (f *figures) responsive(w util.BufWriter, im site.Image) {
	largest := im.Largest()
	_, _ = w.Write(util.EscapeHTML(util.URLEscape([]byte(largest.Href), true)))
	_, _ = w.WriteString(`" srcset="`)
	for i, v := range im.Variants {
		if i > 0 {
			_, _ = w.WriteString(", ")
		}
		_, _ = w.Write(util.EscapeHTML(util.URLEscape([]byte(v.Href), true)))
		_, _ = w.WriteString(" " + strconv.Itoa(v.Width) + "w")
	}
	_, _ = w.WriteString(`" sizes="`)
	_, _ = w.Write(util.EscapeHTML([]byte(f.sizes)))
	_, _ = w.WriteString(`" width="` + strconv.Itoa(largest.Width) + `" height="` + strconv.Itoa(largest.Height) + `"`)
}

// altText is the plain text of an image's description.
func altText(n ast.Node, src []byte) []byte {
	var b []byte
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b = append(b, t.Segment.Value(src)...)
			if t.SoftLineBreak() {
				b = append(b, ' ')
			}
		case *ast.String:
			b = append(b, t.Value...)
		case *ast.AutoLink:
			b = append(b, t.Label(src)...)
		}
		return ast.WalkContinue, nil
	})
	return b
}

// staticSum is the hash of the photos of content/static/ as bodies show
// them (site.Site.Static): each one's address and size and those of its
// derivatives; zero when there are none.
func staticSum(ims []site.Image) [32]byte {
	var sum [32]byte
	if len(ims) == 0 {
		return sum
	}
	h := sha256.New()
	for _, im := range ims {
		fmt.Fprintf(h, "%s %d %d\x00", im.Href, im.Width, im.Height)
		for _, v := range im.Variants {
			fmt.Fprintf(h, "%s %d %d\x00", v.Href, v.Width, v.Height)
		}
	}
	h.Sum(sum[:0])
	return sum
}
