package render

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestOutlineMatchesRender checks that an outline lists exactly the
// outputs and copies Render produces (the search index's vocabulary and
// postings, whose names follow from the words of the posts, by their
// folders), and that rendering all its pages
// gives the same bytes as Render.
func TestOutlineMatchesRender(t *testing.T) {
	t.Parallel()
	s := testSite(t, 7, func(i int) string {
		if i%2 == 0 {
			return "Siehe [den Anfang](../p00/) und https://example.com/m/tags/.\n"
		}
		return ""
	})
	res, problems := newRenderer(t).Render(s, nil)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	r := newRenderer(t)
	o := r.Outline(s)
	var planned []string
	for _, p := range o.Pages {
		planned = append(planned, p.Path)
	}
	planned = append(planned, o.Files...)
	slices.Sort(planned)
	var rendered []string
	inFolder := map[string]int{}
	for _, out := range res.Outputs {
		if dir := folderOf(o.Folders, out.Path); dir != "" {
			inFolder[dir]++
		} else {
			rendered = append(rendered, out.Path)
		}
	}
	if len(inFolder) != len(o.Folders) || len(o.Folders) == 0 {
		t.Errorf("outline's folders %q, Render writes files in %v", o.Folders, inFolder)
	}
	if strings.Join(planned, " ") != strings.Join(rendered, " ") {
		t.Errorf("outline lists\n%q\nRender writes\n%q", planned, rendered)
	}
	if len(o.Copies) != len(res.Copies) {
		t.Errorf("outline copies %d files, Render %d", len(o.Copies), len(res.Copies))
	}

	all := make([]int, len(o.Pages))
	for i := range all {
		all[i] = i
	}
	// Two calls, as tandem check makes them: the second renders pages
	// whose posts the first already filled in.
	pages, problems := r.RenderPages(context.Background(), s, o, all[:len(all)/2])
	more, probs := r.RenderPages(context.Background(), s, o, all[len(all)/2:])
	problems.Add(probs...)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	pages = append(pages, more...)
	byPath := map[string][]byte{}
	for _, out := range res.Outputs {
		byPath[out.Path] = out.Data
	}
	for _, p := range pages {
		if !bytes.Equal(p.Data, byPath[p.Path]) {
			t.Errorf("%s differs from Render's page:\n%s\nwant\n%s", p.Path, p.Data, byPath[p.Path])
		}
	}
	if len(pages) != len(o.Pages) {
		t.Errorf("rendered %d pages of %d", len(pages), len(o.Pages))
	}
}

// TestRenderPagesOnlyThoseAsked checks that RenderPages renders the chosen
// pages and nothing else.
func TestRenderPagesOnlyThoseAsked(t *testing.T) {
	t.Parallel()
	s := testSite(t, 5, nil)
	r := newRenderer(t)
	o := r.Outline(s)
	var want []int
	for i, p := range o.Pages {
		if o.Page(i).Kind == "post" || p.Path == "tandems/t01/index.html" {
			continue
		}
		want = append(want, i)
	}
	out, problems := r.RenderPages(context.Background(), s, o, want[:2])
	if problems.HasErrors() || len(out) != 2 {
		t.Fatalf("%d pages, %v", len(out), problems)
	}
	for _, p := range out {
		if !bytes.Contains(p.Data, []byte("<html")) {
			t.Errorf("%s is not a page: %.80s", p.Path, p.Data)
		}
	}
}

// isIndexFile reports whether path is a file of the search index (the
// search page is not).
func isIndexFile(path string) bool {
	return strings.HasPrefix(path, site.SearchRoot) && path != site.SearchRoot+site.IndexPage
}

// folderOf returns the folder of folders that path lies in, or "".
func folderOf(folders []string, path string) string {
	for _, dir := range folders {
		if strings.HasPrefix(path, dir) {
			return dir
		}
	}
	return ""
}
