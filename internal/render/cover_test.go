package render

import "testing"

// TestCover: the front matter's picture, else the body's first picture
// of the bundle; none for a picture elsewhere or of unknown size; the
// absolute address only with a base URL.
func TestCover(t *testing.T) {
	t.Parallel()
	in := postInput{facts: postFacts{Href: "/m/posts/x/", Page: "posts/x/", BaseURL: "https://e.example/m/"},
		pictures: []picture{{Name: "a.png", Width: 40, Height: 30}, {Name: "sub/b.jpg", Width: 3, Height: 4}}}
	for _, c := range []struct{ image, first, want string }{
		{"", "a.png", "a.png"},
		{"", "./sub/b.jpg", "sub/b.jpg"},
		{"sub/b.jpg", "a.png", "sub/b.jpg"},
		{"", "../y/a.png", ""},
		{"", "/a.png", ""},
		{"", "https://e.example/a.png", ""},
		{"", "a.png?x", ""},
		{"", "c.png", ""},
		{"", "", ""},
	} {
		in.facts.Image = c.image
		v := in.cover(c.first)
		switch {
		case c.want == "" && v != nil:
			t.Errorf("image %q, first %q: cover %+v, want none", c.image, c.first, *v)
		case c.want != "" && (v == nil || v.Src != "/m/posts/x/"+c.want || v.Abs != "https://e.example/m/posts/x/"+c.want || v.Width == 0):
			t.Errorf("image %q, first %q: cover %+v, want %s", c.image, c.first, v, c.want)
		}
	}
	in.facts.BaseURL, in.facts.Image = "", "a.png"
	if v := in.cover(""); v == nil || v.Abs != "" || v.Width != 40 || v.Height != 30 {
		t.Errorf("without a base URL: %+v", v)
	}
}
