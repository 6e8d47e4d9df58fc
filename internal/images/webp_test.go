package images

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"os"
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// TestWebPDerivatives: a lossy, opaque WebP (with EXIF and XMP in an
// extended header) gets JPEG derivatives, a lossless one PNG ones, none
// with metadata; an animated WebP is no image Inspect reads, so it is
// published without its metadata instead (Strip).
func TestWebPDerivatives(t *testing.T) {
	t.Parallel()
	lossy, err := os.ReadFile("testdata/video-001.lossy.webp")
	if err != nil {
		t.Fatal(err)
	}
	canvas := make([]byte, 10)
	canvas[0] = 0x08 | 0x04 // EXIF, XMP
	binary.LittleEndian.PutUint16(canvas[4:], 150-1)
	binary.LittleEndian.PutUint16(canvas[7:], 103-1)
	marked := imagestest.RIFF(imagestest.Chunk("VP8X", canvas), imagestest.Chunk("EXIF", []byte("Exif\x00\x00II*\x00GPS 52N")),
		imagestest.Chunk("XMP ", []byte(imagestest.XMPPacket)), lossy[12:])
	lossless := imagestest.RIFF(imagestest.Chunk("VP8L", imagestest.UniformVP8L(300, 200)))
	s := Settings{Widths: []int{64, 480}, Quality: 80, MaxPixels: DefaultMaxPixels}
	for _, tt := range []struct {
		name, format string
		data         []byte
		want         []string
	}{
		{"foto.webp", "jpeg", lossy, []string{"foto-64w.jpg", "foto-150w.jpg"}},
		{"Foto.WEBP", "jpeg", marked, []string{"Foto-64w.jpg", "Foto-150w.jpg"}},
		{"screen.webp", "png", lossless, []string{"screen-64w.png", "screen-300w.png"}},
	} {
		info, err := Inspect(tt.data, DefaultMaxPixels)
		if err != nil || info.Format != "webp" || info.Output != tt.format {
			t.Fatalf("%s: Inspect = %+v, %v", tt.name, info, err)
		}
		variants := Plan(tt.name, info, s)
		var names []string
		for _, v := range variants {
			names = append(names, v.Name)
		}
		if !slices.Equal(names, tt.want) {
			t.Errorf("%s: derivatives %q, want %q", tt.name, names, tt.want)
		}
		made, err := Make(tt.data, info, variants, s)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for i, out := range made {
			cfg, format, err := image.DecodeConfig(bytes.NewReader(out))
			if err != nil || format != tt.format || cfg.Width != variants[i].Width || cfg.Height != variants[i].Height {
				t.Errorf("%s: %s is %s %d × %d (%v)", tt.name, variants[i].Name, format, cfg.Width, cfg.Height, err)
			}
			if found := Metadata(out); len(found) > 0 {
				t.Errorf("%s: %s carries metadata %v", tt.name, variants[i].Name, found)
			}
		}
	}
	animated := slices.Clone(marked)
	animated[20] |= 0x02
	if _, err := Inspect(animated, DefaultMaxPixels); !errors.Is(err, ErrUnreadable) {
		t.Errorf("an animated WebP: %v, want ErrUnreadable", err)
	}
}
