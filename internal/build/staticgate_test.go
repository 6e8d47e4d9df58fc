package build

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// staticMarker is in every file of staticAttacks.
const staticMarker = "zzstaticzz"

// staticAttacks are files of content/static/ that try to publish
// unreviewed text where a reviewed page belongs, or as a document a
// browser runs scripts from, with the codes they must be refused with.
// The leak site's published posts have the slugs one to five; its
// held-back posts slug-<marker>.
var staticAttacks = []struct {
	path  string
	codes []string
}{
	{"posts/slug-zzdraftzz/index.html", []string{"static-page-address", "static-html"}},  // a draft's address
	{"posts/slug-zzfuturezz/index.html", []string{"static-page-address", "static-html"}}, // a scheduled post's
	{"posts/one/index.html", []string{"static-page-address", "static-html"}},             // a published post's page
	{"posts/one/photo.txt", []string{"static-page-address"}},                             // beside a post's page
	{"posts/new-slug/index.HTML", []string{"static-page-address", "static-html"}},        // a later post's
	{"Posts/slug-zzdraftzz/index.txt", []string{"static-page-address"}},                  // as IIS reads names
	{"posts./slug-zzdraftzz/index.txt", []string{"static-page-address"}},                 // as Windows reads names
	{"tags/shared/index.html", []string{"static-page-address", "static-html"}},           // a tag page
	{"tags/tag-zzdraftzz/index.txt", []string{"static-page-address"}},                    // a held-back post's tag
	{"rounds/r1/feed.xml", []string{"static-page-address", "static-html"}},               // a round's feed
	{"tandems/t01/index.htm", []string{"static-page-address", "static-html"}},            // a tandem page
	{"authors/zzhiddenauthorzz/index.txt", []string{"static-page-address"}},              // an author page to be
	{"review/index.txt", []string{"static-page-address"}},                                // the dashboard's folder
	{"report/index.txt", []string{"static-page-address"}},                                // the programme report's folder
	{"index.html", []string{"static-page-address", "static-html"}},                       // the home page
	{"404.html", []string{"static-page-address", "static-html"}},                         // the page of every missing address
	{"feed.xml", []string{"static-page-address", "static-html"}},                         // the site feed
	{"sitemap.xml", []string{"static-page-address", "static-html"}},                      // the sitemap
	{"assets/style.css", []string{"static-theme-asset"}},                                 // the theme's stylesheet: content: "…" on every page
	{"Assets./print.css", []string{"static-theme-asset"}},                                // as Windows reads names
	{"assets/extra.js", []string{"static-theme-asset"}},                                  // beside the theme's files
	{"files/evil.svg", []string{"static-html"}},                                          // SVG runs scripts
	{"files/EVIL.XHTML", []string{"static-html"}},                                        // in any case
	{"files/page.html.en", []string{"static-html"}},                                      // Apache reads every extension
	{"files/page.htm.", []string{"static-html"}},                                         // Windows drops the dot
	{"files/style.xsl", []string{"static-html"}},                                         // an XSLT style sheet
}

// TestStaticFilesCannotPassForReviewedPages adds each of staticAttacks,
// holding a script and a marker, to the leak site. A production build
// must refuse it at its path, with the default theme and with the
// hostile one, and an output folder built before must stay as it was: no
// file in it holds the marker or a held-back post's. With the default
// theme, build --preview, check (Outline) and serve (an Update after the
// file appears) must refuse it too.
func TestStaticFilesCannotPassForReviewedPages(t *testing.T) {
	t.Parallel()
	for _, theme := range []string{"default", "hostile"} {
		t.Run(theme, func(t *testing.T) {
			t.Parallel()
			site := leakSite(t)
			if theme != "default" {
				site = withTheme(t, theme, nil)
			}
			dest := filepath.Join(t.TempDir(), "public")
			if _, problems, err := Build(dest, site, Options{Now: leakNow}); err != nil || problems.HasErrors() {
				t.Fatalf("the site without the file does not build: %v %v", err, problems.Err())
			}
			before := readTree(t, dest)
			for _, a := range staticAttacks {
				name := "content/static/" + a.path
				attacked := maps.Clone(site)
				attacked[name] = &fstest.MapFile{Data: []byte("<script>alert('" + staticMarker + "')</script>\n")}
				_, problems, err := Build(dest, attacked, Options{Now: leakNow})
				if err != nil {
					t.Fatal(err)
				}
				refusedAt(t, "build", problems, name, a.codes)
				if theme != "default" {
					continue // the hostile theme's preview pages are huge; the gate is the theme's
				}
				_, problems = NewCompiler(attacked, Options{Now: leakNow, Preview: true}).Compile()
				refusedAt(t, "build --preview", problems, name, a.codes)
				_, problems = NewCompiler(attacked, Options{Now: leakNow}).Outline()
				refusedAt(t, "check", problems, name, a.codes)
				growing := maps.Clone(site)
				c := NewCompiler(growing, Options{Now: leakNow, Preview: true})
				if compiled, _ := c.Compile(); compiled == nil {
					t.Fatal("serve: the site without the file does not compile")
				}
				growing[name] = attacked[name]
				_, problems = c.Update([]string{name})
				refusedAt(t, "serve", problems, name, a.codes)
			}
			after := readTree(t, dest)
			if !maps.Equal(before, after) {
				t.Error("the refused builds changed the output folder")
			}
			for _, m := range append(hostileMarkers(), staticMarker) {
				walkOutput(t, dest, m)
			}
		})
	}
}

