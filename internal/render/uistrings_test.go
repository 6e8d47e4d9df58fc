package render

import (
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/themes"
)

// TestMissingStrings checks that UI strings a template names and the
// strings file lacks are warnings at the key, and known ones are not.
func TestMissingStrings(t *testing.T) {
	site := fstest.MapFS{
		"themes/mine/templates/post.html": {Data: []byte("{{define \"main\"}}\n" +
			"<p>{{t \"reading_time\" \"n\" 3}} {{.T.older}}</p>\n" +
			"<p>{{t \"lesezeit\" \"n\" 3}} ({{t \"readng_time\"}}) {{$.T.vorherr}}</p>\n{{end}}\n")},
	}
	theme, err := themes.Open(site, "mine")
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(theme, "de", "/", Images{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`themes/mine/templates/post.html:3:9: the UI string "lesezeit" is not in the theme's i18n/de.yaml; the page shows the key itself (add lesezeit: … to themes/default/i18n/de.yaml)`,
		`themes/mine/templates/post.html:3:33: the UI string "readng_time" is not in the theme's i18n/de.yaml; the page shows the key itself (did you mean "reading_time"?)`,
		`themes/mine/templates/post.html:3:55: the UI string "vorherr" is not in the theme's i18n/de.yaml; the page shows nothing (add vorherr: … to themes/default/i18n/de.yaml)`,
	}
	got := r.ThemeWarnings()
	if len(got) != len(want) {
		t.Fatalf("got %d warnings, want %d:\n%v", len(got), len(want), got)
	}
	for i := range want {
		if s := got[i].Pos.String() + ": " + got[i].Msg + " (" + got[i].Hint + ")"; s != want[i] {
			t.Errorf("warning %d:\n got %s\nwant %s", i, s, want[i])
		}
	}
}
