package programme

import (
	"slices"
	"strconv"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Consent is what a person agreed to be shown with (people.KEY.consent
// in programme.yaml).
type Consent struct {
	// Name: their name may appear on pages. Default true: the programme
	// lists them by name already.
	Name bool
	// Photo: posts may show photos of them (see RequirePhotoConsent).
	// Default false: nobody is assumed to agree to be photographed.
	Photo bool
	// Pos is where consent is written, or the person's entry.
	Pos diag.Pos
}

// MaxImageWidth is the widest derivative width programme.yaml may ask for.
const MaxImageWidth = 8192

var imageFields = []string{"widths", "quality", "keep_originals", "sizes", "card_sizes"}

// decodeImages reads the images: block (derivative widths, JPEG quality,
// whether originals are published, the sizes attributes of the photos
// in posts and of the covers on cards) and
// require_photo_consent.
func decodeImages(p *Programme, m *metadata.Map, l *diag.List) {
	p.Images = images.Defaults()
	p.RequirePhotoConsent = m.Bool("require_photo_consent", false, l)
	p.RequirePhotoConsentPos = m.Pos("require_photo_consent")
	im := m.Sub("images", l)
	if im == nil {
		return
	}
	im.WarnUnknown(imageFields, diag.Verbatim("images"), l)
	if im.Has("widths") {
		p.Images.Widths = widths(im, l)
	}
	p.Images.Quality = im.Int("quality", p.Images.Quality, l)
	if q := p.Images.Quality; q < 1 || q > 100 {
		l.Errorf(im.Pos("quality"), "bad-value", diag.T("use a JPEG quality from 1 to 100, e.g. 80"), "quality must be from 1 to 100, found %d", q)
		p.Images.Quality = images.Defaults().Quality
	}
	p.Images.KeepOriginals = im.Bool("keep_originals", false, l)
	p.Images.Sizes = sizes(im, l)
	p.Images.CardSizes = cardSizes(im, l)
}

// widths reads images.widths: whole numbers of pixels from 1 to
// MaxImageWidth, returned ascending without repeats. Without a good one
// it returns the defaults, and says that one is needed only when none
// was written (a bad one is reported as such).
func widths(im *metadata.Map, l *diag.List) []int {
	var out []int
	written := im.Strings("widths", l)
	for i, s := range written {
		w, err := strconv.Atoi(s)
		if err != nil || w < 1 || w > MaxImageWidth {
			l.Errorf(im.StringPos("widths", i), "bad-value", diag.T("write widths in pixels, e.g. widths: [480, 960, 1600]"),
				"each width must be a whole number of pixels from 1 to %d, found %q", MaxImageWidth, s)
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		if len(written) == 0 {
			l.Errorf(im.Pos("widths"), "bad-value", diag.T("write widths in pixels, e.g. widths: [480, 960, 1600]"), "images.widths needs at least one width")
		}
		return images.Defaults().Widths
	}
	return out
}

// decodeConsent reads a person's consent: block.
func decodeConsent(pm *metadata.Map, at diag.Pos, l *diag.List) Consent {
	c := Consent{Name: true, Pos: at}
	cm := pm.Sub("consent", l)
	if cm == nil {
		return c
	}
	cm.WarnUnknown([]string{"name", "photo"}, diag.Verbatim("consent"), l)
	c.Name = cm.Bool("name", true, l)
	c.Photo = cm.Bool("photo", false, l)
	c.Pos = pm.Pos("consent")
	return c
}
