package render

import (
	"html/template"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/themes"
)

// themeWithPartial is the default theme with templates/partials/post.html
// changed by edit.
func themeWithPartial(t *testing.T, edit func(string) string) fs.FS {
	t.Helper()
	theme := fstest.MapFS{}
	err := fs.WalkDir(themes.Default(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(themes.Default(), name)
		if name == "templates/partials/post.html" {
			data = []byte(edit(string(data)))
		}
		theme[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return theme
}

// TestLinkItemAsTemplate: the default theme's live "link-item" is the
// template linkItem makes in Go, so a renderer of the default theme makes
// its items in Go, and linkItem prints what that template prints, for
// hostile names and addresses. A theme with a "link-item" of its own
// gets its template's items.
func TestLinkItemAsTemplate(t *testing.T) {
	t.Parallel()
	r, err := New(themes.Default(), "de", "/m/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	if !r.linkItemInGo {
		t.Fatalf("the default theme's link-item is not %s: linkItem no longer makes its items", linkItemTemplate)
	}
	partial, err := fs.ReadFile(themes.Default(), "templates/partials/post.html")
	if err != nil {
		t.Fatal(err)
	}
	tmpl := template.Must(template.New("").Funcs(template.FuncMap{"t": r.strings.T}).Parse(string(partial))).Lookup("link-item")
	for _, s := range hostileTexts {
		for _, l := range []Link{{Name: s, Href: s}, {Name: "Tag " + s, Href: "/m/tags/" + s + "/"}} {
			var want strings.Builder
			if err := tmpl.Execute(&want, l); err != nil {
				t.Fatal(err)
			}
			if got := string(linkItem(l)); got != want.String() {
				t.Errorf("%q:\n got %s\nwant %s", s, got, want.String())
			}
			if got, err := r.newLinkItems().item(l); err != nil || string(got) != want.String() {
				t.Errorf("%q: the renderer's item %s (%v), want %s", s, got, err, want.String())
			}
		}
	}

	own := themeWithPartial(t, func(s string) string {
		return strings.Replace(s, `{{define "link-item"}}<li>`, `{{define "link-item"}}<li class="own">`, 1)
	})
	r, err = New(own, "de", "/m/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	if r.linkItemInGo {
		t.Fatal("a theme's own link-item is made in Go")
	}
	got, err := r.newLinkItems().list([]Link{{Name: "A&B", Href: "/m/tags/a/"}})
	if want := `<li class="own"><a href="/m/tags/a/">A&amp;B</a></li>`; err != nil || string(got) != want {
		t.Errorf("own link-item: %s (%v), want %s", got, err, want)
	}
}
