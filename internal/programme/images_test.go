package programme

import (
	"strconv"
	"testing"
)

// TestConsentAndImageSettings: consent defaults to name yes, photo no;
// written consent is read with its position; bad image settings are
// errors at the value and fall back to the defaults.
func TestConsentAndImageSettings(t *testing.T) {
	t.Parallel()
	p, problems := Parse([]byte(`title: T
people:
  lea:
    name: Lea
    consent: {photo: true}
  tim:
    name: Tim
    consent:
      name: false
images:
  widths: [480, huge, 0]
  quality: 101
`))
	wantProblems(t, problems, []string{
		`content/programme.yaml:11:17 bad-value: each width must be a whole number of pixels from 1 to 8192, found "huge"`,
		`content/programme.yaml:11:23 bad-value: each width must be a whole number of pixels from 1 to 8192, found "0"`,
		"content/programme.yaml:12:12 bad-value: quality must be from 1 to 100, found 101",
	})
	if c := p.People["lea"].Consent; !c.Name || !c.Photo || c.Pos != pos(5, 14) {
		t.Errorf("lea: %+v", c)
	}
	if c := p.People["tim"].Consent; c.Name || c.Photo {
		t.Errorf("tim: %+v", c)
	}
	if got := p.Images; len(got.Widths) != 1 || got.Widths[0] != 480 || got.Quality != 80 {
		t.Errorf("images: %+v", got)
	}
	if p.RequirePhotoConsent {
		t.Error("require_photo_consent defaults to true")
	}
}

// TestImageSizes: images.sizes defaults to the default theme's; a sizes
// list is taken as written; one a browser would drop is an error at the
// value, naming the entry, and falls back to the default.
func TestImageSizes(t *testing.T) {
	t.Parallel()
	ok := map[string]string{
		"":                 "(min-width: 42rem) 42rem, 100vw",
		"  sizes: 100vw\n": "100vw",
		"  sizes: \"(min-width: 60em) 50vw, (max-width: 30em) 100vw, 640px\"\n": "(min-width: 60em) 50vw, (max-width: 30em) 100vw, 640px",
		"  sizes: \"auto, 100vw\"\n":                                "auto, 100vw",
		"  sizes: \"(width >= 40rem) calc(100vw - 2rem), 100vw\"\n": "(width >= 40rem) calc(100vw - 2rem), 100vw",
	}
	for yaml, want := range ok {
		p, problems := Parse([]byte("title: T\nimages:\n  quality: 80\n" + yaml))
		wantProblems(t, problems, nil)
		if p.Images.Sizes != want {
			t.Errorf("%q: sizes %q, want %q", yaml, p.Images.Sizes, want)
		}
	}
	bad := map[string]string{
		"50%":                             "50%",
		"100vw, (min-width: 40rem) 40rem": "100vw",
		"(min-width: 40rem)":              "(min-width: 40rem)",
		"(min-width: 40rem) 40rem\\\" onload=\\\"x, 100vw": "(min-width: 40rem) 40rem\" onload=\"x",
		"": "",
	}
	for value, entry := range bad {
		p, problems := Parse([]byte("title: T\nimages:\n  sizes: \"" + value + "\"\n"))
		wantProblems(t, problems, []string{`content/programme.yaml:3:10 bad-value: images.sizes is not a list of widths, each but the last after a media condition: ` + strconv.Quote(entry)})
		if p.Images.Sizes != "(min-width: 42rem) 42rem, 100vw" {
			t.Errorf("%q: sizes %q, want the default", value, p.Images.Sizes)
		}
	}
}

// TestCardSizes: images.card_sizes defaults to the default theme's
// cards; it is taken as written beside images.sizes, which it leaves as
// it is; one a browser would drop is an error at the value, naming the
// entry, and falls back to the default.
func TestCardSizes(t *testing.T) {
	t.Parallel()
	p, problems := Parse([]byte("title: T\n"))
	wantProblems(t, problems, nil)
	if p.Images.CardSizes != "(min-width: 40rem) 50vw, 100vw" {
		t.Errorf("default card_sizes %q", p.Images.CardSizes)
	}
	p, problems = Parse([]byte("title: T\nimages:\n  sizes: 100vw\n  card_sizes: \"(min-width: 60rem) 33vw, 100vw\"\n"))
	wantProblems(t, problems, nil)
	if p.Images.CardSizes != "(min-width: 60rem) 33vw, 100vw" || p.Images.Sizes != "100vw" {
		t.Errorf("card_sizes %q, sizes %q", p.Images.CardSizes, p.Images.Sizes)
	}
	p, problems = Parse([]byte("title: T\nimages:\n  card_sizes: \"33vw, (min-width: 60rem) 50vw\"\n"))
	wantProblems(t, problems, []string{`content/programme.yaml:3:15 bad-value: images.card_sizes is not a list of widths, each but the last after a media condition: "33vw"`})
	if p.Images.CardSizes != "(min-width: 40rem) 50vw, 100vw" || p.Images.Sizes != "(min-width: 42rem) 42rem, 100vw" {
		t.Errorf("bad card_sizes: %q, sizes %q; want the defaults", p.Images.CardSizes, p.Images.Sizes)
	}
}

// TestImageWidthsAsOneText: images.widths takes one width without
// brackets; one text with a comma is one bad width and a warning, not
// also a missing width; an empty list is.
func TestImageWidthsAsOneText(t *testing.T) {
	t.Parallel()
	p, problems := Parse([]byte("title: T\nimages:\n  widths: 960\n"))
	wantProblems(t, problems, nil)
	if got := p.Images.Widths; len(got) != 1 || got[0] != 960 {
		t.Errorf("widths: 960 gives %v", got)
	}
	_, problems = Parse([]byte("title: T\nimages:\n  widths: 480, 960\n"))
	wantProblems(t, problems, []string{
		`content/programme.yaml:3:11 list-as-text: widths is one text, "480, 960", not a list of 2`,
		`content/programme.yaml:3:11 bad-value: each width must be a whole number of pixels from 1 to 8192, found "480, 960"`,
	})
	_, problems = Parse([]byte("title: T\nimages:\n  widths: []\n"))
	wantProblems(t, problems, []string{`content/programme.yaml:3:11 bad-value: images.widths needs at least one width`})
}
