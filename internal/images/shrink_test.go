package images

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"testing"

	"golang.org/x/image/draw"
)

// TestShrinkMeansBlocks: each pixel of a shrunk image is the mean of its
// block, a partial block on the edge counted by the pixels it has, and
// transparent pixels weigh nothing in the colour (premultiplied RGBA).
func TestShrinkMeansBlocks(t *testing.T) {
	t.Parallel()
	src := image.NewRGBA(image.Rect(0, 0, 5, 2))
	for x := range 5 {
		src.SetRGBA(x, 0, color.RGBA{R: uint8(40 * x), A: 255})
		src.SetRGBA(x, 1, color.RGBA{R: uint8(40 * x), A: 255})
	}
	src.SetRGBA(0, 1, color.RGBA{}) // transparent
	got := shrink(src, 2, 1).(*image.RGBA)
	if b := got.Bounds(); b.Dx() != 3 || b.Dy() != 1 {
		t.Fatalf("5×2 shrunk by 2 is %v, want 3×1", b)
	}
	want := []color.RGBA{
		{R: 20, A: 191}, // (0+40+0+40)/4 premultiplied, three of four opaque
		{R: 100, A: 255},
		{R: 160, A: 255}, // the edge block: one column of two rows
	}
	for x, w := range want {
		if c := got.RGBAAt(x, 0); c != w {
			t.Errorf("pixel %d is %v, want %v", x, c, w)
		}
	}
	if shrink(src, 3, 2) != image.Image(src) {
		t.Error("an image less than twice the target's size was shrunk")
	}
}

// TestShrinkKeepsThePicture: a photo scaled through shrink differs from
// the same photo scaled by Catmull-Rom from its full size by at most a
// level per channel on average (0.15–0.5 when written), for JPEG (YCbCr)
// and PNG sources, and shrinking a JPEG's planes, chroma subsampled or
// not, gives the colours shrinking its RGB gives.
func TestShrinkKeepsThePicture(t *testing.T) {
	t.Parallel()
	img := halves(400, 300)
	for x := range 400 { // a gradient across the red and blue halves
		for y := range 300 {
			c := img.NRGBAAt(x, y)
			c.G = uint8(x * 255 / 400)
			img.SetNRGBA(x, y, c)
		}
	}
	ycc := image.NewYCbCr(img.Bounds(), image.YCbCrSubsampleRatio444)
	for y := range 300 {
		for x := range 400 {
			c := img.NRGBAAt(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			ycc.Y[ycc.YOffset(x, y)], ycc.Cb[ycc.COffset(x, y)], ycc.Cr[ycc.COffset(x, y)] = yy, cb, cr
		}
	}
	for _, src := range []image.Image{img, ycc} {
		for _, w := range []int{160, 90, 37} {
			v := Variant{Width: w, Height: w * 3 / 4}
			got, _ := scale(src, v, 1)
			direct := image.NewRGBA(got.Bounds())
			draw.CatmullRom.Scale(direct, direct.Bounds(), src, src.Bounds(), draw.Src, nil)
			if d := meanDifference(got, direct); d > 1 {
				t.Errorf("%T to %d px: %.2f levels from Catmull-Rom on the full image", src, w, d)
			}
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	sub, err := jpeg.Decode(&b) // 4:2:0
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []*image.YCbCr{ycc, sub.(*image.YCbCr)} {
		rgb := image.NewRGBA(src.Bounds())
		draw.Draw(rgb, rgb.Bounds(), src, image.Point{}, draw.Src)
		if d := meanDifference(shrink(src, 100, 75).(*image.RGBA), shrink(rgb, 100, 75).(*image.RGBA)); d > 1 {
			t.Errorf("shrinking the planes of %v is %.2f levels from shrinking RGB", src.SubsampleRatio, d)
		}
	}
}

// meanDifference is the mean absolute difference of two images of the
// same size over every channel, in levels of 0–255.
func meanDifference(a, b *image.RGBA) float64 {
	sum := 0
	for i := range a.Pix {
		sum += max(int(a.Pix[i])-int(b.Pix[i]), int(b.Pix[i])-int(a.Pix[i]))
	}
	return float64(sum) / float64(len(a.Pix))
}
