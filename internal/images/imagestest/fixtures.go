// Package imagestest makes the photos the tests of tandem's image
// handling feed in: a phone's JPEG with EXIF (orientation, GPS), XMP,
// IPTC and a comment, a screenshot PNG with text and EXIF chunks, and
// decompression bombs. Tests only; no stage imports it.
package imagestest

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// Red and Blue are the colours of the fixtures' halves: the stored picture is red on its left
// and blue on its right, so where red lands tells how it was turned.
var (
	Red  = color.NRGBA{R: 230, G: 20, B: 20, A: 255}
	Blue = color.NRGBA{R: 20, G: 20, B: 230, A: 255}
)

// Halves is a w × h picture, red on the left half, blue on the right.
func Halves(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := Red
			if x >= w/2 {
				c = Blue
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

// PhoneJPEG is what a phone writes: a JPEG of Halves(w, h) with an APP1
// Exif segment holding the orientation, a camera serial number and GPS
// coordinates, an APP1 XMP packet, an APP13 Photoshop (IPTC) block and a
// comment, written by hand after the start of image.
func PhoneJPEG(t testing.TB, w, h, orientation int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, Halves(w, h), &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	plain := b.Bytes()
	var out bytes.Buffer
	out.Write(plain[:2])
	segment(&out, 0xE1, append([]byte("Exif\x00\x00"), tiff(orientation)...))
	segment(&out, 0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><dc:creator>Lea</dc:creator></x:xmpmeta>"))
	segment(&out, 0xED, []byte("Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0a\x1c\x02\x50\x00\x04Lea!"))
	segment(&out, 0xFE, []byte("taken at the Werkstor"))
	out.Write(plain[2:])
	return out.Bytes()
}

func segment(b *bytes.Buffer, marker byte, body []byte) {
	b.Write([]byte{0xFF, marker})
	_ = binary.Write(b, binary.BigEndian, uint16(len(body)+2))
	b.Write(body)
}

// tiff is a little-endian EXIF block: IFD0 with Orientation, Make,
// BodySerialNumber-like text and a pointer to a GPS IFD with latitude
// and longitude (52° 31' N, 13° 24' E).
func tiff(orientation int) []byte {
	le := binary.LittleEndian
	var b bytes.Buffer
	b.WriteString("II*\x00")
	_ = binary.Write(&b, le, uint32(8))
	// IFD0 at 8: 3 entries (2 + 36 bytes) and the next-IFD offset (4):
	// the GPS IFD follows at 50, its data at 50 + 2 + 4*12 + 4 = 104.
	entry := func(tag, typ uint16, count, value uint32) {
		_ = binary.Write(&b, le, tag)
		_ = binary.Write(&b, le, typ)
		_ = binary.Write(&b, le, count)
		_ = binary.Write(&b, le, value)
	}
	_ = binary.Write(&b, le, uint16(3))
	entry(0x010F, 2, 4, uint32('A')|uint32('C')<<8|uint32('M')<<16) // Make "ACM"
	entry(0x0112, 3, 1, uint32(orientation))
	entry(0x8825, 4, 1, 50) // GPSInfo
	_ = binary.Write(&b, le, uint32(0))
	_ = binary.Write(&b, le, uint16(4))
	entry(0x0001, 2, 2, 'N')
	entry(0x0002, 5, 3, 104)
	entry(0x0003, 2, 2, 'E')
	entry(0x0004, 5, 3, 128)
	_ = binary.Write(&b, le, uint32(0))
	for _, v := range []uint32{52, 1, 31, 1, 0, 1, 13, 1, 24, 1, 0, 1} {
		_ = binary.Write(&b, le, v)
	}
	return b.Bytes()
}

// ScreenshotPNG is a PNG of Halves(w, h), its right half half
// transparent, with a tEXt and an eXIf chunk inserted after IHDR.
func ScreenshotPNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := Halves(w, h)
	for y := range h {
		for x := w / 2; x < w; x++ {
			img.SetNRGBA(x, y, color.NRGBA{R: 20, G: 20, B: 230, A: 128})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	plain := b.Bytes()
	ihdrEnd := 8 + 12 + 13
	var out bytes.Buffer
	out.Write(plain[:ihdrEnd])
	chunk(&out, "tEXt", []byte("Author\x00Lea Example"))
	chunk(&out, "eXIf", tiff(1))
	out.Write(plain[ihdrEnd:])
	return out.Bytes()
}

func chunk(b *bytes.Buffer, kind string, data []byte) {
	_ = binary.Write(b, binary.BigEndian, uint32(len(data)))
	crc := crc32.NewIEEE()
	crc.Write([]byte(kind))
	crc.Write(data)
	b.WriteString(kind)
	b.Write(data)
	_ = binary.Write(b, binary.BigEndian, crc.Sum32())
}

// BombPNG is a valid PNG header claiming w × h pixels, with no pixels:
// a few bytes that would need gigabytes once decoded.
func BombPNG(w, h uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 6, 0, 0, 0) // 8 bits, RGBA
	chunk(&b, "IHDR", ihdr)
	chunk(&b, "IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	chunk(&b, "IEND", nil)
	return b.Bytes()
}

// BombJPEG is a JPEG whose frame header claims w × h pixels.
func BombJPEG(t testing.TB, w, h uint16) []byte {
	t.Helper()
	data := PhoneJPEG(t, 16, 16, 1)
	i := bytes.Index(data, []byte{0xFF, 0xC0})
	if i < 0 {
		t.Fatal("no SOF0 in the fixture")
	}
	binary.BigEndian.PutUint16(data[i+5:], h)
	binary.BigEndian.PutUint16(data[i+7:], w)
	return data
}
