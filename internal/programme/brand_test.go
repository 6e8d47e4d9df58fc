package programme

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"
)

// TestColours: WCAG contrast of known pairs, the ink on a colour, and
// the shade of a pale colour that reaches AA on the light page.
func TestColours(t *testing.T) {
	t.Parallel()
	black, _ := ParseColour("#000")
	if r := Contrast(black, White()); r < 20.99 || r > 21.01 {
		t.Errorf("black on white: %.2f, want 21", r)
	}
	grey, _ := ParseColour("#767676") // the lightest grey that reaches 4.5:1 on white
	if r := Contrast(grey, White()); r < 4.5 || r > 4.6 {
		t.Errorf("#767676 on white: %.2f, want 4.54", r)
	}
	if _, ok := ParseColour("#12345g"); ok {
		t.Error("#12345g parsed")
	}
	yellow, _ := ParseColour("#FFCC00")
	if yellow.Hex() != "#ffcc00" || yellow.Ink() != InkLight() {
		t.Errorf("yellow: %s with ink %s", yellow.Hex(), yellow.Ink().Hex())
	}
	shade := yellow.Towards(Colour{}, PaperLight())
	if Contrast(shade, PaperLight()) < AA || shade == yellow {
		t.Errorf("the shade of yellow %s has %.2f:1", shade.Hex(), Contrast(shade, PaperLight()))
	}
	teal, _ := ParseColour("#00796b")
	if teal.Towards(Colour{}, PaperLight()) != teal || teal.Ink() != White() {
		t.Error("teal reaches AA as it is, with white ink")
	}
	if light := teal.Towards(White(), PaperDark()); Contrast(light, PaperDark()) < AA {
		t.Errorf("teal on the dark page: %s", light.Hex())
	}
}

// TestBrand: brand: is read with its files' sizes and the site's
// favicon; a bad colour and a missing file are errors at their field,
// the missing file with the closest picture.
func TestBrand(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 48, 16))); err != nil {
		t.Fatal(err)
	}
	pic := buf.Bytes()
	site := fstest.MapFS{
		File:                         {Data: []byte("title: T\nbrand:\n  logo: logo.png\n  colour: \"#ABC\"\n  header_image: kopf.svg\n")},
		"content/static/logo.png":    {Data: pic},
		"content/static/kopf.svg":    {Data: []byte("<svg/>")},
		"content/static/favicon.png": {Data: pic},
	}
	p, problems := Load(site)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	b := p.Brand
	if b.Logo != (Picture{"logo.png", 48, 16}) || b.HeaderImage != (Picture{Name: "kopf.svg"}) || b.Colour != "#aabbcc" || b.Favicon != "favicon.png" {
		t.Errorf("brand: %+v", b)
	}
	site[File] = &fstest.MapFile{Data: []byte("title: T\nbrand:\n  logo: lgo.png\n  colour: teal\n")}
	_, problems = Load(site)
	var got []string
	for _, pr := range problems {
		got = append(got, pr.Pos.String()+" "+pr.Code+": "+pr.Msg+" ("+pr.Hint+")")
	}
	want := []string{
		`content/programme.yaml:4:11 bad-colour: colour "teal" is not a colour like "#0b5cad" (write the colour as a hex code in quotes, e.g. colour: "#0b5cad")`,
		`content/programme.yaml:3:9 unknown-picture: logo "lgo.png" is not in content/static/ (did you mean "logo.png"?)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
