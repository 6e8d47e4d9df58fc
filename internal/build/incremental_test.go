package build

import (
	"bytes"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// edit is one change an author makes, and the paths an editor would
// report for it.
type edit struct {
	name  string
	apply func(t *testing.T, site string)
	paths []string
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func replaceIn(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	writeFile(t, name, strings.Replace(string(data), old, new, 1))
}

// TestIncrementalEqualsFull applies one edit after another to a site and,
// after each, compares the incrementally updated output, on disk and in
// memory, with a full build of the same files, in production and in
// preview, with the default theme and with a site theme whose templates
// print every field they can reach on every kind of page (every post's
// card on every page among them).
func TestIncrementalEqualsFull(t *testing.T) {
	for _, theme := range []string{"default", "hostile"} {
		for _, preview := range []bool{false, true} {
			t.Run(theme+"/"+map[bool]string{false: "production", true: "preview"}[preview], func(t *testing.T) {
				t.Parallel()
				incrementalEqualsFull(t, theme, preview)
			})
		}
	}
}

func incrementalEqualsFull(t *testing.T, theme string, preview bool) {
	site := programmeSite(t, theme)
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	opts := Options{Preview: preview, Now: goldenNow}
	c := NewCompiler(root.FS(), opts)
	prev, problems := c.Compile()
	if prev == nil {
		t.Fatal(problems.Err())
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := writeSite(dest, root.FS(), prev); err != nil {
		t.Fatal(err)
	}
	indexEdits := 0 // edits that changed the search index
	for _, e := range append(edits, themeEdit(theme)) {
		e.apply(t, site)
		next, problems := c.Update(e.paths)
		if next == nil {
			t.Fatalf("%s: %v", e.name, problems.Err())
		}
		ch := Changes(prev, next, e.paths)
		if _, err := publish.Patch(dest, root.FS(), ch); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		full := buildSite(t, site, opts)
		t.Run(e.name, func(t *testing.T) {
			compareTrees(t, full, dest)
			compareSnapshot(t, full, next.FS(root.FS()))
		})
		if indexChanged(prev, next) {
			indexEdits++
		}
		prev = next
	}
	// The comparisons above cover the search index's files; make sure
	// the edits exercised them.
	if indexEdits < 5 {
		t.Errorf("only %d edits changed the search index", indexEdits)
	}
}

// indexChanged reports whether a file of the search index (search/*.json)
// differs from one compile to the next.
func indexChanged(prev, next *Compiled) bool {
	files := func(c *Compiled) map[string]string {
		out := map[string]string{}
		for _, o := range c.Result.Outputs {
			if strings.HasPrefix(o.Path, site.SearchRoot) && strings.HasSuffix(o.Path, ".json") {
				out[o.Path] = string(o.Data)
			}
		}
		return out
	}
	return !maps.Equal(files(prev), files(next))
}

// themeEdit overrides a template of the site's theme.
func themeEdit(theme string) edit {
	name := "themes/" + theme + "/templates/404.html"
	return edit{"site theme overrides a template", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, name), "{{define \"main\"}}<h1>Weg</h1>{{end}}\n")
	}, []string{name}}
}

// TestUpdateWritesOnlyWhatChanged checks that editing one post rewrites
// its page and the pages that list it, not the whole site.
func TestUpdateWritesOnlyWhatChanged(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	root, _ := os.OpenRoot(site)
	defer root.Close()
	c := NewCompiler(root.FS(), Options{Preview: true, Now: goldenNow})
	prev, _ := c.Compile()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := writeSite(dest, root.FS(), prev); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, filepath.Join(site, "content/posts/r2/2026-10-10-wartet.md"), "Eingereicht und wartend.", "Eingereicht, wartend und ergänzt.")
	next, problems := c.Update([]string{"content/posts/r2/2026-10-10-wartet.md"})
	if next == nil {
		t.Fatal(problems.Err())
	}
	changed, err := publish.Patch(dest, root.FS(), Changes(prev, next, []string{"content/posts/r2/2026-10-10-wartet.md"}))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(changed, "posts/wartet/index.html") {
		t.Errorf("the edited post's page was not rewritten: %v", changed)
	}
	if slices.Contains(changed, "posts/kennenlernen/index.html") || slices.Contains(changed, "tags/ki/index.html") {
		t.Errorf("pages that do not show the post were rewritten: %v", changed)
	}
	if len(changed) > len(next.Result.Outputs)/2 {
		t.Errorf("%d of %d files rewritten", len(changed), len(next.Result.Outputs))
	}
}

