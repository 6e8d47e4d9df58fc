package build

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestKeptModelEqualsNew applies the edits of TestIncrementalEqualsFull
// one after another and compares, after each, the model of the updated
// compile with the model of a full compile of the same files, in
// production and in preview. It checks too which edits keep the last
// model with the edited posts put in place (see modelOf): those that
// leave every list as it was, and no other.
func TestKeptModelEqualsNew(t *testing.T) {
	for _, preview := range []bool{false, true} {
		t.Run(map[bool]string{false: "production", true: "preview"}[preview], func(t *testing.T) {
			t.Parallel()
			keptModelEqualsNew(t, preview)
		})
	}
}

func keptModelEqualsNew(t *testing.T, preview bool) {
	dir, root := programmeCopy(t)
	opts := Options{Preview: preview, Now: goldenNow}
	c := NewCompiler(root.FS(), opts)
	prev, problems := c.Compile()
	if prev == nil {
		t.Fatal(problems.Err())
	}
	for _, e := range edits {
		e.apply(t, dir)
		next, problems := c.Update(e.paths)
		if next == nil {
			t.Fatalf("%s: %v", e.name, problems.Err())
		}
		full, problems := NewCompiler(root.FS(), opts).Compile()
		if full == nil {
			t.Fatalf("%s: %v", e.name, problems.Err())
		}
		if !reflect.DeepEqual(next.Site, full.Site) {
			t.Errorf("%s: the updated model differs from a new one", e.name)
		}
		if kept, want := next.Site == prev.Site, keepsModel[e.name] == "both" || keepsModel[e.name] == "preview" && preview; kept != want {
			t.Errorf("%s: model kept %v, want %v", e.name, kept, want)
		}
		prev = next
	}
}

// keepsModel names the edits of TestIncrementalEqualsFull that leave the
// model's lists as they were, so the last model is kept: in production
// and preview ("both"), or only in a preview, which shows a post whatever
// its state. Any other edit adds, removes or moves a post, changes a
// list it is in, or loads the programme again.
var keepsModel = map[string]string{
	"body of a published post (approval goes stale), and the link to it from another (also stale)": "preview",
	"status back to draft (unapproved)":                   "preview",
	"approved again (the approval still covers the text)": "preview",
	"summary of a post in review":                         "both",
	"summary edited again":                                "both",
	"title of a post in review":                           "both",
	"bundle image replaced (approval goes stale)":         "both",
	"static file added":                                   "both",
	"static photo added, and a post shows it from the site root (derivatives beside it, srcset)": "both",
	"static photo replaced by a narrower one (other derivatives, the srcset changes)":            "both",
	"static photo removed (the post shows a plain image)":                                        "both",
}

// TestKeptModelAfterErrors breaks one post (a tandem that does not
// exist), edits another while it is broken and mends the first: a
// compile with errors leaves the broken post out of its model (see
// leftOut), so the next compiles must make the model anew where the
// posts no longer match the kept one, and every model must equal a new
// one once the site is whole again.
func TestKeptModelAfterErrors(t *testing.T) {
	t.Parallel()
	dir, root := programmeCopy(t)
	opts := Options{Preview: true, Now: goldenNow}
	c := NewCompiler(root.FS(), opts)
	if first, problems := c.Compile(); first == nil {
		t.Fatal(problems.Err())
	}
	broken, other := "content/posts/r1/2024-03-18-grosser-denken.md", "content/posts/r2/2026-10-10-wartet.md"
	steps := []struct {
		name  string
		file  string
		old   string
		new   string
		whole bool
	}{
		{"a post names a tandem that does not exist", broken, "tandem: t01", "tandem: t99", false},
		{"another post's title, while the first is broken", other, "title: Wartet auf Freigabe", "title: Wartet noch", false},
		{"the first post mended", broken, "tandem: t99", "tandem: t01", true},
		{"the other post's title again", other, "title: Wartet noch", "title: Wartet weiter", true},
	}
	for _, s := range steps {
		replaceIn(t, filepath.Join(dir, s.file), s.old, s.new)
		next, problems := c.Update([]string{s.file})
		if (next != nil) != s.whole {
			t.Fatalf("%s: compiled %v, want %v: %v", s.name, next != nil, s.whole, problems.Err())
		}
		if next == nil {
			continue
		}
		full, problems := NewCompiler(root.FS(), opts).Compile()
		if full == nil {
			t.Fatalf("%s: %v", s.name, problems.Err())
		}
		if !reflect.DeepEqual(next.Site, full.Site) {
			t.Errorf("%s: the updated model differs from a new one", s.name)
		}
	}
}

// programmeCopy copies the test programme's content into a new folder
// and opens it as a root the test closes at its end.
func programmeCopy(t *testing.T) (string, *os.Root) {
	t.Helper()
	dir := programmeSite(t, "default")
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return dir, root
}
