package build

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestUpdateChecksLikeCompile edits the programme and posts so that
// posts become valid, invalid or stale and back, and after each edit
// compares Update's problems, posts, rounds and verdicts with those of a
// full Compile: a programme edit checks and judges every post again
// (their rounds come from their tandems), and a reloaded post's problems
// replace its old ones.
func TestUpdateChecksLikeCompile(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS("testdata/sites/programme/content")); err != nil {
		t.Fatal(err)
	}
	root, err := os.OpenRoot(site)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	opts := Options{Preview: true, Now: goldenNow}
	c := NewCompiler(root.FS(), opts)
	if compiled, problems := c.Compile(); compiled == nil {
		t.Fatal(problems.Err())
	}
	const (
		t01  = "content/tandems/t01.yaml"
		prog = "content/programme.yaml"
		post = "content/posts/r1/2024-03-18-grosser-denken.md"
	)
	steps := []struct {
		name, file, old, new string
		want                 string // in the problems; "" for none
	}{
		{"t01 moves to round r2 (its diary's approvals go stale)", t01, "round: r1", "round: r2", "approval-stale"},
		{"t01 back in round r1 (the approvals count again)", t01, "round: r2", "round: r1", ""},
		{"an author leaves the programme", prog, "  ada: {name: Ada Lehrling, role: mentor, department: IT}\n", "", `author "ada" is unknown`},
		{"the author is back", prog, "people:\n", "people:\n  ada: {name: Ada Lehrling, role: mentor, department: IT}\n", ""},
		{"a post names an unknown author", post, "authors: [bo]", "authors: [bob]", `author "bob" is unknown`},
		{"the post names another unknown author", post, "authors: [bob]", "authors: [boo]", `author "boo" is unknown`},
		{"the post is fixed", post, "authors: [boo]", "authors: [bo]", ""},
	}
	for _, step := range steps {
		replaceIn(t, filepath.Join(site, step.file), step.old, step.new)
		got := summary(c.Update([]string{step.file}))
		want := summary(NewCompiler(root.FS(), opts).Compile())
		if got != want {
			t.Errorf("%s: Update gives\n%s\nCompile gives\n%s", step.name, got, want)
		}
		// The site's one standing warning: a post shows that raw HTML is left out.
		rest := strings.ReplaceAll(got, "problem raw-html", "")
		if found := strings.Contains(got, step.want); step.want != "" && !found || step.want == "" && strings.Contains(rest, "problem") {
			t.Errorf("%s: want %q among the problems:\n%s", step.name, step.want, got)
		}
	}
}

// summary writes down a compile's problems and, for every post of the
// model and every post held back, its round and verdict.
func summary(c *Compiled, problems diag.List) string {
	var b strings.Builder
	for _, p := range problems {
		fmt.Fprintf(&b, "problem %s %s\n", p.Code, p.Error())
	}
	if c == nil {
		return b.String() + "nothing compiled\n"
	}
	for _, p := range c.Site.Posts {
		fmt.Fprintf(&b, "post %s round %s: %+v\n", p.Path, p.Post.Round.Key, p.Verdict)
	}
	for _, h := range c.Held {
		fmt.Fprintf(&b, "held %s round %s: %+v\n", h.Post.Path, h.Post.Round.Key, h.Verdict)
	}
	return b.String()
}

// TestUnitOrder adds, replaces and drops units, bundles among them, and
// checks after each step that the units are those named and in the order
// of their posts' paths, as a full load orders them.
func TestUnitOrder(t *testing.T) {
	var s state
	s.setUnits([]*content.Post{{Path: "content/posts/a/index.md", Bundle: "content/posts/a"}, {Path: "content/posts/b.md"}}) // as content.Load sorts them
	steps := []struct{ set, drop string }{
		{set: "content/posts/a.md"}, {set: "content/posts/c"}, {set: "content/posts/b.md"},
		{drop: "content/posts/a"}, {set: "content/posts/a-b.md"}, {drop: "content/posts/b.md"},
		{drop: "content/posts/x.md"}, {set: "content/posts/a"}, {drop: "content/posts/c"},
	}
	for i, step := range steps {
		if step.set != "" {
			post := &content.Post{Path: step.set}
			if !strings.HasSuffix(step.set, ".md") {
				post = &content.Post{Path: step.set + "/index.md", Bundle: step.set}
			}
			s.setUnit(step.set, post)
		} else {
			s.dropUnit(step.drop)
		}
		var got, want []string
		for _, u := range s.order {
			got = append(got, u.loaded.Path)
			if s.posts[u.name] != u {
				t.Errorf("step %d: %s is not the unit of its name", i, u.name)
			}
		}
		for _, u := range s.posts {
			want = append(want, u.loaded.Path)
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("step %d: order %v, want %v", i, got, want)
		}
	}
}
