package imagestest

import (
	"encoding/binary"
	"slices"
	"testing"
	"unicode/utf16"
)

// ICCProfile is an ICC profile as a calibrated screen's may be, with text
// in every place a profile holds text: its description (desc), copyright
// (text), the device's name (mluc, UTF-16), the header's maker, model and
// creator, bytes between two tags and after the last. Its colour tags
// are a white point (XYZ) and one tone curve that three tags share.
func ICCProfile(text string) []byte {
	be := binary.BigEndian
	desc := be.AppendUint32([]byte("desc\x00\x00\x00\x00"), uint32(len(text)+1))
	desc = append(append(desc, text...), 0)
	desc = append(desc, make([]byte, 4+4+2+1+67)...)
	cprt := append([]byte("text\x00\x00\x00\x00Copyright "+text), 0)
	name := utf16.Encode([]rune(text))
	dmdd := be.AppendUint32(be.AppendUint32([]byte("mluc\x00\x00\x00\x00"), 1), 12)
	dmdd = append(dmdd, "deDE"...)
	dmdd = be.AppendUint32(be.AppendUint32(dmdd, uint32(2*len(name))), 28)
	for _, u := range name {
		dmdd = be.AppendUint16(dmdd, u)
	}
	wtpt := be.AppendUint32(be.AppendUint32(be.AppendUint32([]byte("XYZ \x00\x00\x00\x00"), 0xF6D6), 0x10000), 0xD32D)
	curv := be.AppendUint16(be.AppendUint32([]byte("curv\x00\x00\x00\x00"), 1), 0x0233) // gamma 2.2
	type tag struct {
		sig  string
		data []byte
	}
	tags := []tag{{"desc", desc}, {"cprt", cprt}, {"dmdd", dmdd}, {"wtpt", wtpt}, {"rTRC", curv}}
	header := make([]byte, 128)
	copy(header[4:], "lcms")
	copy(header[8:], []byte{2, 0x10, 0, 0})
	copy(header[12:], "mntrRGB XYZ ")
	copy(header[36:], "acsp")
	copy(header[48:56], text) // maker and model
	copy(header[80:], text)   // creator
	copy(header[100:], text)  // reserved
	out := be.AppendUint32(header, uint32(len(tags)+2))
	table := len(out)
	out = append(out, make([]byte, 12*(len(tags)+2))...)
	var curvAt, curvSize uint32
	for i, tg := range tags {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		at := uint32(len(out))
		out = append(out, tg.data...)
		out = append(out, " "+text+" "...) // between the tags
		copy(out[table+12*i:], tg.sig)
		be.PutUint32(out[table+12*i+4:], at)
		be.PutUint32(out[table+12*i+8:], uint32(len(tg.data)))
		curvAt, curvSize = at, uint32(len(tg.data))
	}
	for i, sig := range []string{"gTRC", "bTRC"} { // share rTRC's curve
		row := out[table+12*(len(tags)+i):]
		copy(row, sig)
		be.PutUint32(row[4:], curvAt)
		be.PutUint32(row[8:], curvSize)
	}
	be.PutUint32(out[0:], uint32(len(out)))
	return out
}

// WebPWithICC is the plain WebP of WebP with the ICC profile icc, its
// extended header announcing it.
func WebPWithICC(icc []byte) []byte {
	vp8x := make([]byte, 10)
	vp8x[0] = 0x20 // ICC profile
	return RIFF(Chunk("VP8X", vp8x), Chunk("ICCP", icc), Chunk("VP8L", OnePixelVP8L()))
}

// GIFWithICC is the plain GIF of AnimatedGIF with the ICC profile icc in
// an application extension (ICCRGBG1012) after its header.
func GIFWithICC(t testing.TB, icc []byte) []byte {
	plain, _ := AnimatedGIF(t)
	head := 13
	if plain[10]&0x80 != 0 {
		head += 3 << (plain[10]&7 + 1)
	}
	app := append([]byte{0x21, 0xFF, 11}, "ICCRGBG1012"...)
	for rest := icc; len(rest) > 0; {
		n := min(len(rest), 255)
		app = append(append(app, byte(n)), rest[:n]...)
		rest = rest[n:]
	}
	app = append(app, 0)
	return slices.Concat(plain[:head], app, plain[head:])
}
