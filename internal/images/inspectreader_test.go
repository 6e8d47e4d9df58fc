package images

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// TestInspectReader: reading the header from a stream says what Inspect
// of the whole file says, reads little past the header, and finds an
// EXIF orientation placed after the frame header and far behind it.
func TestInspectReader(t *testing.T) {
	t.Parallel()
	late := exifAfterFrame(t)
	cases := map[string][]byte{
		"png":          screenshotPNG(t, 300, 200),
		"bomb png":     bombPNG(20000, 20000),
		"bomb jpeg":    bombJPEG(t, 10000, 10000),
		"not an image": []byte("GIF89a and more"),
		"late exif":    late,
	}
	for o := 1; o <= 8; o++ {
		cases["jpeg "+string(rune('0'+o))] = phoneJPEG(t, 400, 300, o)
	}
	for name, data := range cases {
		want, wantErr := Inspect(data, DefaultMaxPixels)
		r := bytes.NewReader(data)
		got, err := InspectReader(r, DefaultMaxPixels)
		if got != want || (err == nil) != (wantErr == nil) {
			t.Errorf("%s: InspectReader = %+v, %v; Inspect = %+v, %v", name, got, err, want, wantErr)
		}
		if read := len(data) - r.Len(); name == "long" && read > 16<<10 {
			t.Errorf("%s: read %d of %d bytes for the header", name, read, len(data))
		}
	}
	if info, _ := Inspect(late, DefaultMaxPixels); info.Orientation != 6 {
		t.Errorf("the late EXIF block's orientation: %d, want 6", info.Orientation)
	}
}

// exifAfterFrame is a JPEG whose EXIF block (orientation 6) comes after
// the frame header and 20 KB of comments, behind a JFIF header, so a
// reader that stopped at the frame header would miss it.
func exifAfterFrame(t *testing.T) []byte {
	plain := phoneJPEG(t, 64, 48, 1)
	start := bytes.Index(plain, []byte{0xFF, 0xC0})
	end := start + 2 + int(binary.BigEndian.Uint16(plain[start+2:]))
	exif := phoneJPEG(t, 8, 8, 6)
	exifAt := bytes.Index(exif, []byte("Exif\x00\x00")) - 4
	exifLen := 2 + int(binary.BigEndian.Uint16(exif[exifAt+2:]))
	var out bytes.Buffer
	out.Write(plain[:bytes.Index(plain, []byte("Exif\x00\x00"))-4]) // SOI only: the first APP1 is the EXIF one
	// A JFIF header makes Go's decoder stop at the frame header.
	out.Write([]byte("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"))
	out.Write(plain[start:end])
	for range 20 {
		out.Write([]byte{0xFF, 0xFE, 0x04, 0x02})
		out.Write(bytes.Repeat([]byte("x"), 1024))
	}
	out.Write(exif[exifAt : exifAt+exifLen])
	rest := plain[bytes.Index(plain, []byte("Exif\x00\x00"))-4:]
	out.Write(bytes.Replace(rest, plain[start:end], nil, 1))
	return out.Bytes()
}
