package check

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestChangedPostIsReported checks that a post whose file changes after
// the site was outlined, and whose body the check must read again (to
// parse its links, or to render it in the sample), is reported rather
// than checked in its new form: outlining let the bodies go, and a body
// read twice is used only when it is the one loaded.
func TestChangedPostIsReported(t *testing.T) {
	t.Parallel()
	const name = "content/posts/r1/2024-02-01-zwei.md"
	fsys := newSite(map[string]string{
		"content/posts/r1/2024-01-15-start.md": post("Start", "2024-01-15", "Los geht's.\n"),
		name:                                   post("Zwei", "2024-02-01", "Erst [hier](../stories/) lesen.\n"),
	})
	o := outline(t, fsys, true)
	for _, p := range o.Site.Posts {
		if p.Body != nil {
			t.Errorf("%s: the outlined post keeps its body", p.Path)
		}
	}
	fsys[name] = &fstest.MapFile{Data: []byte(post("Zwei", "2024-02-01", "Erst [hier](../start/) lesen.\n"))}
	got := lines(only(Run(fsys, o, Options{Now: testNow}), "changed"))
	want := name + ": the post changed while it was checked\n\thint: run tandem check again once the post is saved\n"
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant it to hold\n%s", got, want)
	}
	if errs, _ := only(Run(fsys, o, Options{Now: testNow}), "changed").Count(); errs == 0 {
		t.Error("a changed post is not an error")
	}
}

// TestUnchangedPostIsRead checks that a post read again as it was
// loaded is checked as before: its broken link is reported at its place.
func TestUnchangedPostIsRead(t *testing.T) {
	t.Parallel()
	const name = "content/posts/r1/2024-02-01-zwei.md"
	fsys := newSite(map[string]string{
		"content/posts/r1/2024-01-15-start.md": post("Start", "2024-01-15", "Los geht's.\n"),
		name:                                   post("Zwei", "2024-02-01", "Erst [hier](../stories/) lesen.\n"),
	})
	l := Run(fsys, outline(t, fsys, true), Options{Now: testNow})
	if got := lines(only(l, "changed")); got != "" {
		t.Errorf("an unchanged post is reported as changed:\n%s", got)
	}
	if got := lines(only(l, "broken-link")); !strings.Contains(got, name+":7:13:") {
		t.Errorf("the broken link is not reported at its place:\n%s", got)
	}
}
