package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/images/imagestest"
)

const (
	p1        = "content/posts/r1/2024-01-15-kennenlernen.md"
	tafelbild = "content/posts/r1/2024-02-20-tafelbild/index.md" // links to p1
	// staticHalle is a photo of content/static/ that p1 shows.
	staticHalle = "content/static/bilder/halle.png"
)

var edits = []edit{
	{"body of a published post (approval goes stale), and the link to it from another (also stale)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, p1), "Erwartungen", "Wünsche")
		replaceIn(t, filepath.Join(s, tafelbild), "[das erste Treffen](../kennenlernen/)", "das erste Treffen")
	}, []string{p1, tafelbild}},
	{"status back to draft (unapproved)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r1/2024-03-18-grosser-denken.md"), "status: approved", "status: draft")
	}, []string{"content/posts/r1/2024-03-18-grosser-denken.md"}},
	{"approved again (the approval still covers the text)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r1/2024-03-18-grosser-denken.md"), "status: draft", "status: approved")
	}, []string{"content/posts/r1/2024-03-18-grosser-denken.md"}},
	{"photos' sizes and cards' sizes change, while a bundle photo is shown (images.sizes, images.card_sizes)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "title: Tandem-Tagebuch", "images:\n  sizes: 50vw\n  card_sizes: \"(min-width: 30rem) 33vw, 100vw\"\ntitle: Tandem-Tagebuch")
	}, []string{"content/programme.yaml"}},
	{"summary of a post in review", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-10-wartet.md"), "title: Wartet auf Freigabe", "title: Wartet auf Freigabe\nsummary: Eine neue Zusammenfassung.")
	}, []string{"content/posts/r2/2026-10-10-wartet.md"}},
	{"summary edited again", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-10-wartet.md"), "Eine neue Zusammenfassung.", "Eine andere Zusammenfassung.")
	}, []string{"content/posts/r2/2026-10-10-wartet.md"}},
	{"title of a post in review", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-10-wartet.md"), "title: Wartet auf Freigabe", "title: Wartet noch")
	}, []string{"content/posts/r2/2026-10-10-wartet.md"}},
	{"tags of a post in review", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r2/2026-10-10-wartet.md"), "title: Wartet noch", "title: Wartet noch\ntags: [Geduld, KI]")
	}, []string{"content/posts/r2/2026-10-10-wartet.md"}},
	{"new draft post", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, "content/posts/r1/2024-04-01-neu.md"), "---\ntitle: Neu\ndate: 2024-04-01\ntandem: t01\ntags: [Neu]\n---\nText\n")
	}, []string{"content/posts/r1/2024-04-01-neu.md"}},
	{"a post is deleted", func(t *testing.T, s string) {
		os.Remove(filepath.Join(s, "content/posts/r2/2026-09-05-start.md"))
	}, []string{"content/posts/r2/2026-09-05-start.md"}},
	{"bundle image replaced (approval goes stale)", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, "content/posts/r1/2024-02-20-tafelbild/tafel.png"), "another picture\n")
	}, []string{"content/posts/r1/2024-02-20-tafelbild/tafel.png"}},
	{"tandem file changes its goals", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/tandems/t01.yaml"), "Kurzvideos verstehen", "Kurzvideos drehen")
	}, []string{"content/tandems/t01.yaml"}},
	{"a goal is reached (the round's report changes)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/tandems/t01.yaml"), "status: in_progress", "status: reached")
	}, []string{"content/tandems/t01.yaml"}},
	{"the round's survey changes", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "satisfaction: 4.3", "satisfaction: 4.6")
	}, []string{"content/programme.yaml"}},
	{"tandem gets another mentee (the diary's links change)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/tandems/t02.yaml"), "mentee: dan", "mentee: cleo")
	}, []string{"content/tandems/t02.yaml"}},
	{"person renamed in programme.yaml", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "Bo Azubi", "Bo Auszubildender")
	}, []string{"content/programme.yaml"}},
	{"post moves to a tandem of another round", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r1/2024-03-18-grosser-denken.md"), "tandem: t01", "tandem: t02")
	}, []string{"content/posts/r1/2024-03-18-grosser-denken.md"}},
	{"post date changes its place in the diary (neighbours change)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, p1), "date: 2024-01-15", "date: 2024-05-01")
	}, []string{p1}},
	{"newer post spells a tag differently (the tag's name changes)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/posts/r1/2024-06-30-rueckblick.md"), "tags: [Rückblick]", "tags: [social media]")
	}, []string{"content/posts/r1/2024-06-30-rueckblick.md"}},
	{"first post of a person (a new author page)", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, "content/posts/r2/2026-10-20-dan.md"), "---\ntitle: Dan schreibt\ndate: 2026-10-20\ntandem: t02\nauthors: [dan]\nstatus: review\n---\nHallo.\n")
	}, []string{"content/posts/r2/2026-10-20-dan.md"}},
	{"tandem file added", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, "content/tandems/t03.yaml"), "round: r2\nmentors: [ada]\nmentee: dan\ngoals: [Podcasts]\n")
	}, []string{"content/tandems/t03.yaml"}},
	{"tandem file removed", func(t *testing.T, s string) {
		os.Remove(filepath.Join(s, "content/tandems/t03.yaml"))
	}, []string{"content/tandems/t03.yaml"}},
	{"reviewer replaced (every approval stops counting)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "reviewers: [frauke]", "reviewers: [eva]")
	}, []string{"content/programme.yaml"}},
	{"reviewer back (approvals count again)", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "reviewers: [eva]", "reviewers: [eva, frauke]")
	}, []string{"content/programme.yaml"}},
	{"programme title changes", func(t *testing.T, s string) {
		replaceIn(t, filepath.Join(s, "content/programme.yaml"), "title: Tandem-Tagebuch", "title: Tandem-Tagebücher")
	}, []string{"content/programme.yaml"}},
	{"static file added", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, "content/static/extra.txt"), "extra\n")
	}, []string{"content/static/extra.txt"}},
	{"static photo added, and a post shows it from the site root (derivatives beside it, srcset)", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, staticHalle), string(imagestest.ScreenshotPNG(t, 1200, 800)))
		replaceIn(t, filepath.Join(s, p1), "- Handy auf den Tisch", "![Die Halle](/mentoring/bilder/halle.png)\n\n- Handy auf den Tisch")
	}, []string{staticHalle, p1}},
	{"static photo replaced by a narrower one (other derivatives, the srcset changes)", func(t *testing.T, s string) {
		writeFile(t, filepath.Join(s, staticHalle), string(imagestest.ScreenshotPNG(t, 300, 200)))
	}, []string{staticHalle}},
	{"static photo removed (the post shows a plain image)", func(t *testing.T, s string) {
		if err := os.Remove(filepath.Join(s, staticHalle)); err != nil {
			t.Fatal(err)
		}
	}, []string{staticHalle}},
	{"post folder renamed", func(t *testing.T, s string) {
		if err := os.Rename(filepath.Join(s, "content/posts/r2"), filepath.Join(s, "content/posts/runde-2")); err != nil {
			t.Fatal(err)
		}
	}, []string{"content/posts/r2", "content/posts/runde-2"}},
}
