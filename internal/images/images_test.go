package images

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/want.txt")

// TestPlanNeverUpscales: the configured widths narrower than the image,
// and the image's own width when the widest configured one is wider.
func TestPlanNeverUpscales(t *testing.T) {
	t.Parallel()
	s := Defaults()
	for _, tc := range []struct {
		w, h int
		want string
	}{
		{4000, 3000, "foto-480w.jpg 480×360, foto-960w.jpg 960×720, foto-1600w.jpg 1600×1200"},
		{1000, 500, "foto-480w.jpg 480×240, foto-960w.jpg 960×480, foto-1000w.jpg 1000×500"},
		{960, 1280, "foto-480w.jpg 480×640, foto-960w.jpg 960×1280"},
		{300, 200, "foto-300w.jpg 300×200"},
		{1, 1, "foto-1w.jpg 1×1"},
	} {
		got := describe(Plan("foto.JPG", Info{Width: tc.w, Height: tc.h, Format: "jpeg"}, s))
		if got != tc.want {
			t.Errorf("%d×%d: %s, want %s", tc.w, tc.h, got, tc.want)
		}
	}
}

func describe(vs []Variant) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprintf("%s %d×%d", v.Name, v.Width, v.Height))
	}
	return strings.Join(parts, ", ")
}

// TestPhotoDerivatives: for every EXIF orientation a phone photo's
// derivatives are upright (the stored left half, red, lands where the
// orientation says), as large as Plan says, and free of the EXIF, GPS,
// XMP, IPTC and comment the original carries. The summary is golden
// (testdata/want.txt, -update).
func TestPhotoDerivatives(t *testing.T) {
	t.Parallel()
	s := Settings{Widths: []int{16, 40}, Quality: 85, MaxPixels: DefaultMaxPixels}
	var summary strings.Builder
	for o := 1; o <= 8; o++ {
		data := phoneJPEG(t, 64, 32, o)
		if len(Metadata(data)) == 0 {
			t.Fatal("the scanner finds nothing in the phone's original")
		}
		info, err := Inspect(data, s.MaxPixels)
		if err != nil {
			t.Fatal(err)
		}
		if info.Orientation != o {
			t.Errorf("orientation %d read as %d", o, info.Orientation)
		}
		vs := Plan("foto.jpg", info, s)
		outs, err := Make(data, info, vs, s)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&summary, "orientation %d: %d×%d, original metadata %s\n", o, info.Width, info.Height, strings.Join(Metadata(data), ", "))
		for i, v := range vs {
			img := decode(t, outs[i], v)
			fmt.Fprintf(&summary, "  %s %d×%d red at %s, metadata %q\n", v.Name, v.Width, v.Height, redSide(img), Metadata(outs[i]))
			if m := Metadata(outs[i]); len(m) > 0 {
				t.Errorf("orientation %d, %s keeps %v", o, v.Name, m)
			}
			if got, want := redSide(img), wantRed[o]; got != want {
				t.Errorf("orientation %d, %s: red at the %s, want %s", o, v.Name, got, want)
			}
		}
	}
	golden(t, "want.txt", summary.String())
}

// wantRed is where the stored left half shows once turned upright.
var wantRed = map[int]string{1: "left", 2: "right", 3: "right", 4: "left", 5: "top", 6: "top", 7: "bottom", 8: "bottom"}

func decode(t *testing.T, data []byte, v Variant) image.Image {
	t.Helper()
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != v.Width || b.Dy() != v.Height {
		t.Errorf("%s is %d×%d, want %d×%d", v.Name, b.Dx(), b.Dy(), v.Width, v.Height)
	}
	return img
}

// redSide says which side of img is red: left, right, top or bottom.
func redSide(img image.Image) string {
	b := img.Bounds()
	isRed := func(x, y int) bool {
		r, _, bl, _ := img.At(x, y).RGBA()
		return r > bl
	}
	w, h := b.Dx(), b.Dy()
	switch {
	case isRed(1, h/2) && !isRed(w-2, h/2):
		return "left"
	case isRed(w-2, h/2) && !isRed(1, h/2):
		return "right"
	case isRed(w/2, 1) && !isRed(w/2, h-2):
		return "top"
	case isRed(w/2, h-2) && !isRed(w/2, 1):
		return "bottom"
	}
	return "nowhere"
}

// TestPNGDerivatives: a PNG stays a PNG, keeps its transparency and loses
// its text and EXIF chunks.
func TestPNGDerivatives(t *testing.T) {
	t.Parallel()
	s := Settings{Widths: []int{20}, Quality: 80, MaxPixels: DefaultMaxPixels}
	data := screenshotPNG(t, 40, 20)
	if got := Metadata(data); !slices.Equal(got, []string{"tEXt", "eXIf"}) {
		t.Fatalf("the scanner finds %q in the original", got)
	}
	info, err := Inspect(data, s.MaxPixels)
	if err != nil {
		t.Fatal(err)
	}
	vs := Plan("bild.png", info, s)
	outs, err := Make(data, info, vs, s)
	if err != nil {
		t.Fatal(err)
	}
	if vs[0].Name != "bild-20w.png" || !bytes.HasPrefix(outs[0], []byte("\x89PNG")) {
		t.Fatalf("%s is not a PNG", vs[0].Name)
	}
	if m := Metadata(outs[0]); len(m) > 0 {
		t.Errorf("the derivative keeps %v", m)
	}
	img := decode(t, outs[0], vs[0])
	if a := color.NRGBAModel.Convert(img.At(17, 5)).(color.NRGBA).A; a < 100 || a > 160 {
		t.Errorf("the transparent half has alpha %d, want about 128", a)
	}
}

// TestDecompressionBomb: an image whose header claims more pixels than
// the budget is refused from its header alone, whatever its format, with
// its size in the error; one within the budget is read.
func TestDecompressionBomb(t *testing.T) {
	t.Parallel()
	for name, data := range map[string][]byte{
		"png":  bombPNG(100_000, 100_000),
		"jpeg": bombJPEG(t, 60_000, 60_000),
	} {
		_, err := Inspect(data, DefaultMaxPixels)
		var tl TooLarge
		if !errors.As(err, &tl) {
			t.Errorf("%s bomb (%d bytes): %v, want TooLarge", name, len(data), err)
			continue
		}
		if tl.Width*tl.Height < 3_000_000_000 || !strings.Contains(err.Error(), "megapixels") {
			t.Errorf("%s bomb: %v", name, err)
		}
	}
	if _, err := Inspect(bombPNG(100, 100), DefaultMaxPixels); err != nil {
		t.Errorf("a 100 × 100 header is refused: %v", err)
	}
	if _, err := Inspect([]byte("GIF89a not really"), DefaultMaxPixels); !errors.Is(err, ErrUnreadable) {
		t.Errorf("not a JPEG or PNG: %v", err)
	}
}

// TestOrientationSurvivesDamage: a truncated or lying EXIF block gives
// orientation 1, never a panic.
func TestOrientationSurvivesDamage(t *testing.T) {
	t.Parallel()
	data := phoneJPEG(t, 8, 8, 6)
	for n := range 120 {
		_ = Orientation(data[:n])
	}
	bad := bytes.Clone(data)
	i := bytes.Index(bad, []byte("II*\x00"))
	bad[i+4] = 0xF0 // IFD0 offset far beyond the segment
	if got := Orientation(bad); got != 1 {
		t.Errorf("a lying offset gives %d", got)
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/images -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs:\n got: %s\nwant: %s", file, got, want)
	}
}
