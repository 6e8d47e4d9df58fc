package images

import (
	"image"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// The fixtures live in imagestest, which the tests of build and check
// use as well.
var (
	red  = imagestest.Red
	blue = imagestest.Blue
)

func halves(w, h int) *image.NRGBA { return imagestest.Halves(w, h) }

func phoneJPEG(t testing.TB, w, h, orientation int) []byte {
	return imagestest.PhoneJPEG(t, w, h, orientation)
}

func screenshotPNG(t testing.TB, w, h int) []byte { return imagestest.ScreenshotPNG(t, w, h) }

func bombPNG(w, h uint32) []byte { return imagestest.BombPNG(w, h) }

func bombJPEG(t testing.TB, w, h uint16) []byte { return imagestest.BombJPEG(t, w, h) }
