package approval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

func TestBatch(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/posts/a.md":             reviewtest.Post("title: A", "date: 2024-03-01", "tandem: t01", "status: review"),
		"content/posts/draft.md":         reviewtest.Post("title: D", "date: 2024-03-01", "tandem: t01"),
		"content/posts/broken.md":        reviewtest.Post("title: B", "date: 2024-03-01", "tandem: t01", "authors: [anne]", "status: review"),
		"content/posts/b/index.md":       reviewtest.Post("title: Bundle", "date: 2024-03-01", "round: r1", "status: review"),
		"content/posts/b/bild.jpg":       "JPEG",
		"content/posts/no-front.md":      "Nur Text.\n",
		"content/programme-notes.md":     "x",
		"content/posts/r1/2024-c.md":     reviewtest.Post("title: C", "date: 2024-03-01", "tandem: t01", "status: review"),
		"content/posts/r1/2024-c-dup.md": reviewtest.Post("title: C2", "date: 2024-03-01", "tandem: t01", "slug: 2024-c", "status: review"),
	}
	dir, root := writeSite(t, files)
	prog := reviewtest.Programme(t)
	w := Workflow{Programme: prog}
	names := []string{"content/posts/a.md", "content/posts/draft.md", "content/posts/broken.md", "content/posts/b/index.md",
		"content/posts/no-front.md", "content/programme-notes.md", "content/posts/missing.md", "content/posts/a.md",
		"content/posts/r1/2024-c.md", "content/posts/r1/2024-c-dup.md"}
	out := Batch{Root: root, Programme: prog, Strict: true, Workers: 3}.Run(names, func(p *content.Post, data []byte) (Edit, error) {
		return w.Approve(p, data, "frauke", reviewtest.Day(5), ApproveOptions{})
	})
	want := []struct {
		err     string // "" means approved
		problem string
	}{
		{}, {err: "it is a draft"}, {err: "1 error(s)", problem: `author "anne" is unknown`}, {},
		{err: "cannot be read as a post", problem: "no front matter"}, {err: "it is not a post"}, {err: "cannot read it"},
		{err: "named twice"}, {}, {err: "1 error(s)", problem: "would both write"},
	}
	if len(out) != len(names) {
		t.Fatalf("%d outcomes for %d names", len(out), len(names))
	}
	for i, o := range out {
		w := want[i]
		if o.Path != names[i] {
			t.Errorf("outcome %d is for %s, want %s", i, o.Path, names[i])
		}
		switch {
		case w.err == "" && o.Err != nil:
			t.Errorf("%s: %v %v", o.Path, o.Err, o.Problems)
		case w.err != "" && (o.Err == nil || !strings.Contains(o.Err.Error(), w.err)):
			t.Errorf("%s: error %v, want %q", o.Path, o.Err, w.err)
		case w.problem != "" && (len(o.Problems) == 0 || !strings.Contains(o.Problems.Err().Error(), w.problem)):
			t.Errorf("%s: problems %v, want %q", o.Path, o.Problems, w.problem)
		}
	}
	for _, name := range []string{"content/posts/a.md", "content/posts/b/index.md", "content/posts/r1/2024-c.md"} {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		p := reviewtest.Parse(t, name, string(data))
		if p.Status != "approved" || p.Review.ApprovedBy != "frauke" {
			t.Errorf("%s not approved:\n%s", name, data)
		}
	}
	for _, name := range []string{"content/posts/draft.md", "content/posts/broken.md", "content/posts/r1/2024-c-dup.md"} {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		if string(data) != files[name] {
			t.Errorf("%s changed although refused:\n%s", name, data)
		}
	}
}

func TestBatchRejectsBrokenPostsWhenNotStrict(t *testing.T) {
	t.Parallel()
	name := "content/posts/broken.md"
	dir, root := writeSite(t, map[string]string{name: reviewtest.Post("title: B", "date: 2024-03-01", "tandem: t99", "status: review")})
	prog := reviewtest.Programme(t)
	w := Workflow{Programme: prog}
	out := Batch{Root: root, Programme: prog}.Run([]string{name}, func(p *content.Post, data []byte) (Edit, error) {
		return w.Reject(p, data, "gerd", "Welches Tandem?", reviewtest.Day(5))
	})
	if out[0].Err != nil || len(out[0].Problems) != 1 || !out[0].Edit.Changed {
		t.Fatalf("outcome %+v", out[0])
	}
	data, _ := os.ReadFile(filepath.Join(dir, name))
	if !strings.Contains(string(data), "note: Welches Tandem?") {
		t.Errorf("not rejected:\n%s", data)
	}
}
