package build

import (
	"bytes"
	"image"
	"image/png"
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