// compareSnapshot fails for every file of the snapshot that differs from
// the folder want, is missing or is extra. The snapshot has no marker
// file.
func compareSnapshot(t *testing.T, want string, snapshot fs.FS) {
	t.Helper()
	var got []string
	err := fs.WalkDir(snapshot, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			got = append(got, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	wantFiles := slices.DeleteFunc(listFiles(t, want), func(name string) bool { return name == publish.Marker })
	slices.Sort(wantFiles)
	if !slices.Equal(wantFiles, got) {
		t.Fatalf("the snapshot holds\n%v\nwant\n%v", got, wantFiles)
	}
	for _, name := range got {
		w, _ := os.ReadFile(filepath.Join(want, name))
		g, err := fs.ReadFile(snapshot, name)
		if err != nil || !bytes.Equal(w, g) {
			t.Errorf("snapshot: %s differs (%v):\n%s", name, err, firstDiff(string(w), string(g)))
		}
	}
}

// TestUpdateFindsDuplicatePages gives a post the slug of another, edits
// it again and takes the slug back: each update reports the clash exactly
// while it is there, though only the edited post is validated again.
func TestUpdateFindsDuplicatePages(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS("testdata/sites/programme/content")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c := NewCompiler(root.FS(), Options{Preview: true, Now: goldenNow})
	if compiled, problems := c.Compile(); compiled == nil {
		t.Fatal(problems.Err())
	}
	const post = "content/posts/r2/2026-10-10-wartet.md"
	steps := []struct {
		old, new string
		clash    bool
	}{
		{"title: Wartet auf Freigabe", "title: Wartet auf Freigabe\nslug: kennenlernen", true},
		{"Eingereicht und wartend.", "Eingereicht und immer noch wartend.", true},
		{"slug: kennenlernen\n", "", false},
		{"immer noch wartend", "wartend", false},
	}
	for _, step := range steps {
		replaceIn(t, filepath.Join(site, post), step.old, step.new)
		compiled, problems := c.Update([]string{post})
		clash := slices.ContainsFunc(problems, func(p diag.Problem) bool { return p.Code == "duplicate-page" })
		if clash != step.clash || (compiled == nil) != step.clash {
			t.Errorf("after %q: clash reported %t, compiled %t; want a clash %t (%v)", step.new, clash, compiled != nil, step.clash, problems)
		}
	}
}

// TestUpdateSeesNewThemeFolder checks that creating the folder of the
// theme programme.yaml names clears the "theme not found" error, as a
// full compile would.
func TestUpdateSeesNewThemeFolder(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, filepath.Join(site, "content/programme.yaml"), "title: Tandem-Tagebuch", "title: Tandem-Tagebuch\ntheme: eigen")
	root, _ := os.OpenRoot(site)
	defer root.Close()
	c := NewCompiler(root.FS(), Options{Now: goldenNow})
	if compiled, problems := c.Compile(); compiled != nil || !strings.Contains(problems.Err().Error(), `theme "eigen" not found`) {
		t.Fatalf("without its folder: %v", problems)
	}
	writeFile(t, filepath.Join(site, "themes/eigen/templates/404.html"), "{{define \"main\"}}<h1>Weg</h1>{{end}}\n")
	if compiled, problems := c.Update([]string{"themes/eigen", "themes/eigen/templates/404.html"}); compiled == nil {
		t.Fatalf("with its folder: %v", problems)
	}
}

// TestUpdateSeesStrayPost: a post saved beside content/posts is reported
// on the save that creates it and forgotten on the one that moves it.
func TestUpdateSeesStrayPost(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/sites/programme")); err != nil {
		t.Fatal(err)
	}
	root, _ := os.OpenRoot(site)
	defer root.Close()
	c := NewCompiler(root.FS(), Options{Preview: true, Now: goldenNow})
	if compiled, problems := c.Compile(); compiled == nil {
		t.Fatal(problems.Err())
	}
	stray := func(problems diag.List) bool {
		return slices.ContainsFunc(problems, func(p diag.Problem) bool { return p.Code == "not-a-post" && p.Path == "content/entwurf.md" })
	}
	writeFile(t, filepath.Join(site, "content/entwurf.md"), "---\ntitle: Entwurf\n---\nText\n")
	if _, problems := c.Update([]string{"content/entwurf.md"}); !stray(problems) {
		t.Errorf("the post beside content/posts is not reported: %v", problems)
	}
	if err := os.Remove(filepath.Join(site, "content/entwurf.md")); err != nil {
		t.Fatal(err)
	}
	if _, problems := c.Update([]string{"content/entwurf.md"}); stray(problems) {
		t.Errorf("the removed post is still reported: %v", problems)
	}
}
