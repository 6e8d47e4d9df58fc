package images

import (
	"image"
	"image/color"
	"image/draw"
)

// shrink returns src reduced by the largest whole factor k that keeps it
// at least w × h pixels, each pixel the mean of a k × k block (the blocks
// on the right and bottom edges may be smaller), or src itself when k is
// 1. Scaling with Catmull-Rom then only has to cover the last factor
// below 2: the kernel reads about 4k source pixels per target pixel and
// golang.org/x/image/draw keeps a float64 buffer of the target's width
// by the source's height, so a photo of 4000 pixels scaled to 1600 costs
// a fraction of the time and half the memory. A box mean over whole
// blocks is an exact low-pass for the part it removes; image processing
// libraries (libvips' shrink before its reduce) do the same.
func shrink(src image.Image, w, h int) image.Image {
	b := src.Bounds()
	k := min(b.Dx()/max(w, 1), b.Dy()/max(h, 1))
	if k < 2 {
		return src
	}
	if ycc, ok := src.(*image.YCbCr); ok {
		return shrinkYCbCr(ycc, k)
	}
	rgba, ok := src.(*image.RGBA)
	if !ok {
		rgba = image.NewRGBA(b)
		draw.Draw(rgba, b, src, b.Min, draw.Src)
	}
	return shrinkRGBA(rgba, k)
}

// shrunkRect is the size of src reduced by k, counting a partial block
// on the right and bottom edges as a pixel.
func shrunkRect(b image.Rectangle, k int) image.Rectangle {
	return image.Rect(0, 0, (b.Dx()+k-1)/k, (b.Dy()+k-1)/k)
}

// shrinkYCbCr averages Y, Cb and Cr over each block and turns the means
// into RGB: the conversion is affine, so this is the mean of the
// converted pixels, and a JPEG's planes are read without a colour
// conversion per source pixel. A chroma sample's offset is the sum of a
// part that depends on the row and one that depends on the column
// (image.YCbCr.COffset for every subsampling), so both are looked up.
func shrinkYCbCr(src *image.YCbCr, k int) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(shrunkRect(b, k))
	origin := src.COffset(b.Min.X, b.Min.Y)
	column := make([]int, b.Dx())
	for x := range column {
		column[x] = src.COffset(b.Min.X+x, b.Min.Y) - origin
	}
	for dy := range dst.Rect.Dy() {
		y0, y1 := b.Min.Y+dy*k, min(b.Min.Y+(dy+1)*k, b.Max.Y)
		for dx := range dst.Rect.Dx() {
			x0, x1 := dx*k, min((dx+1)*k, b.Dx())
			var sy, scb, scr int
			for y := y0; y < y1; y++ {
				luma := src.Y[src.YOffset(b.Min.X+x0, y):]
				row := src.COffset(b.Min.X, y)
				for x := x0; x < x1; x++ {
					sy += int(luma[x-x0])
					scb += int(src.Cb[row+column[x]])
					scr += int(src.Cr[row+column[x]])
				}
			}
			n := (y1 - y0) * (x1 - x0)
			r, g, bl := color.YCbCrToRGB(uint8((sy+n/2)/n), uint8((scb+n/2)/n), uint8((scr+n/2)/n))
			i := dst.PixOffset(dx, dy)
			dst.Pix[i], dst.Pix[i+1], dst.Pix[i+2], dst.Pix[i+3] = r, g, bl, 0xFF
		}
	}
	return dst
}

// shrinkRGBA averages each channel of premultiplied RGBA over each block,
// which weighs colours by their opacity as it should.
func shrinkRGBA(src *image.RGBA, k int) *image.RGBA {
	b := src.Bounds()
	dst := image.NewRGBA(shrunkRect(b, k))
	for dy := range dst.Rect.Dy() {
		y0, y1 := b.Min.Y+dy*k, min(b.Min.Y+(dy+1)*k, b.Max.Y)
		for dx := range dst.Rect.Dx() {
			x0, x1 := b.Min.X+dx*k, min(b.Min.X+(dx+1)*k, b.Max.X)
			var sum [4]int
			n := 0
			for y := y0; y < y1; y++ {
				row := src.Pix[src.PixOffset(x0, y):src.PixOffset(x1, y)]
				for i := 0; i < len(row); i += 4 {
					sum[0] += int(row[i])
					sum[1] += int(row[i+1])
					sum[2] += int(row[i+2])
					sum[3] += int(row[i+3])
					n++
				}
			}
			i := dst.PixOffset(dx, dy)
			for c := range sum {
				dst.Pix[i+c] = uint8((sum[c] + n/2) / n)
			}
		}
	}
	return dst
}
