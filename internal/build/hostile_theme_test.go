package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/folder"
)

// hostileMarkers are the strings of the leak site's unpublished posts.
// (The hidden author's name is left out: it is in programme.yaml, which
// a theme may show.)
func hostileMarkers() []string {
	markers := []string{leakNote, oldVersion}
	for _, h := range hiddenPosts {
		markers = append(markers, h.marker)
	}
	return markers
}

// withTheme returns the leak site using the site theme name, with the
// files of testdata/themes/hostile and extra (path below the theme
// folder -> text).
func withTheme(t *testing.T, name string, extra map[string]string) fstest.MapFS {
	t.Helper()
	site := leakSite(t)
	site["content/programme.yaml"] = &fstest.MapFile{Data: []byte("theme: " + name + "\n" + leakProgramme)}
	hostile := os.DirFS("testdata/themes/hostile")
	err := fs.WalkDir(hostile, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(hostile, p)
		site["themes/"+name+"/"+p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for p, text := range extra {
		site["themes/"+name+"/"+p] = &fstest.MapFile{Data: []byte(text)}
	}
	return site
}

// onDisk writes site into a new folder, makes the symbolic links (path ->
// target) and opens the folder as the commands do.
func onDisk(t *testing.T, site fstest.MapFS, links map[string]string) fs.FS {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	if err := os.CopyFS(dir, site); err != nil {
		t.Fatal(err)
	}
	for link, target := range links {
		full := filepath.Join(dir, filepath.FromSlash(link))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(filepath.FromSlash(target), full); err != nil {
			t.Fatal(err)
		}
	}
	root, err := folder.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return root.FS()
}

// TestHostileThemeFindsNothingUnpublished builds the leak site with a
// site theme whose every template prints everything it can reach from
// its data: the site and all its lists, every field of every post (the
// body, the path and the review block included) and every post linked
// from them. The production output must hold no marker of an
// unpublished post; the preview, which shows them all, proves the theme
// reaches them.
func TestHostileThemeFindsNothingUnpublished(t *testing.T) {
	t.Parallel()
	site := onDisk(t, withTheme(t, "hostile", nil), nil)
	prod := buildLeakSite(t, site, false)
	preview := buildLeakSite(t, site, true)
	if !strings.Contains(prod["index.html"], `<div class="s">`) {
		t.Fatal("the hostile theme was not used")
	}
	for _, m := range hostileMarkers() {
		if !anyContains(preview, m) {
			t.Errorf("the preview does not show %q anywhere, so this test could not see it leak", m)
		}
		for name, text := range prod {
			if strings.Contains(name, m) || strings.Contains(text, m) {
				t.Errorf("production output %s contains %q", name, m)
			}
		}
	}
	checkSearchIndex(t, prod, preview, hostileMarkers())
	checkStaticPhoto(t, prod, preview)
}

// TestThemeCannotReachHeldBackPosts is the attack of issue 15: a site
// theme ranging over .Site.Hidden published the held-back posts, bodies
// included. The production model holds no held-back post: the build
// fails naming the field, and writes nothing.
func TestThemeCannotReachHeldBackPosts(t *testing.T) {
	t.Parallel()
	site := withTheme(t, "spy", map[string]string{
		"templates/home.html": `{{define "main"}}{{range .Site.Hidden}}{{.Title}} {{printf "%s" .Body}} {{.Slug}}{{end}}{{end}}`,
	})
	c, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
	if c != nil {
		for _, o := range c.Result.Outputs {
			for _, m := range hostileMarkers() {
				if strings.Contains(string(o.Data), m) {
					t.Errorf("%s contains %q", o.Path, m)
				}
			}
		}
		return
	}
	if err := problems.Err(); err == nil || !strings.Contains(err.Error(), "themes/spy/templates/home.html:1:") ||
		!strings.Contains(err.Error(), "a production build has no held-back posts") {
		t.Errorf("the build failed without saying where and why: %v", err)
	}
}

// TestThemeSymlinksAreRefused links theme files to a draft inside the
// site: a partial template and a static file. Theme loading must refuse
// the link, at its path, rather than publish what it points to.
func TestThemeSymlinksAreRefused(t *testing.T) {
	t.Parallel()
	draft := "content/posts/2024-05-01-bundle-zzdraftzz/"
	tests := []struct {
		name, link, target string
		extra              map[string]string
	}{
		{"partial template", "themes/linked/templates/partials/leak.html", "../../../../" + draft + "index.md",
			map[string]string{"templates/base.html": `<!DOCTYPE html><html><body>{{template "leak.html" .}}{{template "main" .}}</body></html>`}},
		{"static file", "themes/linked/static/leak.png", "../../../" + draft + "img-zzdraftzz.png", nil},
		{"theme folder", "themes/linked/templates", "../../" + draft, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mapped := withTheme(t, "linked", tt.extra)
			if tt.name == "theme folder" {
				for p := range mapped {
					if strings.HasPrefix(p, "themes/linked/templates/") {
						delete(mapped, p)
					}
				}
			}
			site := onDisk(t, mapped, map[string]string{tt.link: tt.target})
			c, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
			if c != nil {
				dest := filepath.Join(t.TempDir(), "public")
				if _, err := writeSite(dest, site, c); err != nil {
					t.Fatal(err)
				}
				t.Errorf("the build followed the link %s", tt.link)
				return
			}
			var found bool
			for _, p := range problems {
				if p.Pos.Path == tt.link && p.Code == "symlink" {
					found = true
				}
			}
			if !found {
				t.Errorf("no symlink error at %s: %v", tt.link, problems.Err())
			}
		})
	}
}