// refusedAt fails unless problems hold an error at name with each code,
// and no other error.
func refusedAt(t *testing.T, cmd string, problems diag.List, name string, codes []string) {
	t.Helper()
	var got []string
	for _, p := range problems {
		if p.Severity != diag.Error {
			continue
		}
		if p.Path != name {
			t.Errorf("%s with %s: unexpected error %v", cmd, name, p)
			continue
		}
		got = append(got, p.Code)
	}
	slices.Sort(got)
	want := slices.Sorted(slices.Values(codes))
	if !slices.Equal(got, want) {
		t.Errorf("%s with %s: errors %q at the file, want %q", cmd, name, got, want)
	}
}

// readTree returns every file below dir (path -> contents).
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		out[p] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestStaticHTMLOptIn sets allow_static_html: true: HTML in
// content/static/ is then published as it is, with a warning counting
// the files, but the addresses tandem's pages own stay refused.
func TestStaticHTMLOptIn(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	site["content/programme.yaml"] = &fstest.MapFile{Data: []byte(leakProgramme + "allow_static_html: true\n")}
	site["content/static/files/map.svg"] = &fstest.MapFile{Data: []byte("<svg/>")}
	site["content/static/files/form.html"] = &fstest.MapFile{Data: []byte("<form></form>")}
	c, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
	if c == nil {
		t.Fatalf("the opted-in site does not build: %v", problems.Err())
	}
	want := "content/programme.yaml:" + strconv.Itoa(strings.Count(leakProgramme, "\n")+1) + ":20: warning: static HTML is published unreviewed: 2 files (allow_static_html: true)"
	if got := lines(problems, diag.Warning); !strings.Contains(got, want) {
		t.Errorf("warnings\n%s\nlack %q", got, want)
	}
	site["content/static/posts/slug-zzdraftzz/index.html"] = &fstest.MapFile{Data: []byte("<p>" + staticMarker)}
	_, problems = NewCompiler(site, Options{Now: leakNow}).Compile()
	refusedAt(t, "build", problems, "content/static/posts/slug-zzdraftzz/index.html", []string{"static-page-address"})
}

// TestStaticHEICRefused: a HEIC or TIFF image in content/static/ is an
// error at the file: its EXIF cannot be removed.
func TestStaticHEICRefused(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	site["content/static/img/IMG_0001.heic"] = &fstest.MapFile{Data: []byte("\x00\x00\x00\x18ftypheic Exif\x00\x00MM\x00*")}
	_, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
	refusedAt(t, "build", problems, "content/static/img/IMG_0001.heic", []string{"image-format"})
}

// TestStaticProblemsBesidePostErrors: a site whose posts have an error
// still hears of the errors in content/static/ in the same run, so an
// author fixes everything at once.
func TestStaticProblemsBesidePostErrors(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	site["content/posts/kaputt.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Kaputt\ndate: 2024-13-45\n---\nText\n")}
	site["content/static/files/evil.svg"] = &fstest.MapFile{Data: []byte("<svg/>")}
	site["content/static/img/IMG_0001.heic"] = &fstest.MapFile{Data: []byte("\x00\x00\x00\x18ftypheic")}
	_, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
	got := lines(problems, diag.Error)
	for _, want := range []string{"content/posts/kaputt.md:3:7: \"date\"", "content/static/files/evil.svg: a browser runs scripts", "content/static/img/IMG_0001.heic: tandem publishes no HEIC"} {
		if !strings.Contains(got, want) {
			t.Errorf("errors\n%s\nlack %q", got, want)
		}
	}
}

// TestStaticLeftoversSkipped: what editors and systems leave in
// content/static/ (Thumbs.db, desktop.ini, backups, autosaves) is not
// published, while the file beside them is.
func TestStaticLeftoversSkipped(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	for _, name := range []string{"plan.pdf", "Thumbs.db", "desktop.ini", "plan.pdf~", "#notes.txt#", "plan.pdf.vsctmp"} {
		site["content/static/files/"+name] = &fstest.MapFile{Data: []byte("x")}
	}
	c, problems := NewCompiler(site, Options{Now: leakNow}).Compile()
	if c == nil {
		t.Fatalf("the site does not build: %v", problems.Err())
	}
	var got []string
	for _, cp := range c.Copies() {
		if strings.HasPrefix(cp.Name, "content/static/files/") {
			got = append(got, cp.Name)
		}
	}
	if want := []string{"content/static/files/plan.pdf"}; !slices.Equal(got, want) {
		t.Errorf("copied from content/static/files: %q, want %q", got, want)
	}
}
