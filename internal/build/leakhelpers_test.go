package build

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/changes"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// oldVersion stands for the approved version of a stale post, which
// the preview's diff shows (leakChanges); it must never reach production.
const oldVersion = "zzoldversionzz"

// leakChanges stands in for changes.Finder: each stale post's approved
// version differs in a field, a bundle file and a line, all holding
// oldVersion.
func leakChanges(_ *programme.Programme, stale []*content.Post) map[string]changes.Shown {
	out := map[string]changes.Shown{}
	for _, p := range stale {
		out[p.Path] = changes.Shown{Report: &changes.Report{Path: p.Path, Commit: "0123456789abcdef", OldPath: p.Path, By: "frauke", At: "2024-05-20",
			Diff: changes.Diff{Fields: []changes.Field{{Name: "title", Old: oldVersion + " title", New: p.Title}},
				Files: []changes.File{{Name: oldVersion + ".jpg", Change: changes.Removed}}},
			Lines: []changes.Line{{Number: 9, Spans: []changes.Span{{Op: changes.Deleted, Text: oldVersion}, {Op: changes.Inserted, Text: "new"}}}}}}
	}
	return out
}

// secondApproval adds an approvals list with one approval by by of
// digest (the first approval's when empty).
func secondApproval(text, by, digest string) string {
	m := regexp.MustCompile(`\n  digest: (\S+)`).FindStringSubmatch(text)
	if digest == "" {
		digest = m[1]
	}
	return strings.Replace(text, m[0], m[0]+"\n  approvals:\n    - by: "+by+"\n      at: 2024-05-21T09:00:00Z\n      digest: "+digest, 1)
}

// heldWords are words only the leak site's held-back posts have ("Hidden
// zz…", "Secret body zz…"), as the search index keeps them: folded, and
// the German stems of "secret" and "hidden".
var heldWords = []string{"hidden", "hidd", "secret", "body"}

// checkSearchIndex checks the search index's files (search/*.json) of a
// leak-site build: the preview's hold the marker and every word of each
// held-back post (hiddenPosts), so this check could see them;
// production's hold none of them and none of markers (notes, old
// versions, names), as written, folded (search.Fold) as the index keeps
// words, or stemmed.
func checkSearchIndex(t *testing.T, prod, preview map[string]string, markers []string) {
	t.Helper()
	index := func(files map[string]string) map[string]string {
		out := map[string]string{}
		for name, text := range files {
			if strings.HasPrefix(name, site.SearchRoot) && strings.HasSuffix(name, ".json") {
				out[name] = text
			}
		}
		for _, name := range []string{"meta.json", "facets.json"} {
			if _, ok := out[site.SearchRoot+name]; !ok {
				t.Fatalf("the build wrote no search/%s", name)
			}
		}
		return out
	}
	prodIndex, previewIndex := index(prod), index(preview)
	var words, seen []string
	for _, m := range markers {
		words = append(words, m, search.Fold(m), search.German(search.Fold(m)))
	}
	for _, h := range hiddenPosts {
		seen = append(seen, h.marker, "slug-"+h.marker)
	}
	seen = append(seen, heldWords...)
	for _, w := range seen {
		if !anyContains(previewIndex, w) {
			t.Errorf("the preview's search index lacks %q, so this test could not see it leak", w)
		}
	}
	for _, w := range append(words, seen...) {
		for name, text := range prodIndex {
			if strings.Contains(name, w) || strings.Contains(text, w) {
				t.Errorf("production search index %s contains %q", name, w)
			}
		}
	}
}

// leakImage is the bundle image of the hidden post marker: a real photo
// for the one held back for want of photo consent (its derivatives carry
// the marker in their names), else text.
func leakImage(t *testing.T, marker string) []byte {
	if strings.Contains(marker, "consent") {
		return imagestest.ScreenshotPNG(t, 600, 400)
	}
	return leakPNG(t, marker)
}

// markedGIF is an animated GIF with a comment and XMP, which a held-back
// post's bundle holds: published (in a preview) without them.
func markedGIF(t *testing.T) []byte {
	_, gif := imagestest.AnimatedGIF(t)
	return gif
}

// markedWebP is a WebP with EXIF and XMP, which gets JPEG derivatives.
func markedWebP() []byte {
	_, marked := imagestest.WebP()
	return marked
}

// checkStrippedGIFs checks that the preview shows every held-back post's
// GIF without its metadata, and its WebP's derivative, so the leak test
// would see one in production output by its name.
func checkStrippedGIFs(t *testing.T, preview map[string]string) {
	t.Helper()
	for _, h := range hiddenPosts {
		gif := "posts/slug-" + h.marker + "/anim-" + h.marker + ".gif"
		if m := images.Metadata([]byte(preview[gif])); preview[gif] == "" || len(m) > 0 {
			t.Errorf("the preview's %s: %d bytes, metadata %q; want the GIF without its metadata", gif, len(preview[gif]), m)
		}
		webp := "posts/slug-" + h.marker + "/pic-" + h.marker + "-1w.jpg"
		if m := images.Metadata([]byte(preview[webp])); preview[webp] == "" || len(m) > 0 {
			t.Errorf("the preview's %s: %d bytes, metadata %q; want the WebP's derivative", webp, len(preview[webp]), m)
		}
	}
}

// buildLeakSite compiles and writes the site and returns every output
// file (path -> contents).
func buildLeakSite(t *testing.T, site fs.FS, preview bool) map[string]string {
	t.Helper()
	c, problems := NewCompiler(site, Options{Preview: preview, Now: leakNow, Changes: leakChanges}).Compile()
	if c == nil {
		t.Fatalf("compile: %v", problems.Err())
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := writeSite(dest, site, c); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dest, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
