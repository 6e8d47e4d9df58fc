package programme

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Colour is an sRGB colour, as a brand colour is written ("#0b5cad").
type Colour struct{ R, G, B uint8 }

// ParseColour reads "#rgb" or "#rrggbb" (either case).
func ParseColour(s string) (Colour, bool) {
	h, ok := strings.CutPrefix(s, "#")
	if !ok || (len(h) != 3 && len(h) != 6) {
		return Colour{}, false
	}
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return Colour{}, false
	}
	return Colour{uint8(v >> 16), uint8(v >> 8), uint8(v)}, true
}

// Hex writes c as "#rrggbb".
func (c Colour) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Luminance is the relative luminance of c (WCAG 2.1).
func (c Colour) Luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast is the WCAG contrast ratio of a and b, from 1 to 21.
func Contrast(a, b Colour) float64 {
	la, lb := a.Luminance(), b.Luminance()
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// Colours the default theme draws on: the page, the soft background of
// chips and quotes, and ink in light and dark mode. A brand colour is
// judged against them. They are functions, so no caller can change them.

// PaperLight is the page in light mode.
func PaperLight() Colour { return Colour{0xfd, 0xfc, 0xfa} }

// PaperDark is the page in dark mode.
func PaperDark() Colour { return Colour{0x15, 0x18, 0x1c} }

// SoftLight is the soft background of chips and quotes in light mode.
func SoftLight() Colour { return Colour{0xee, 0xf3, 0xf9} }

// SoftDark is the soft background of chips and quotes in dark mode.
func SoftDark() Colour { return Colour{0x1f, 0x26, 0x30} }

// InkLight is the text colour in light mode.
func InkLight() Colour { return Colour{0x1b, 0x1f, 0x24} }

// White is white.
func White() Colour { return Colour{0xff, 0xff, 0xff} }

// AA is the contrast WCAG 2.1 AA asks of text.
const AA = 4.5

// Ink is the text colour on a background of c: white or the theme's
// dark ink, whichever contrasts more (one of them always reaches AA).
func (c Colour) Ink() Colour {
	if Contrast(c, White()) >= Contrast(c, InkLight()) {
		return White()
	}
	return InkLight()
}

// Towards returns c mixed with target step by step (by twentieths) until
// it contrasts at least AA with bg: c itself when it already does. It is
// how a brand colour becomes the links' colour on a light page (towards
// black) or a dark one (towards white).
func (c Colour) Towards(target, bg Colour) Colour {
	for i := 0; i <= 20; i++ {
		t := float64(i) / 20
		mix := Colour{mixOf(c.R, target.R, t), mixOf(c.G, target.G, t), mixOf(c.B, target.B, t)}
		if Contrast(mix, bg) >= AA {
			return mix
		}
	}
	return target
}

func mixOf(a, b uint8, t float64) uint8 {
	return uint8(math.Round(float64(a) + (float64(b)-float64(a))*t))
}
