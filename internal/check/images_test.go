package check

import (
	"context"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// TestInPostsForServe: the dev server's check of the saved posts reports
// an image or a link that leads to no file, and an image without alt
// text or with a file name as alt text, as warnings where they were
// written, with the fix, in English and in German; an image that exists
// with alt text, here or in a bundle, is left alone.
func TestInPostsForServe(t *testing.T) {
	t.Parallel()
	fsys := newSite(map[string]string{
		"content/posts/r1/a.md":       post("A", "2024-02-01", "Text.\n\n![Foto](treffen.jpg)\n\n[Link](../nirgends/)\n"),
		"content/posts/r1/b/index.md": post("B", "2024-02-02", "![Foto](foto.jpg) und ![Foto 2](foto2.jpg)\n"),
		"content/posts/r1/b/foto.jpg": "jpg",
		"content/static/img/logo.png": "png",
		"content/posts/r1/c.md":       post("C", "2024-02-03", "![Logo](/mentoring/img/logo.png) ![](/mentoring/img/logo.png) ![IMG_1234.jpg](/mentoring/img/logo.png)\n"),
	})
	c, probs := build.NewCompiler(fsys, build.Options{Preview: true, Now: testNow}).Compile()
	if c == nil {
		t.Fatalf("the test site does not compile:\n%v", diag.ListError(probs))
	}
	got := InPosts(context.Background(), c, c.Site.Posts)
	en := lines(got)
	want := `content/posts/r1/a.md:9:9: warning: image "treffen.jpg" is missing: the site has no file /mentoring/posts/a/treffen.jpg
	hint: turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root
content/posts/r1/a.md:11:8: warning: link "../nirgends/" leads to /mentoring/posts/nirgends/, which is not a page or file of the site
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/posts/r1/b/index.md:7:33: warning: image "foto2.jpg" is missing: the site has no file /mentoring/posts/b/foto2.jpg
	hint: did you mean "foto.jpg"?
content/posts/r1/c.md:7:38: warning: the image has no alt text, so a screen reader says nothing about it
	hint: say in the brackets what the picture shows: ![Die Tafel nach dem Treffen](/mentoring/img/logo.png)
content/posts/r1/c.md:7:79: warning: the image's alt text is a file name, "IMG_1234.jpg"
	hint: say in the brackets what the picture shows instead of its file name
`
	if en != want {
		t.Errorf("English:\n%s\nwant\n%s", en, want)
	}
	for _, p := range got {
		if p.Severity != diag.Warning {
			t.Errorf("%v is not a warning: serve still shows the page", p)
		}
	}
	var de strings.Builder
	if err := diag.WriteText(&de, got, messages.New().Printer("de")); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`Warnung: Das Bild "foto2.jpg" fehlt: Die Website hat keine Datei /mentoring/posts/b/foto2.jpg`, `Hinweis: Meintest du "foto.jpg"?`, "content/posts/r1/a.md:9:9", "content/posts/r1/a.md:11:8: Warnung: ", "content/posts/r1/c.md:7:38: Warnung: "} {
		if !strings.Contains(de.String(), w) {
			t.Errorf("German lacks %q:\n%s", w, de.String())
		}
	}
}

// BenchmarkInPosts is what serve's check of the posts adds to every rebuild of a
// generated site of 10,000 posts (which has no missing image).
func BenchmarkInPosts(b *testing.B) {
	s, err := synthetic.Plan(synthetic.Options{Posts: 10000, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	files := synthetic.Files{}
	if err := s.WriteTandem(files); err != nil {
		b.Fatal(err)
	}
	c, problems := build.NewCompiler(files.FS(), build.Options{Now: benchNow}).Compile()
	if c == nil {
		b.Fatalf("the synthetic site does not compile:\n%v", diag.ListError(problems))
	}
	for b.Loop() {
		if l := InPosts(context.Background(), c, c.Site.Posts); len(l) > 0 {
			b.Fatalf("%d findings, e.g. %v", len(l), l[0])
		}
	}
}

// TestInPostsTakesWordFilesAsServed: the dev server's check takes every
// file of the search index's vocabulary and postings as served, as
// tandem check's outline does, so the words of one post decide no
// finding in another; the index's other files are looked up as they
// are. WordFile names exactly those folders' files.
func TestInPostsTakesWordFilesAsServed(t *testing.T) {
	t.Parallel()
	fsys := newSite(map[string]string{
		"content/posts/r1/a.md": post("A", "2024-02-01", "[W](/mentoring/search/w/ffff.json) [P](/mentoring/search/p/999.json) [M](/mentoring/search/meta.json) [D](/mentoring/search/d/99.json)\n"),
	})
	c, probs := build.NewCompiler(fsys, build.Options{Preview: true, Now: testNow}).Compile()
	if c == nil {
		t.Fatalf("the test site does not compile:\n%v", diag.ListError(probs))
	}
	got := lines(InPosts(context.Background(), c, c.Site.Posts))
	if !strings.Contains(got, "search/d/99.json") || strings.Count(got, "warning:") != 1 {
		t.Errorf("InPosts:\n%s\nwant only the link to search/d/99.json reported", got)
	}
	for path, want := range map[string]bool{"search/w/6162.json": true, "search/p/3.json": true, "search/meta.json": false,
		"search/d/0.json": false, "search/w/x/y.json": false, "posts/w/a.json": false, "search/index.html": false} {
		if WordFile(path) != want {
			t.Errorf("WordFile(%q) = %v, want %v", path, !want, want)
		}
	}
}
