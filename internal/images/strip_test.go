package images

import (
	"bytes"
	"errors"
	"slices"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
	"golang.org/x/image/webp"
)

// TestStripGIF: a GIF's comment, its XMP application extension and the
// bytes after its trailer go; its frames, palette and loop count (an
// application extension too) stay, byte for byte.
func TestStripGIF(t *testing.T) {
	t.Parallel()
	plain, data := imagestest.AnimatedGIF(t)
	if got := Metadata(data); !slices.Equal(got, []string{"comment", "application extension", "bytes after the end", "XMP block"}) {
		t.Errorf("the GIF's metadata: %q", got)
	}
	stripped, err := Strip(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stripped, plain) {
		t.Errorf("stripped, the GIF is not the GIF the encoder wrote:\n%q\n%q", stripped, plain)
	}
	if m := Metadata(stripped); len(m) > 0 {
		t.Errorf("the stripped GIF keeps %q", m)
	}
	if _, err := Strip(plain[:len(plain)-1]); !errors.Is(err, ErrDamaged) {
		t.Errorf("a GIF without its trailer: %v, want ErrDamaged", err)
	}
	if got := Metadata(plain[:len(plain)-4]); !slices.Equal(got, []string{"a damaged image"}) {
		t.Errorf("a cut GIF's metadata: %q", got)
	}
}

// TestStripWebP: a WebP's EXIF and XMP chunks and a chunk no decoder
// knows go, the flags that announced them are cleared, the RIFF size
// follows, and the picture decodes as before.
func TestStripWebP(t *testing.T) {
	t.Parallel()
	plain, data := imagestest.WebP()
	want, err := webp.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the test's WebP does not decode: %v", err)
	}
	if got := Metadata(data); !slices.Equal(got, []string{"EXIF chunk", "XMP chunk", "zzzz chunk", "EXIF block", "XMP block"}) {
		t.Errorf("the WebP's metadata: %q", got)
	}
	stripped, err := Strip(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stripped, plain) {
		t.Errorf("stripped:\n%q\nwant\n%q", stripped, plain)
	}
	got, err := webp.Decode(bytes.NewReader(stripped))
	if err != nil {
		t.Fatalf("the stripped WebP does not decode: %v", err)
	}
	if got.At(0, 0) != want.At(0, 0) {
		t.Errorf("the pixel is %v, was %v", got.At(0, 0), want.At(0, 0))
	}
	if _, err := Strip(data[:len(data)-3]); !errors.Is(err, ErrDamaged) {
		t.Errorf("a cut WebP: %v, want ErrDamaged", err)
	}
	other := []byte("no image at all")
	if out, err := Strip(other); err != nil || !bytes.Equal(out, other) {
		t.Errorf("bytes that are no WebP or GIF: %q, %v", out, err)
	}
}

// FuzzStrip: Strip never panics, and what it returns without an error
// carries none of the metadata it removes and comes back unchanged from
// a second Strip.
func FuzzStrip(f *testing.F) {
	icc := imagestest.ICCProfile("a screen's owner")
	for _, fixture := range [][]byte{last(imagestest.WebP()), last(imagestest.AnimatedGIF(f)), imagestest.WebPWithICC(icc), imagestest.GIFWithICC(f, icc)} {
		f.Add(fixture)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Strip(data)
		if err != nil {
			return
		}
		segs, err := segments(out)
		if err != nil {
			t.Fatalf("Strip made %q of %q, which does not read: %v", out, data, err)
		}
		for _, s := range segs {
			if s.what != "" {
				t.Fatalf("Strip left a %s in %q", s.what, out)
			}
		}
		if again, _ := Strip(out); !bytes.Equal(again, out) {
			t.Fatalf("a second Strip changed %q to %q", out, again)
		}
	})
}

func last(_, b []byte) []byte { return b }
