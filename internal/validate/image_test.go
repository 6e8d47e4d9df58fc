package validate

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
)

// TestCheckImage: a cover names a JPEG, PNG or WebP file of the post's
// bundle; anything else is an error at the field, with the closest file.
func TestCheckImage(t *testing.T) {
	t.Parallel()
	files := []content.File{{Name: "bild.png", Image: &images.Info{Width: 4, Height: 3}}, {Name: "kaputt.jpg"}, {Name: "notiz.txt"}, {Name: "still.webp", Image: &images.Info{Width: 4, Height: 3}}, {Name: "bewegt.webp"}}
	tests := []struct {
		name, image string
		bundle      bool
		want        []problem
	}{
		{"a picture of the bundle", "bild.png", true, nil},
		{"a still WebP", "still.webp", true, nil},
		{"an animated WebP (no header read)", "bewegt.webp", true, []problem{{"p.md:5:8", `image-unreadable: image: "bewegt.webp" is not a readable JPEG, PNG or WebP image`, "save the picture again as JPEG, PNG or WebP (a still picture; an animated WebP cannot be a cover)"}}},
		{"a typo", "bilt.png", true, []problem{{"p.md:5:8", `image-unknown: image: "bilt.png" is not a JPEG, PNG or WebP file of the bundle`, `did you mean "bild.png"?`}}},
		{"not a picture", "notiz.txt", true, []problem{{"p.md:5:8", `image-unknown: image: "notiz.txt" is not a JPEG, PNG or WebP file of the bundle`, "known: bewegt.webp, bild.png, kaputt.jpg, still.webp"}}},
		{"unreadable", "kaputt.jpg", true, []problem{{"p.md:5:8", `image-unreadable: image: "kaputt.jpg" is not a readable JPEG, PNG or WebP image`, "save the picture again as JPEG, PNG or WebP (a still picture; an animated WebP cannot be a cover)"}}},
		{"no bundle", "bild.png", false, []problem{{"p.md:5:8", `image-not-in-bundle: image: "bild.png" needs a bundle post; this post is a single file`,
			"make the post a bundle (a folder with index.md) and put the picture beside index.md"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := post(t, "p.md", head+"round: r1\nimage: "+tt.image+"\n")
			if tt.bundle {
				p.Bundle, p.Files = "posts/p", files
			}
			check(t, Check(load(t, programmeYAML), []*content.Post{p}), tt.want)
		})
	}
}
