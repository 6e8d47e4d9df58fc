package programme

import (
	"io/fs"
	"math"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// StaticDir is the folder of files published as they are at the site's
// root, where a logo, header image and favicon are looked for.
const StaticDir = "content/static"

// Brand is the organisation's identity (brand: in programme.yaml): a
// logo and a header image (files of content/static/) and a colour.
type Brand struct {
	// Logo and HeaderImage name files of content/static/ ("" when not
	// given), with the size their headers give (zero for an SVG).
	Logo, HeaderImage   Picture
	Colour              string // "#rrggbb", or ""
	ColourPos, LogoPos  diag.Pos
	HeaderImagePos, Pos diag.Pos
	// Favicon is the site's own icon in content/static/ (favicon.svg,
	// favicon.png or favicon.ico, the first there), or "".
	Favicon string
}

// Picture is a file of content/static/ and its size.
type Picture struct {
	Name          string
	Width, Height int
}

// maxBrandFile is the largest logo or header image whose size is read.
const maxBrandFile = 32 << 20

var brandFields = []string{"logo", "colour", "header_image"}

// Favicons are the names of a site's own icon in content/static/, in the
// order they are looked for (a new slice on every call).
func Favicons() []string { return []string{"favicon.svg", "favicon.png", "favicon.ico"} }

// decodeBrand reads brand: with the colour checked; the files are
// checked by checkBrand, which has the site.
func decodeBrand(p *Programme, m *metadata.Map, l *diag.List) {
	b := m.Sub("brand", l)
	if b == nil {
		return
	}
	b.WarnUnknown(brandFields, diag.Verbatim("brand"), l)
	p.Brand.Pos = m.Pos("brand")
	p.Brand.Logo.Name, p.Brand.LogoPos = b.String("logo", false, l), b.Pos("logo")
	p.Brand.HeaderImage.Name, p.Brand.HeaderImagePos = b.String("header_image", false, l), b.Pos("header_image")
	colour := b.String("colour", false, l)
	p.Brand.ColourPos = b.Pos("colour")
	if colour == "" {
		return
	}
	c, ok := ParseColour(strings.TrimSpace(colour))
	if !ok {
		l.Errorf(p.Brand.ColourPos, "bad-colour", diag.T("write the colour as a hex code in quotes, e.g. colour: \"#0b5cad\""), "colour %q is not a colour like \"#0b5cad\"", colour)
		return
	}
	p.Brand.Colour = c.Hex()
}

// checkBrand looks for the logo and header image in content/static/ and
// reads their size, and finds the site's favicon.
func checkBrand(site fs.FS, p *Programme, l *diag.List) {
	for _, name := range Favicons() {
		if info, err := fs.Stat(site, StaticDir+"/"+name); err == nil && info.Mode().IsRegular() {
			p.Brand.Favicon = name
			break
		}
	}
	staticPicture(site, &p.Brand.Logo, p.Brand.LogoPos, "logo", l)
	staticPicture(site, &p.Brand.HeaderImage, p.Brand.HeaderImagePos, "header_image", l)
}

// staticPicture checks that pic names a picture of content/static/ and
// reads its size; an error at pos otherwise, with the closest file.
func staticPicture(site fs.FS, pic *Picture, pos diag.Pos, field string, l *diag.List) {
	if pic.Name == "" {
		return
	}
	name := path.Clean(strings.TrimPrefix(pic.Name, "/"))
	if !fs.ValidPath(name) || !images.Picture(name) {
		l.Errorf(pos, "bad-picture", diag.T("name a picture (PNG, JPEG, SVG, WebP) in content/static/, e.g. %s: logo.png", field), "%s %q is not the name of a picture in content/static/", field, pic.Name)
		pic.Name = ""
		return
	}
	data, _, err := folder.ReadLimited(site, StaticDir+"/"+name, maxBrandFile)
	if err != nil || data == nil {
		l.Errorf(pos, "unknown-picture", diag.Suggest(name, staticPictures(site)), "%s %q is not in content/static/", field, pic.Name)
		pic.Name = ""
		return
	}
	pic.Name = name
	if images.Raster(name) {
		if info, err := images.Inspect(data, math.MaxInt); err == nil {
			pic.Width, pic.Height = info.Width, info.Height
		}
	}
}

// staticPictures lists the pictures of content/static/, for a
// suggestion.
func staticPictures(site fs.FS) []string {
	var out []string
	_ = fs.WalkDir(site, StaticDir, func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && images.Picture(name) {
			out = append(out, strings.TrimPrefix(name, StaticDir+"/"))
		}
		return nil
	})
	return out
}
