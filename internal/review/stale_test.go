package review

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

const bundle = "content/posts/r1/2024-03-01-start"

// bundleSite is a bundle post in review with one image.
func bundleSite() fstest.MapFS {
	return fstest.MapFS{
		bundle + "/index.md": {Data: []byte("---\n" +
			"title: Start\n" +
			"date: 2024-03-01\n" +
			"tandem: t01\n" +
			"authors: [anna]\n" +
			"tags: [Führung, Snapchat]\n" +
			"summary: Wie alles begann.\n" +
			"slug: start\n" +
			"# ein Kommentar\n" +
			"status: review\n" +
			"review:\n" +
			"  submitted_at: 2024-03-01T08:00:00Z\n" +
			"---\n" +
			"Erster Absatz.\n\n![Bild](bild.jpg)\n")},
		bundle + "/bild.jpg": {Data: []byte("JPEG one")},
	}
}

// approveBundle approves the bundle post (frauke, on day 5) and returns
// the site with the approved index.md.
func approveBundle(t *testing.T) fstest.MapFS {
	t.Helper()
	site := bundleSite()
	name := bundle + "/index.md"
	data := site[name].Data
	p, problems := content.ParsePost(site, name, data)
	if problems.HasErrors() || len(p.Files) != 1 {
		t.Fatalf("bundle: %v, files %v", problems.Err(), p.Files)
	}
	// As tandem review approve writes it (internal/approval), but by hand:
	// the gate's tests do not depend on the editing commands.
	submitted := "status: review\nreview:\n  submitted_at: 2024-03-01T08:00:00Z\n"
	approved := "status: approved\nreview:\n  submitted_at: 2024-03-01T08:00:00Z\n" +
		"  approved_by: frauke\n  approved_at: " + reviewtest.Day(5).Format(time.RFC3339) + "\n  digest: " + Digest(p) + "\n"
	if !strings.Contains(string(data), submitted) {
		t.Fatal("the bundle post lacks its review block")
	}
	site[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(data), submitted, approved, 1))}
	return site
}

func TestStaleness(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	index := bundle + "/index.md"
	edit := func(old, new string) func(fstest.MapFS) {
		return func(site fstest.MapFS) {
			text := string(site[index].Data)
			if !strings.Contains(text, old) {
				panic("test text lacks " + old)
			}
			site[index] = &fstest.MapFile{Data: []byte(strings.Replace(text, old, new, 1))}
		}
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   State
	}{
		{"title", edit("title: Start", "title: Start!"), Stale},
		{"date", edit("date: 2024-03-01", "date: 2024-03-02"), Stale},
		{"slug", edit("slug: start", "slug: beginn"), Stale},
		{"summary", edit("summary: Wie alles begann.", "summary: Wie alles anfing."), Stale},
		{"tags", edit("tags: [Führung, Snapchat]", "tags: [Führung]"), Stale},
		{"tag order", edit("tags: [Führung, Snapchat]", "tags: [Snapchat, Führung]"), Stale},
		{"authors", edit("authors: [anna]", "authors: [anna, ben]"), Stale},
		{"body", edit("Erster Absatz.", "Erster  Absatz."), Stale},
		{"body trailing line", edit("(bild.jpg)\n", "(bild.jpg)\n\n"), Stale},
		{"bundle image swapped", func(s fstest.MapFS) { s[bundle+"/bild.jpg"] = &fstest.MapFile{Data: []byte("JPEG two")} }, Stale},
		{"bundle image renamed", func(s fstest.MapFS) { s[bundle+"/foto.jpg"] = s[bundle+"/bild.jpg"]; delete(s, bundle+"/bild.jpg") }, Stale},
		{"bundle image added", func(s fstest.MapFS) { s[bundle+"/extra.png"] = &fstest.MapFile{Data: []byte("PNG")} }, Stale},
		{"digest forged", edit("digest: sha256:", "digest: sha256:0"), Stale},
		{"nothing", func(fstest.MapFS) {}, Published},
		{"a comment added", edit("# ein Kommentar\n", "# ein Kommentar\n# noch einer\n"), Published},
		{"a comment removed", edit("# ein Kommentar\n", ""), Published},
		{"status quoted", edit("status: approved", "status: \"approved\" # ok"), Published},
		{"review times changed", edit("submitted_at: 2024-03-01T08:00:00Z", "submitted_at: 2024-02-01T08:00:00Z"), Published},
		{"review comment", edit("review:\n", "review: # von tandem\n"), Published},
		{"hidden file in bundle", func(s fstest.MapFS) { s[bundle+"/.DS_Store"] = &fstest.MapFile{Data: []byte("x")} }, Published},
		{"CRLF line endings", func(s fstest.MapFS) {
			s[index] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(string(s[index].Data), "\n", "\r\n"))}
		}, Published},
		{"status back to review", edit("status: approved", "status: review"), Waiting},
		{"approver not a reviewer", edit("approved_by: frauke", "approved_by: anna"), Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := approveBundle(t)
			tt.change(site)
			p, problems := content.ParsePost(site, index, site[index].Data)
			if problems.HasErrors() {
				t.Fatal(problems.Err())
			}
			v := Gate{Programme: prog, Now: reviewtest.Day(6)}.Judge(p)
			if v.State != tt.want {
				t.Errorf("after changing the %s: %s (%s), want %s", tt.name, v.State, v.Reason, tt.want)
			}
			if tt.want == Stale && !strings.Contains(v.Reason, "approval by frauke on 2024-03-05 is stale") {
				t.Errorf("reason %q", v.Reason)
			}
		})
	}
}
