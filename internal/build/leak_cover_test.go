package build

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"
)

// leakPNG is a small PNG image with marker after its end: the cover of a
// held-back post, which a preview shows on cards and as og:image.
func leakPNG(t *testing.T, marker string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 4, 3))); err != nil {
		t.Fatal(err)
	}
	return append(buf.Bytes(), marker...)
}

// checkCovers checks that the preview shows every held-back post's
// cover, on a card and as og:image, so the leak test would see one in
// production output.
func checkCovers(t *testing.T, preview map[string]string) {
	t.Helper()
	for _, h := range hiddenPosts {
		if cover := `src="/mentoring/posts/slug-` + h.marker + `/img-` + h.marker + `-`; !anyContains(preview, cover) {
			t.Errorf("the preview shows no card with the cover %s", cover)
		}
		if og := `content="https://intranet.example.com/mentoring/posts/slug-` + h.marker + `/img-` + h.marker + `-`; !anyContains(preview, og) {
			t.Errorf("the preview shows no og:image %s", og)
		}
	}
}

// A photo of content/static/ that every post shows, published and held
// back: its bytes after the PNG's end carry staticLeak, which neither
// the photo (re-encoded at its address) nor its derivative may keep.
const (
	staticLeakPhoto = "content/static/bilder/halle.png"
	staticLeakImage = "![Die Halle](/mentoring/bilder/halle.png)"
	staticLeak      = "zzstaticphotozz"
)

// heldStaticImage is how a held-back post shows the static photo: with
// its marker in the alt text and the caption, which the figure of the
// same photo on a published post must not take over.
func heldStaticImage(marker string) string {
	return "![Die Halle " + marker + "](/mentoring/bilder/halle.png \"Caption " + marker + "\")"
}

// checkStaticPhoto checks that production and preview publish the static
// photo (4 × 3 pixels) at its address and its derivative beside it,
// neither with the bytes staticLeak is in; that a published post shows
// it with its derivative in production, and every held-back post in the
// preview, with the post's marker in its alt text and caption, so the
// leak test covers the pages that show it.
func checkStaticPhoto(t *testing.T, prod, preview map[string]string) {
	t.Helper()
	srcset := `srcset="/mentoring/bilder/halle-4w.png 4w"`
	for name, out := range map[string]map[string]string{"production": prod, "preview": preview} {
		for _, f := range []string{"bilder/halle.png", "bilder/halle-4w.png"} {
			if data, ok := out[f]; !ok || !strings.HasPrefix(data, "\x89PNG") {
				t.Errorf("%s has no PNG %s", name, f)
			}
		}
		if anyContains(out, staticLeak) {
			t.Errorf("%s keeps the bytes after the static photo's end", name)
		}
		if !strings.Contains(out["posts/one/index.html"], srcset) {
			t.Errorf("%s: the published post does not show the static photo with %s", name, srcset)
		}
	}
	for _, h := range hiddenPosts {
		page := preview["posts/slug-"+h.marker+"/index.html"]
		if !strings.Contains(page, srcset) {
			t.Errorf("the preview of %s does not show the static photo with %s", h.marker, srcset)
		}
		if alt, caption := `alt="Die Halle `+h.marker+`"`, "<figcaption>Caption "+h.marker+"</figcaption>"; !strings.Contains(page, alt) || !strings.Contains(page, caption) {
			t.Errorf("the preview of %s does not show the static photo with %s and %s", h.marker, alt, caption)
		}
	}
}
