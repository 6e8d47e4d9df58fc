package images

import (
	"path"
	"strconv"
	"strings"
)

// Settings say which derivatives a site gets (programme.yaml, images:).
type Settings struct {
	// Widths are the derivatives' widths in pixels, ascending.
	Widths []int
	// Quality is the JPEG quality, 1–100.
	Quality int
	// KeepOriginals publishes the original file beside its derivatives.
	KeepOriginals bool
	// MaxPixels is the pixel budget: a larger image is refused before it
	// is decoded (a few kilobytes can claim gigabytes of pixels).
	MaxPixels int
	// Sizes is the sizes attribute of a photo shown in a post: the width
	// it is shown at, from which a browser picks a derivative. It changes
	// no derivative's bytes, so it is not part of Key.
	Sizes string
	// CardSizes is the sizes attribute of a post's cover on a card (a
	// list's, related posts'): like Sizes, not part of Key.
	CardSizes string
}

// DefaultSizes is the default theme's sizes: the column of text, 42rem,
// or the whole window when narrower.
const DefaultSizes = "(min-width: 42rem) 42rem, 100vw"

// DefaultCardSizes is the default theme's sizes of a card's cover: the
// whole column on phones, half of the window beside another card.
const DefaultCardSizes = "(min-width: 40rem) 50vw, 100vw"

// Defaults are the settings of a programme that writes no images: block.
func Defaults() Settings {
	return Settings{Widths: []int{480, 960, 1600}, Quality: 80, MaxPixels: DefaultMaxPixels, Sizes: DefaultSizes, CardSizes: DefaultCardSizes}
}

// DefaultMaxPixels is the default pixel budget: 50 megapixels, more
// than any phone photo (12–48), about 200 MB once decoded.
const DefaultMaxPixels = 50_000_000

// version changes whenever Make would encode the same input differently;
// it is part of Key, so cached derivatives of an older tandem are not
// reused.
const version = 2

// Key names the settings that decide a derivative's bytes, for cache
// keys: a change of widths or quality makes every derivative again.
func (s Settings) Key() string {
	var b strings.Builder
	b.WriteString("v")
	b.WriteString(strconv.Itoa(version))
	b.WriteString(" q")
	b.WriteString(strconv.Itoa(s.Quality))
	b.WriteString(" w")
	for i, w := range s.Widths {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(w))
	}
	if s.KeepOriginals {
		b.WriteString(" keep")
	}
	return b.String()
}

// Raster reports whether the file name is a JPEG or PNG image: the kinds
// a file of content/static/ is re-encoded without metadata as, and whose
// size a brand picture reads. A bundle's photos are Derivable (WebP too);
// WebP and GIF elsewhere lose their metadata (Strippable); others (SVG…)
// are copied as they are.
func Raster(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg", ".png":
		return true
	}
	return false
}

// Unpublishable reports whether the file name is an image tandem refuses
// to publish: HEIC/HEIF (a phone's photo) and TIFF, which carry EXIF
// (the place a photo was taken, the camera's serial number) that tandem
// cannot remove, and which most browsers cannot show anyway.
func Unpublishable(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".heic", ".heif", ".tif", ".tiff":
		return true
	}
	return false
}

// JPEGByOtherName reports whether the file name ends as a JPEG's other
// names do (.jfif, .jpe, .pjpeg, .pjp: a browser's "Save image as" on
// Windows): a page shows such a file as any JPEG, but tandem makes
// derivatives without metadata of .jpg and .jpeg files only (Raster), so
// it would publish this one as it is, its EXIF included.
func JPEGByOtherName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jfif", ".jpe", ".pjpeg", ".pjp":
		return true
	}
	return false
}

// Derivable reports whether the file name is an image that gets
// derivatives when its header can be read (Inspect): a JPEG, PNG or
// WebP. A WebP that cannot (an animated one) loses its metadata instead
// (Strippable).
func Derivable(name string) bool {
	return Raster(name) || strings.EqualFold(path.Ext(name), ".webp")
}

// Picture reports whether the file name is an image of any kind a page
// shows (raster or not), for the checks and the Markdown renderer.
func Picture(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".avif":
		return true
	}
	return false
}
