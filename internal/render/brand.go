package render

import (
	"path"

	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// brandView fills in the organisation's identity: logo, header picture,
// brand colour with the colours computed from it, and the favicon.
func brandView(v *ProgrammeView, s *site.Site) {
	b := s.Programme.Brand
	v.Logo = staticImage(s, b.Logo)
	v.HeaderImage = staticImage(s, b.HeaderImage)
	v.Favicon, v.FaviconType = s.BasePath+site.AssetsRoot+"favicon.svg", "image/svg+xml"
	if b.Favicon != "" {
		v.Favicon, v.FaviconType = s.BasePath+b.Favicon, faviconType(b.Favicon)
	}
	if c, ok := programme.ParseColour(b.Colour); ok {
		v.Colour, v.ColourInk = c.Hex(), c.Ink().Hex()
		// Links sit on the page and on the soft background of chips,
		// which contrasts less with them in both modes.
		v.Accent = c.Towards(programme.Colour{}, programme.SoftLight()).Hex()
		v.AccentDark = c.Towards(programme.White(), programme.SoftDark()).Hex()
	}
}

// staticImage is a picture of content/static/ as pages show it, or nil.
func staticImage(s *site.Site, p programme.Picture) *ImageView {
	if p.Name == "" {
		return nil
	}
	v := &ImageView{Src: s.BasePath + p.Name, Width: p.Width, Height: p.Height}
	if absolute(s.Programme.BaseURL) {
		v.Abs = s.Programme.BaseURL + p.Name
	}
	return v
}

// faviconType is the media type of a favicon by its name.
func faviconType(name string) string {
	switch path.Ext(name) {
	case ".png":
		return "image/png"
	case ".ico":
		return "image/x-icon"
	}
	return "image/svg+xml"
}
