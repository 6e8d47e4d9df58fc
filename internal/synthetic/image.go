package synthetic

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
)

// bundleImage draws the small picture every bundle carries: a 48×32
// green board with a few chalk lines. PNG encoding is deterministic, so
// the bytes are the same on every run.
func bundleImage() []byte {
	img := image.NewPaletted(image.Rect(0, 0, 48, 32), color.Palette{
		color.RGBA{0x2f, 0x4f, 0x3f, 0xff}, color.RGBA{0xf0, 0xf0, 0xe8, 0xff}, color.RGBA{0x8b, 0x5a, 0x2b, 0xff},
	})
	for x := range 48 {
		img.SetColorIndex(x, 0, 2)
		img.SetColorIndex(x, 31, 2)
		for _, y := range []int{8, 14, 20} {
			if x > 4 && x < 44-y/2 {
				img.SetColorIndex(x, y, 1)
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err) // encoding an in-memory image into a buffer cannot fail
	}
	return b.Bytes()
}
