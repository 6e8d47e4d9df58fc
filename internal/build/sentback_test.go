package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/publish"
)

// grosserDenken is an approved post of the test site; sentBackMarker is
// in its title and its text and nowhere else in the site.
const (
	grosserDenken  = "content/posts/r1/2024-03-18-grosser-denken.md"
	sentBackMarker = "Reichweite"
)

// TestSentBackLeavesServe is an attacker's test of serve in production:
// an approved post's tandem moved to another round in the tandem file
// only (which makes the approval stale), the post sent back (its approval
// replaced by a request for changes, as tandem review reject writes it),
// then the clock passing a scheduled post's date, and the rounds' end
// while the model is kept, each with a draft's text edited. Each update
// equals a full build of the same files at the same time, on disk and in
// the snapshot serve serves, with the default and the hostile theme; after
// each, the post's marker is in no file of the snapshot, and its old
// address, a case variant of it, its folder and a path through ".." open
// nothing.
func TestSentBackLeavesServe(t *testing.T) {
	for _, theme := range []string{"default", "hostile"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			sentBackLeavesServe(t, theme)
		})
	}
}

func sentBackLeavesServe(t *testing.T, theme string) {
	site := programmeSite(t, theme)
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	now := goldenNow
	c := NewCompiler(root.FS(), Options{Now: goldenNow, Clock: func() time.Time { return now }})
	prev, problems := c.Compile()
	if prev == nil {
		t.Fatal(problems.Err())
	}
	if n := filesWith(t, prev.FS(root.FS()), sentBackMarker); len(n) == 0 {
		t.Fatalf("the approved post's marker %q is in no file: the test tests nothing", sentBackMarker)
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := writeSite(dest, root.FS(), prev); err != nil {
		t.Fatal(err)
	}
	for _, e := range []edit{
		{"the post's tandem moves to another round in its tandem file only (the resolved round changes: the approval is stale)", func(t *testing.T, s string) {
			replaceIn(t, filepath.Join(s, "content/tandems/t01.yaml"), "round: r1", "round: r2")
		}, []string{"content/tandems/t01.yaml"}},
		{"sent back as tandem review reject writes it (the approval replaced by the request)", func(t *testing.T, s string) {
			name := filepath.Join(s, grosserDenken)
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var kept []string
			for _, line := range strings.Split(string(data), "\n") {
				if !strings.HasPrefix(line, "  approved_") && !strings.HasPrefix(line, "  digest:") {
					kept = append(kept, line)
				}
			}
			writeFile(t, name, strings.Join(kept, "\n"))
			replaceIn(t, name, "status: approved\nreview:\n", "status: draft\nreview:\n  changes_requested:\n    by: frauke\n    at: 2024-03-19T08:00:00Z\n    note: Bitte ohne Zahlen.\n")
		}, []string{grosserDenken}},
		{"the clock passes a scheduled date while a draft's text is edited", func(t *testing.T, s string) {
			now = time.Date(2026, 12, 24, 12, 0, 0, 0, time.UTC)
			replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-01-entwurf.md"), "darf nicht", "darf noch immer nicht")
		}, []string{"content/posts/r2/2026-10-01-entwurf.md"}},
		{"the clock passes the end of the rounds while a draft's text is edited (no verdict changes: the model is kept)", func(t *testing.T, s string) {
			now = time.Date(2027, 9, 1, 12, 0, 0, 0, time.UTC)
			replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-01-entwurf.md"), "noch immer", "weiterhin")
		}, []string{"content/posts/r2/2026-10-01-entwurf.md"}},
	} {
		e.apply(t, site)
		next, problems := c.Update(e.paths)
		if next == nil {
			t.Fatalf("%s: %v", e.name, problems.Err())
		}
		if _, err := publish.Patch(dest, root.FS(), Changes(prev, next, e.paths)); err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		full := buildSite(t, site, Options{Now: now})
		snapshot := next.FS(root.FS())
		t.Run(e.name, func(t *testing.T) {
			compareTrees(t, full, dest)
			compareSnapshot(t, full, snapshot)
			if leaked := filesWith(t, snapshot, sentBackMarker); len(leaked) > 0 {
				t.Errorf("the sent-back post's marker is served in %v", leaked)
			}
			for _, name := range []string{"posts/grosser-denken/index.html", "posts/Grosser-Denken/index.html",
				"posts/grosser-denken", "posts/grosser-denken/../grosser-denken/index.html", "posts/grosser-denken/index.htm"} {
				if f, err := snapshot.Open(name); err == nil {
					f.Close()
					t.Errorf("the snapshot opens %s", name)
				}
			}
		})
		prev = next
	}
	if !hasOutput(prev, "posts/zukunft/index.html") {
		t.Error("the scheduled post is not published after its date: the clock's edits test nothing")
	}
}

// filesWith returns the files of fsys that contain marker.
func filesWith(t *testing.T, fsys fs.FS, marker string) []string {
	t.Helper()
	var found []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if bytes.Contains(data, []byte(marker)) {
			found = append(found, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// programmeSite copies the test programme into a fresh folder, with the
// site theme when theme is not the default.
func programmeSite(t *testing.T, theme string) string {
	t.Helper()
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS("testdata/sites/programme/content")); err != nil {
		t.Fatal(err)
	}
	if theme != "default" {
		if err := os.CopyFS(filepath.Join(site, "themes", theme), os.DirFS("testdata/themes/"+theme)); err != nil {
			t.Fatal(err)
		}
		replaceIn(t, filepath.Join(site, "content/programme.yaml"), "title: Tandem-Tagebuch", "theme: "+theme+"\ntitle: Tandem-Tagebuch")
	}
	return site
}
