package check

import (
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

// TestDamagedPhotos: check reports a photo cut short as the build does
// (image-damaged, at the photo) in a published post's bundle, in a
// scheduled post's, which a build publishes at its date, and in
// content/static/; not in a draft's bundle, which no build of
// production publishes, nor a whole photo. A PNG of full length with a
// byte changed inside (its chunk's checksum fails) is damaged too.
func TestDamagedPhotos(t *testing.T) {
	t.Parallel()
	jpg, png := imagestest.PhoneJPEG(t, 400, 300, 1), imagestest.ScreenshotPNG(t, 400, 300)
	cutJPG, cutPNG := string(jpg[:len(jpg)-100]), string(png[:len(png)-100])
	changedPNG := []byte(string(png))
	changedPNG[len(png)/2] ^= 0x01
	site := newSite(map[string]string{
		"content/posts/r1/2024-02-01-heute/index.md":   post("Heute", "2024-02-01", "![Die Tafel](a.jpg) ![Der Plan](ganz.png)\n"),
		"content/posts/r1/2024-02-01-heute/a.jpg":      cutJPG,
		"content/posts/r1/2024-02-01-heute/ganz.png":   string(png),
		"content/posts/r1/2024-08-01-bald/index.md":    post("Bald", "2024-08-01", "![Der Plan](b.png)\n"),
		"content/posts/r1/2024-08-01-bald/b.png":       cutPNG,
		"content/posts/r1/2024-03-01-entwurf/index.md": post("Entwurf", "2024-03-01", "![Die Tafel](c.jpg)\n"),
		"content/posts/r1/2024-03-01-entwurf/c.jpg":    cutJPG,
		"content/static/bilder/d.jpg":                  cutJPG,
		"content/static/bilder/ganz.jpg":               string(jpg),
		"content/static/bilder/e.png":                  string(changedPNG),
	})
	approve(t, site, "content/posts/r1/2024-02-01-heute/index.md")
	approve(t, site, "content/posts/r1/2024-08-01-bald/index.md")
	got := lines(only(Run(site, outline(t, site, false), Options{Now: testNow}), "image-damaged"))
	const damaged = ": this photo is damaged or cut short: its header reads, but its picture does not decode, so tandem cannot make its smaller copies nor publish it without its metadata\n" +
		"\thint: save the picture again as JPEG, PNG or WebP, or copy it again whole\n"
	want := "content/posts/r1/2024-02-01-heute/a.jpg" + damaged +
		"content/posts/r1/2024-08-01-bald/b.png" + damaged +
		"content/static/bilder/d.jpg" + damaged +
		"content/static/bilder/e.png" + damaged
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	site["content/static/bilder/d.jpg"] = &fstest.MapFile{Data: jpg}
	site["content/static/bilder/e.png"] = &fstest.MapFile{Data: png}
	delete(site, "content/posts/r1/2024-08-01-bald/index.md")
	delete(site, "content/posts/r1/2024-08-01-bald/b.png")
	site["content/posts/r1/2024-02-01-heute/a.jpg"] = &fstest.MapFile{Data: jpg}
	site["content/posts/r1/2024-02-01-heute/index.md"] = &fstest.MapFile{Data: []byte(post("Heute", "2024-02-01", "![Die Tafel](a.jpg) ![Der Plan](ganz.png)\n"))}
	approve(t, site, "content/posts/r1/2024-02-01-heute/index.md")
	if got := lines(only(Run(site, outline(t, site, false), Options{Now: testNow}), "image-damaged")); got != "" {
		t.Errorf("whole photos:\n%s", got)
	}
}
