package images

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // image.Decode reads JPEG
	"image/png"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// TestIntact: a whole JPEG or PNG is intact, with bytes after its end
// too (a phone's trailer, which makes Intact walk the file); cut anywhere
// after its header it is not, and then Go's decoder, which makes the
// smaller copies, fails on it too.
func TestIntact(t *testing.T) {
	t.Parallel()
	photos := map[string][]byte{
		"jpeg": imagestest.PhoneJPEG(t, 64, 48, 1),
		"png":  imagestest.ScreenshotPNG(t, 64, 48),
	}
	for kind, data := range photos {
		if err := intact(data); err != nil {
			t.Errorf("the whole %s: %v", kind, err)
		}
		if err := intact(append(bytes.Clone(data), "trailer \xff\xd8 of a phone"...)); err != nil {
			t.Errorf("the %s with bytes after its end: %v", kind, err)
		}
		cut := 0
		for n := 12; n < len(data); n++ { // shorter has no header: Inspect refuses it
			if !errors.Is(intact(data[:n]), ErrCutShort) {
				t.Errorf("the %s cut to %d of %d bytes is intact", kind, n, len(data))
				continue
			}
			if _, _, err := image.Decode(bytes.NewReader(data[:n])); err == nil {
				t.Errorf("the %s cut to %d of %d bytes decodes, yet is not intact", kind, n, len(data))
			}
			cut++
		}
		if cut == 0 {
			t.Errorf("no %s cut short was tried", kind)
		}
	}
	webp := []byte("RIFF\x10\x00\x00\x00WEBPVP8 \x04\x00\x00\x00abcd")
	if err := intact(webp); err != nil {
		t.Errorf("a whole WebP: %v", err)
	}
	if err := intact(webp[:len(webp)-1]); !errors.Is(err, ErrCutShort) {
		t.Errorf("a WebP cut short: %v", err)
	}
}

// intact is Intact of data.
func intact(data []byte) error { return Intact(data) }

// TestIntactDamagedInside: a PNG with one byte changed inside its
// picture data fails its chunk's checksum, and a JPEG with a marker
// written inside its scan (two bytes of a copy gone wrong) has segments
// that do not fit; both keep their length and their end, are not
// intact, and Go's decoder, which makes the smaller copies, fails on
// them too.
func TestIntactDamagedInside(t *testing.T) {
	t.Parallel()
	png := imagestest.ScreenshotPNG(t, 400, 300)
	jpg := imagestest.PhoneJPEG(t, 400, 300, 1)
	for i := 1; i <= 8; i++ {
		bad := bytes.Clone(png)
		bad[len(png)*i/10] ^= 0x01
		if err := intact(bad); !errors.Is(err, ErrDamagedInside) {
			t.Errorf("a PNG with byte %d of %d changed: %v, want ErrDamagedInside", len(png)*i/10, len(png), err)
		}
		if _, _, err := image.Decode(bytes.NewReader(bad)); err == nil {
			t.Errorf("a PNG with byte %d of %d changed decodes", len(png)*i/10, len(png))
		}
		bad = bytes.Clone(jpg)
		at := len(jpg) * (5 + i) / 14
		copy(bad[at:], "\xff\x13")
		if err := intact(bad); err == nil {
			t.Errorf("a JPEG with a marker at %d of %d is intact", at, len(jpg))
		}
		if _, _, err := image.Decode(bytes.NewReader(bad)); err == nil {
			t.Errorf("a JPEG with a marker at %d of %d decodes", at, len(jpg))
		}
	}
}

// FuzzIntact: Intact ends on any bytes, and never calls a PNG damaged
// that Go's decoder, which checks every chunk's checksum up to IEND as
// Intact does, reads whole.
func FuzzIntact(f *testing.F) {
	f.Add(imagestest.PhoneJPEG(f, 16, 12, 1))
	f.Add(imagestest.ScreenshotPNG(f, 16, 12))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Intact(data)
		if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) || err == nil {
			return
		}
		if _, decodeErr := png.Decode(bytes.NewReader(data)); decodeErr == nil {
			t.Fatalf("Go's decoder reads the PNG %q whole, but Intact says: %v", data, err)
		}
	})
}
