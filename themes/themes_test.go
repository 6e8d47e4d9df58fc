package themes

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
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

// TestBadNamesAreRefused: a file in the site's theme folder whose name is
// not UTF-8 text or holds a control character is an error at that file.
func TestBadNamesAreRefused(t *testing.T) {
	for _, name := range []string{"themes/plain/static/caf\xe9.css", "themes/plain/templates/\x1b[2Jpost.html", "themes/plain/static/\u202ecss.exe"} {
		site := fstest.MapFS{"themes/plain/templates/post.html": {Data: []byte("")}, name: {Data: []byte("x")}}
		_, err := Open(site, "plain")
		var p diag.Problem
		if !errors.As(err, &p) || p.Path != name || p.Code != "bad-name" || !strings.Contains(p.Hint, "mv $'") {
			t.Errorf("Open with %q: %v", name, err)
		}
	}
}
