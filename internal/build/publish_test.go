package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/programme"
)

// TestUnpublishedPostsLeaveNoTrace adds a post in every state that must
// not be published (draft, waiting for review, sent back, approved but
// edited since, approved by a non-reviewer, approved but scheduled) to a
// generated site. Each carries secrets in its title, summary, tag, body,
// bundle file and under a slug, tag and author of its own. A production
// build must show none of them anywhere: not in a page, feed, sitemap,
// tag or author page, nor as a copied file.
func TestUnpublishedPostsLeaveNoTrace(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	generateSite(t, dir, 30, "x")
	prog := filepath.Join(dir, "content/programme.yaml")
	data, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	// A person who writes only unpublished posts: no author page for them.
	data = bytes.Replace(data, []byte("people:\n"), []byte("people:\n  geheim: {name: Geheim-Person, role: mentor}\n"), 1)
	if err := os.WriteFile(prog, data, 0o644); err != nil {
		t.Fatal(err)
	}
	states := map[string]string{
		"draft":     "",
		"review":    "status: review\nreview:\n  submitted_at: 2024-03-01T09:00:00Z\n",
		"sent-back": "review:\n  changes_requested:\n    by: rev\n    at: 2024-03-02T09:00:00Z\n    note: GEHEIM-sent-back-note\n",
		"stale":     "", // approved below, then edited
		"invalid":   "status: approved\nreview:\n  approved_by: p1\n  approved_at: 2024-03-03T09:00:00Z\n  digest: sha256:" + strings.Repeat("a", 64) + "\n",
		"scheduled": "", // approved below, dated after goldenNow
	}
	tandem, err := os.ReadFile(filepath.Join(dir, "content/tandems/t00.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	siteFiles := map[string]string{programme.File: string(data), "content/tandems/t00.yaml": string(tandem)}
	files := map[string]string{}
	for state, extra := range states {
		name := "content/posts/geheim/GEHEIM-" + state
		date := "2024-03-05"
		if state == "scheduled" {
			date = "2027-01-01"
		}
		front := "title: GEHEIM-" + state + "-title\ndate: " + date + "\ntandem: t00\nauthors: [geheim]\ntags: [GEHEIM-" + state + "-tag]\nsummary: GEHEIM-" + state + "-summary\n"
		body := "GEHEIM-" + state + "-body\n\n![Bild](bild.png)\n"
		bundle := map[string]string{name + "/GEHEIM-" + state + ".png": "GEHEIM-" + state + "-file", name + "/bild.png": "GEHEIM-" + state + "-image"}
		post := "---\n" + front + extra + "---\n" + body
		switch state {
		case "stale":
			post = strings.Replace(approvedFile(t, siteFiles, name+"/index.md", front, body, bundle), "-body", "-body edited", 1)
		case "scheduled":
			post = approvedFile(t, siteFiles, name+"/index.md", front, body, bundle)
		}
		files[name+"/index.md"] = post
		for k, v := range bundle {
			files[k] = v
		}
	}
	writeFiles(t, dir, files)
	c, problems := compileDir(t, dir, Options{Now: goldenNow})
	if c == nil {
		t.Fatal(problems.Err())
	}
	if len(c.Held) != len(states)+10 { // the generator holds back 10 of 30
		t.Errorf("%d posts held back, want %d", len(c.Held), len(states)+10)
	}
	out := buildSite(t, dir, Options{Now: goldenNow})
	for _, name := range listFiles(t, out) {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, secret := range []string{"GEHEIM", "geheim"} {
			if strings.Contains(name, secret) {
				t.Errorf("published file %s belongs to an unpublished post", name)
			}
			if i := bytes.Index(data, []byte(secret)); i >= 0 {
				t.Errorf("%s leaks an unpublished post: …%s…", name, data[max(0, i-30):min(len(data), i+40)])
			}
		}
	}
}
