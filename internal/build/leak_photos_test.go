package build

import (
	"bytes"
	"maps"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// TestPhotoMetadataCannotSlipThrough is an attack on "no JPEG or PNG
// tandem publishes carries metadata": a phone's JPEG (EXIF with GPS,
// XMP, IPTC) in content/static/ under a JPEG's other names (.jfif, as a
// browser on Windows saves it, .jpe, .pjpeg, .pjp), which pages show as
// any JPEG, and a JPEG and a PNG whose header tandem cannot read (12 bits
// per sample, a broken header checksum), were copied as they are, their
// EXIF included; so was a static JPEG over 20 MiB (which load does not
// read) of more than 50 megapixels, as a camera makes them. Each is an error at its file, in production and
// preview, with the default and the hostile theme, and nothing is
// compiled. (testdata/invalid/photo-metadata has the same in a bundle,
// and TestOutlineAsCompile holds check to it.)
func TestPhotoMetadataCannotSlipThrough(t *testing.T) {
	t.Parallel()
	phone := imagestest.PhoneJPEG(t, 16, 12, 1)
	twelveBits := bytes.Clone(phone)
	twelveBits[bytes.Index(twelveBits, []byte{0xFF, 0xC0})+4] = 12 // SOF0's precision
	badPNG := bytes.Clone(imagestest.ScreenshotPNG(t, 8, 8))
	badPNG[16] = 0xFF // IHDR's width: its checksum no longer holds
	// Over 20 MiB, a static file is not read at load but when it is
	// copied: a camera's 60-megapixel JPEG, and the 12-bit one.
	padding := make([]byte, content.MaxBundleFileSize+1)
	huge := append(imagestest.BombJPEG(t, 10000, 6000), padding...)
	hugeTwelveBits := append(bytes.Clone(twelveBits), padding...)
	files := map[string]struct {
		data []byte
		code string
	}{
		"content/static/img/bild.jfif":   {phone, "image-format"},
		"content/static/img/bild.JPE":    {phone, "image-format"},
		"content/static/img/bild.pjpeg":  {phone, "image-format"},
		"content/static/img/bild.pjp":    {phone, "image-format"},
		"content/static/img/zwoelf.jpg":  {twelveBits, "image-unreadable"},
		"content/static/img/kaputt.png":  {badPNG, "image-unreadable"},
		"content/static/img/ohne.jpeg":   {[]byte("no photo at all"), ""}, // no image: copied as it is, as before
		"content/static/img/gross.jpg":   {huge, "image-too-large"},
		"content/static/img/gross12.jpg": {hugeTwelveBits, "image-unreadable"},
	}
	for _, theme := range []string{"", "hostile"} {
		base := leakSite(t)
		if theme != "" {
			base = withTheme(t, theme, nil)
		}
		for name, f := range files { // one at a time: some are found only once the rest builds
			site := maps.Clone(base)
			site[name] = &fstest.MapFile{Data: f.data}
			for _, preview := range []bool{false, true} {
				c, problems := NewCompiler(site, Options{Preview: preview, Now: leakNow}).Compile()
				found := false
				for _, p := range problems {
					found = found || p.Pos.Path == name && p.Severity == diag.Error && p.Code == f.code
				}
				if found != (f.code != "") || (c != nil) != (f.code == "") {
					t.Errorf("theme %q, preview %t: %s: error %q found %t, built %t; problems:\n%v", theme, preview, name, f.code, found, c != nil, problems.Err())
				}
			}
		}
	}
}

// TestICCTextsAreNotPublished is an attack on the same promise: an ICC
// profile, which a GIF and a WebP keep as part of their picture, holds
// texts (a calibrated screen's profile may name its owner in its
// description) and bytes between its tags. A WebP of content/static/
// (with derivatives, and animated, without) and a GIF carry a marker in
// every such place; no output file holds it, in production and preview,
// with the default and the hostile theme, and the images are published.
func TestICCTextsAreNotPublished(t *testing.T) {
	t.Parallel()
	const marker = "zziccprofilezz"
	icc := imagestest.ICCProfile(marker)
	animated := imagestest.WebPWithICC(icc)
	animated[20] |= 0x02 // no derivatives: published without its metadata as it is
	files := map[string][]byte{
		"content/static/farben/still.webp": imagestest.WebPWithICC(icc),
		"content/static/farben/anim.webp":  animated,
		"content/static/farben/anim.gif":   imagestest.GIFWithICC(t, icc),
	}
	for _, theme := range []string{"", "hostile"} {
		site := leakSite(t)
		if theme != "" {
			site = withTheme(t, theme, nil)
		}
		for name, data := range files {
			site[name] = &fstest.MapFile{Data: data}
		}
		for _, preview := range []bool{false, true} {
			out := buildLeakSite(t, site, preview)
			for _, name := range []string{"farben/still.webp", "farben/still-1w.jpg", "farben/anim.webp", "farben/anim.gif"} {
				if _, ok := out[name]; !ok {
					t.Errorf("theme %q, preview %t: %s is not published", theme, preview, name)
				}
			}
			for name, text := range out {
				if strings.Contains(text, marker[:6]) {
					t.Errorf("theme %q, preview %t: %s holds the ICC profile's text", theme, preview, name)
				}
			}
		}
	}
}
