package main

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
)

// basePhotos makes four 4000 × 3000 pictures with the detail of a photo
// (gradients, shapes and sensor noise), each a JPEG of 3–4 MB at quality
// 92 with an EXIF orientation and GPS block, as a phone writes it.
func basePhotos() [][]byte {
	var out [][]byte
	for seed := range 4 {
		out = append(out, withExif(encode(picture(uint64(seed)))))
	}
	return out
}

func picture(seed uint64) *image.YCbCr {
	const w, h = 4000, 3000
	r := rand.New(rand.NewPCG(seed, 7))
	img := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	cx, cy := r.IntN(w), r.IntN(h)
	for y := range h {
		for x := range w {
			dx, dy := x-cx, y-cy
			ring := uint8(((dx*dx + dy*dy) >> 12) & 0xFF)
			img.Y[y*img.YStride+x] = uint8(int(ring)/2+x*60/w+y*40/h) + uint8(r.IntN(20))
		}
	}
	for y := range h / 2 {
		for x := range w / 2 {
			c := color.YCbCr{Cb: uint8(100 + x*50/(w/2)), Cr: uint8(110 + y*40/(h/2) + r.IntN(6))}
			img.Cb[y*img.CStride+x], img.Cr[y*img.CStride+x] = c.Cb, c.Cr
		}
	}
	return img
}

func encode(img image.Image) []byte {
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 92}); err != nil {
		panic(err) // a bytes.Buffer does not fail
	}
	return b.Bytes()
}

// withExif inserts an APP1 Exif segment with orientation 1 and a GPS
// position after the start of image.
func withExif(data []byte) []byte {
	tiff := []byte("II*\x00\x08\x00\x00\x00\x02\x00" +
		"\x12\x01\x03\x00\x01\x00\x00\x00\x01\x00\x00\x00" +
		"\x25\x88\x04\x00\x01\x00\x00\x00\x26\x00\x00\x00" +
		"\x00\x00\x00\x00" +
		"\x01\x00\x01\x00\x02\x00\x02\x00\x00\x00N\x00\x00\x00\x00\x00\x00\x00")
	body := append([]byte("Exif\x00\x00"), tiff...)
	out := append([]byte{}, data[:2]...)
	out = append(out, 0xFF, 0xE1, byte((len(body)+2)>>8), byte(len(body)+2))
	out = append(out, body...)
	return append(out, data[2:]...)
}
