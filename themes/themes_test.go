package themes

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestSource(t *testing.T) {
	site := fstest.MapFS{
		"themes/plain/templates/post.html":          {Data: []byte("{{define \"main\"}}{{end}}")},
		"themes/plain/templates/partials/card.html": {Data: []byte("")},
	}
	plain, err := Open(site, "plain")
	if err != nil {
		t.Fatal(err)
	}
	def, err := Open(site, "default")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		theme fs.FS
		name  string
		want  string
	}{
		{plain, "templates/post.html", "themes/plain/templates/post.html"},
		{plain, "templates/partials/card.html", "themes/plain/templates/partials/card.html"},
		{plain, "templates/base.html", "themes/default/templates/base.html"},
		{def, "templates/post.html", "themes/default/templates/post.html"},
		{Default(), "templates/base.html", "themes/default/templates/base.html"},
	}
	for _, tt := range tests {
		if got := Source(tt.theme, tt.name); got != tt.want {
			t.Errorf("Source(%s) = %s, want %s", tt.name, got, tt.want)
		}
	}
	if _, err := fs.ReadFile(plain, "templates/base.html"); err != nil {
		t.Errorf("the site theme does not fall back to the default's base.html: %v", err)
	}
}
