package programme

import (
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
