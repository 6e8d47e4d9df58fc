package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

var photoCodes = []string{"nobody-pictured", "alt-missing", "alt-file-name", "image-too-wide", "image-too-heavy"}

// TestPhotos: check warns about images without alt text or with a file
// name for one, a photo far wider than pages show it, a GIF over the
// budget, and, with require_photo_consent, photos in a post that lists
// nobody as pictured, a photo of content/static/ its text shows included.
func TestPhotos(t *testing.T) {
	t.Parallel()
	body := "![](a.jpg)\n\n![IMG_2041.JPG](a.jpg)\n\n![Die Tafel](a.jpg)\n\n![Animation](b.gif)\n"
	files := map[string]string{
		"content/posts/r1/2024-02-01-fotos/index.md": post("Fotos", "2024-02-01", body),
		"content/posts/r1/2024-02-01-fotos/a.jpg":    string(imagestest.PhoneJPEG(t, 4000, 100, 1)),
		"content/posts/r1/2024-02-01-fotos/b.gif":    string(largeGIF(t, PhotoBudget+6)),
	}
	site := newSite(files)
	site["content/programme.yaml"].Data = append(site["content/programme.yaml"].Data, "require_photo_consent: true\n"...)
	got := lines(only(Run(site, outline(t, site, true), Options{Now: testNow}), photoCodes...))
	want := `content/posts/r1/2024-02-01-fotos/a.jpg: warning: the photo is 4000 pixels wide; pages show it at most 1600 wide (images.widths)
	hint: a copy 3200 pixels wide shows the same on every page and keeps the repository small
content/posts/r1/2024-02-01-fotos/b.gif: warning: the .gif file is 1024 KiB and published as it is; readers download all of it
	hint: make it smaller, or use a JPEG or PNG photo, of which tandem publishes smaller copies
content/posts/r1/2024-02-01-fotos/index.md:2:8: warning: the post has photos but lists nobody as pictured
	hint: list everyone one can recognise in the photos: pictured: [key, …] (require_photo_consent publishes the post only while they agree)
content/posts/r1/2024-02-01-fotos/index.md:7:5: warning: the image has no alt text, so a screen reader says nothing about it
	hint: say in the brackets what the picture shows: ![Die Tafel nach dem Treffen](a.jpg)
content/posts/r1/2024-02-01-fotos/index.md:9:17: warning: the image's alt text is a file name, "IMG_2041.JPG"
	hint: say in the brackets what the picture shows instead of its file name
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	delete(site, "content/posts/r1/2024-02-01-fotos/index.md")
	delete(site, "content/posts/r1/2024-02-01-fotos/a.jpg")
	delete(site, "content/posts/r1/2024-02-01-fotos/b.gif")
	site["content/static/bilder/plan.jpg"] = &fstest.MapFile{Data: imagestest.PhoneJPEG(t, 800, 600, 1)}
	site["content/static/bilder/gross.jpg"] = &fstest.MapFile{Data: imagestest.PhoneJPEG(t, 3300, 100, 1)}
	site["content/posts/r1/2024-02-02-tafel.md"] = &fstest.MapFile{Data: []byte(post("Tafel", "2024-02-02", "![Die Tafel](/mentoring/bilder/plan.jpg)\n\n![Das Logo](/mentoring/bilder/fehlt.jpg)\n"))}
	site["content/posts/r1/2024-02-03-ohne.md"] = &fstest.MapFile{Data: []byte(post("Ohne", "2024-02-03", "Kein Foto, nur [ein Link](/mentoring/bilder/plan.jpg).\n"))}
	got = lines(only(Run(site, outline(t, site, true), Options{Now: testNow}), "nobody-pictured", "image-too-wide"))
	want = `content/posts/r1/2024-02-02-tafel.md:2:8: warning: the post has photos but lists nobody as pictured
	hint: list everyone one can recognise in the photos: pictured: [key, …] (require_photo_consent publishes the post only while they agree)
content/static/bilder/gross.jpg: warning: the photo is 3300 pixels wide; pages show it at most 1600 wide (images.widths)
	hint: a copy 3200 pixels wide shows the same on every page and keeps the repository small
`
	if got != want {
		t.Errorf("a photo of content/static/ shown in the text: got\n%s\nwant\n%s", got, want)
	}
	site["content/programme.yaml"].Data = []byte(strings.Replace(string(site["content/programme.yaml"].Data), "require_photo_consent: true", "", 1))
	if got := lines(only(Run(site, outline(t, site, true), Options{Now: testNow}), "nobody-pictured")); got != "" {
		t.Errorf("without the policy:\n%s", got)
	}
}

// largeGIF is a GIF of n bytes without metadata: an animation whose
// size is made up by a plain text extension (drawn, so kept).
func largeGIF(t *testing.T, n int) []byte {
	plain, _ := imagestest.AnimatedGIF(t)
	out := append(plain[:len(plain)-1:len(plain)-1], 0x21, 0x01)
	for room := n - len(out) - 2; room > 0; { // the terminator and the trailer
		k := min(255, room-1)
		out = append(out, byte(k))
		out = append(out, make([]byte, k)...)
		room -= k + 1
	}
	out = append(out, 0, 0x3B)
	if len(out) != n {
		t.Fatalf("the GIF is %d bytes, want %d", len(out), n)
	}
	return out
}
