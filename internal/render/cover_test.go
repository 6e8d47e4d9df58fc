package render

import (
	"strconv"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestCover: the front matter's picture, else the body's first picture
// of the bundle; none for a picture elsewhere or of unknown size; the
// smallest derivative as the address, every derivative in the srcset
// and the largest as the absolute address, only with a base URL (the
// original is not published unless images.keep_originals).
func TestCover(t *testing.T) {
	t.Parallel()
	photo := func(name string, w, h int, widths ...int) site.Image {
		im := site.Image{Name: name, Width: w, Height: h}
		for _, vw := range widths {
			v := name + "-" + strconv.Itoa(vw) + "w"
			im.Variants = append(im.Variants, site.ImageVariant{Name: v, URL: "posts/x/" + v, Href: "/m/posts/x/" + v, Width: vw, Height: vw * h / w})
		}
		return im
	}
	in := postInput{facts: postFacts{Href: "/m/posts/x/", Page: "posts/x/", BaseURL: "https://e.example/m/"},
		pictures: pictures([]site.Image{photo("a.png", 40, 30, 40), photo("sub/b.jpg", 3000, 4000, 480, 960)})}
	for _, c := range []struct{ image, first, src, abs, srcset string }{
		{"", "a.png", "a.png-40w", "a.png-40w", "/m/posts/x/a.png-40w 40w"},
		{"", "./sub/b.jpg", "sub/b.jpg-480w", "sub/b.jpg-960w", "/m/posts/x/sub/b.jpg-480w 480w, /m/posts/x/sub/b.jpg-960w 960w"},
		{"sub/b.jpg", "a.png", "sub/b.jpg-480w", "sub/b.jpg-960w", "/m/posts/x/sub/b.jpg-480w 480w, /m/posts/x/sub/b.jpg-960w 960w"},
		{"", "../y/a.png", "", "", ""},
		{"", "/a.png", "", "", ""},
		{"", "https://e.example/a.png", "", "", ""},
		{"", "a.png?x", "", "", ""},
		{"", "c.png", "", "", ""},
		{"", "", "", "", ""},
	} {
		in.facts.Image = c.image
		v := in.cover(c.first, "(min-width: 9rem) 50vw, 100vw")
		switch {
		case c.src == "" && v != nil:
			t.Errorf("image %q, first %q: cover %+v, want none", c.image, c.first, *v)
		case c.src != "" && (v == nil || v.Src != "/m/posts/x/"+c.src || v.Abs != "https://e.example/m/posts/x/"+c.abs || v.Srcset != c.srcset || v.Sizes != "(min-width: 9rem) 50vw, 100vw" || v.Width == 0):
			t.Errorf("image %q, first %q: cover %+v, want %s, %s, %s", c.image, c.first, v, c.src, c.abs, c.srcset)
		}
	}
	in.facts.BaseURL, in.facts.Image = "", "a.png"
	if v := in.cover("", "100vw"); v == nil || v.Abs != "" || v.Width != 40 || v.Height != 30 {
		t.Errorf("without a base URL: %+v", v)
	}
}

// TestFirstImageAsWritten: a body's first image (Body.FirstImage, which
// picks the cover) is its destination as written, before resolveLinks
// makes it absolute in the same walk; links before it do not count, an
// image inside a link does, and a first image without a destination
// leaves it empty.
func TestFirstImageAsWritten(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ body, want string }{
		{"[a](link.png) ![c](img/c.png) ![d](d.png)", "img/c.png"},
		{"[![n](nested.png)](target/) ![d](d.png)", "nested.png"},
		{"![e]() ![c](c.png)", ""},
		{"[a](a.png) text", ""},
	} {
		b, err := newConverter(images.DefaultSizes).convert([]byte(c.body), "/m/posts/x/", false, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if b.FirstImage != c.want {
			t.Errorf("%q: first image %q, want %q", c.body, b.FirstImage, c.want)
		}
	}
}
