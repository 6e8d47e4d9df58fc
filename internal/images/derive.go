package images

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/image/draw"
)

// Variant is one derivative of an image.
type Variant struct {
	// Name is its file name beside the original: "foto.jpg" at 480
	// pixels is "foto-480w.jpg".
	Name string
	// Width and Height are its size in pixels, upright.
	Width, Height int
}

// Plan returns the derivatives of the image name with header info under
// s, narrowest first: one per configured width narrower than the image,
// and the image's own width when it is not wider than the widest
// configured one (never upscaled). Plan decodes nothing: render calls it
// to write srcset, build to know what to make.
func Plan(name string, info Info, s Settings) []Variant {
	var out []Variant
	widest := 0
	for _, w := range s.Widths {
		widest = max(widest, w)
		if w < info.Width {
			out = append(out, variant(name, info, w))
		}
	}
	if info.Width <= widest || len(out) == 0 {
		out = append(out, variant(name, info, min(info.Width, max(widest, 1))))
	}
	return out
}

// variant is the derivative of width w: named after name with the
// extension in lower case, or for a WebP the extension of its output
// format (".jpg" or ".png").
func variant(name string, info Info, w int) Variant {
	h := max(1, (info.Height*w+info.Width/2)/info.Width)
	ext := path.Ext(name)
	out := strings.ToLower(ext)
	switch {
	case info.Format != "webp":
	case info.Output == "png":
		out = ".png"
	default:
		out = ".jpg"
	}
	return Variant{Name: strings.TrimSuffix(name, ext) + "-" + strconv.Itoa(w) + "w" + out, Width: w, Height: h}
}

// Make decodes the image data once (its header must be info, see
// Inspect) and encodes each of the variants: scaled with Catmull-Rom,
// turned upright, JPEG at s.Quality or PNG (info.Output), with no
// metadata. The widest
// is scaled from the decoded image and each narrower one from the
// reduced copy the one before it was scaled from (see scale), which
// costs a fraction of scaling from the full image again. The caller
// passes the bytes the approval covers, never bytes read again.
func Make(data []byte, info Info, variants []Variant, s Settings) ([][]byte, error) {
	src, format, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	if format != info.Format {
		return nil, ErrUnreadable
	}
	order := make([]int, len(variants)) // widest first
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return variants[b].Width - variants[a].Width })
	out := make([][]byte, len(variants))
	from := src
	for _, i := range order {
		var scaled *image.RGBA
		scaled, from = scale(from, variants[i], info.Orientation)
		var b bytes.Buffer
		if img := upright(scaled, info.Orientation); info.Output == "png" {
			err = png.Encode(&b, img)
		} else {
			err = jpeg.Encode(&b, img, &jpeg.Options{Quality: s.Quality})
		}
		if err != nil {
			return nil, err
		}
		out[i] = b.Bytes()
	}
	return out, nil
}

// scale scales src to v's size in the stored orientation (width and
// height swapped for a quarter turn), so only the small image is turned
// upright afterwards (upright). A source at least twice as large is
// first reduced by whole blocks (shrink), and that reduced copy is
// returned too: a narrower variant starts from it. The result is
// premultiplied RGBA, which golang.org/x/image/draw scales into on its
// fast paths (from the YCbCr of a JPEG, the RGBA or NRGBA of a PNG),
// many times faster than its generic path; the PNG encoder writes it
// back unpremultiplied.
func scale(src image.Image, v Variant, orientation int) (scaled *image.RGBA, reduced image.Image) {
	w, h := v.Width, v.Height
	if orientation >= 5 {
		w, h = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	src = shrink(src, w, h)
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst, src
}
