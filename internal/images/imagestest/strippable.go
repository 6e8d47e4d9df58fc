package imagestest

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"slices"
	"testing"
)

// XMPPacket is the start of an XMP packet as cameras and editors write
// it, with a position in it.
const XMPPacket = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmlns:exif="http://ns.adobe.com/xap/1.0/" exif:GPSLatitude="52,31.2N"/></x:xmpmeta>`

// AnimatedGIF returns a GIF of two 4 × 3 frames that loops three times,
// as image/gif writes it (plain), and the same GIF with a comment and an
// XMP application extension after its header and bytes after its
// trailer, as a phone or an editor might leave it (marked).
func AnimatedGIF(t testing.TB) (plain, marked []byte) {
	t.Helper()
	pal := color.Palette{color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	anim := &gif.GIF{LoopCount: 3}
	for i := range 2 {
		frame := image.NewPaletted(image.Rect(0, 0, 4, 3), pal)
		frame.SetColorIndex(i, 1, 1)
		anim.Image, anim.Delay = append(anim.Image, frame), append(anim.Delay, 10)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, anim); err != nil {
		t.Fatal(err)
	}
	plain = b.Bytes()
	head := 13 // header and logical screen
	if plain[10]&0x80 != 0 {
		head += 3 << (plain[10]&7 + 1) // the global colour table
	}
	comment := append([]byte{0x21, 0xFE, 9}, "Handy GPS"...)
	comment = append(comment, 0)
	app := append([]byte{0x21, 0xFF, 11}, "XMP DataXMP"...)
	app = append(app, byte(len(XMPPacket)))
	app = append(append(app, XMPPacket...), 0)
	return plain, slices.Concat(plain[:head], comment, app, plain[head:], []byte("nach dem Ende"))
}

// WebP returns a lossless WebP of one pixel in the extended format
// (VP8X), without metadata (plain) and with an EXIF chunk holding a GPS
// note, an XMP chunk and a chunk no decoder knows (marked), announced in
// its flags.
func WebP() (plain, marked []byte) {
	vp8x := make([]byte, 10) // flags, then a 1 × 1 canvas (sizes minus one: zero)
	plain = RIFF(Chunk("VP8X", vp8x), Chunk("VP8L", OnePixelVP8L()))
	vp8x = slices.Clone(vp8x)
	vp8x[0] = 0x08 | 0x04 // EXIF, XMP
	exif := append([]byte("Exif\x00\x00"), "II*\x00GPS 52N"...)
	marked = RIFF(Chunk("VP8X", vp8x), Chunk("EXIF", exif), Chunk("XMP ", []byte(XMPPacket)), Chunk("zzzz", []byte("?")), Chunk("VP8L", OnePixelVP8L()))
	return plain, marked
}

// RIFF wraps chunks into a WebP file.
func RIFF(chunks ...[]byte) []byte {
	body := slices.Concat(append([][]byte{[]byte("WEBP")}, chunks...)...)
	return slices.Concat([]byte("RIFF"), binary.LittleEndian.AppendUint32(nil, uint32(len(body))), body)
}

// Chunk is a RIFF chunk, padded to an even length.
func Chunk(kind string, payload []byte) []byte {
	out := binary.LittleEndian.AppendUint32([]byte(kind), uint32(len(payload)))
	out = append(out, payload...)
	if len(payload)%2 == 1 {
		out = append(out, 0)
	}
	return out
}

// OnePixelVP8L is a lossless WebP bitstream of one pixel: no transform,
// no colour cache, and five prefix codes of one symbol each (green 0x80,
// red 0xFF, blue 0, alpha 0xFF, distance 0), which take no bits to read.
func OnePixelVP8L() []byte { return UniformVP8L(1, 1) }

// UniformVP8L is OnePixelVP8L at w × h pixels (at most 16384 each), all
// of that colour: each pixel takes no bits either.
func UniformVP8L(width, height int) []byte {
	var w bitWriter
	w.bits(0x2F, 8)
	w.bits(uint32(width-1), 14)
	w.bits(uint32(height-1), 14)
	w.bits(0, 1) // alpha is used
	w.bits(0, 3) // version
	w.bits(0, 1) // no transform
	w.bits(0, 1) // no colour cache
	w.bits(0, 1) // no meta prefix codes
	for _, sym := range []uint32{0x80, 0xFF, 0, 0xFF, 0} {
		w.bits(1, 1) // simple code
		w.bits(0, 1) // one symbol
		w.bits(1, 1) // of eight bits
		w.bits(sym, 8)
	}
	return w.out
}

// bitWriter writes bits least significant first, as VP8L reads them.
type bitWriter struct {
	out []byte
	n   uint
}

func (w *bitWriter) bits(v uint32, n uint) {
	for i := range n {
		if w.n%8 == 0 {
			w.out = append(w.out, 0)
		}
		w.out[len(w.out)-1] |= byte(v>>i&1) << (w.n % 8)
		w.n++
	}
}
