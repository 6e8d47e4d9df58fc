package render

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// undigestedEdits change the fields of a post the digest leaves out
// (review.NotDigested), each to something a page would show if it
// printed the field.
var undigestedEdits = map[string]func(p *content.Post){
	"Path":     func(p *content.Post) { p.Path = "content/posts/zzpathzz/" + p.Path },
	"Name":     func(p *content.Post) { p.Name = "zznamezz" },
	"Bundle":   func(p *content.Post) { p.Bundle = "content/posts/zzbundlezz" },
	"Status":   func(p *content.Post) { p.Status = "zzstatuszz" },
	"BodyLine": func(p *content.Post) { p.BodyLine += 1000 },
	"Hash":     func(p *content.Post) { p.Hash[0]++ },
	"Meta":     func(p *content.Post) { p.Meta = nil },
	"Review": func(p *content.Post) {
		at := time.Date(1999, 9, 9, 9, 9, 9, 0, time.UTC)
		p.Review = content.Review{SubmittedAt: at, ApprovedBy: "zzapproverzz", ApprovedAt: at, Digest: "zzdigestzz", Signature: "zzsignaturezz",
			ChangesRequested: &content.ChangeRequest{By: "zzbyzz", At: at, Note: "zznotezz"}}
	},
}

// TestPagesShowOnlyDigestedFields renders a production site with the
// default theme twice: as written, and with every field of every post
// that the digest does not cover changed. Every output must be the same,
// so no page shows a field an approval does not cover. A field added to
// content.Post must be named in review.DigestFields or
// review.NotDigested (see internal/review), and in the second case get
// an edit here.
func TestPagesShowOnlyDigestedFields(t *testing.T) {
	t.Parallel()
	names := review.NotDigested()
	if got := slices.Sorted(maps.Keys(undigestedEdits)); !slices.Equal(got, slices.Sorted(slices.Values(names))) {
		t.Fatalf("undigestedEdits covers %v, review.NotDigested names %v", got, names)
	}
	plain := renderPublished(t, nil)
	edited := renderPublished(t, func(p *content.Post) {
		for _, edit := range undigestedEdits {
			edit(p)
		}
	})
	if len(plain.Outputs) != len(edited.Outputs) || len(plain.Copies) != len(edited.Copies) {
		t.Fatalf("%d outputs and %d copies, then %d and %d", len(plain.Outputs), len(plain.Copies), len(edited.Outputs), len(edited.Copies))
	}
	for i, o := range plain.Outputs {
		if e := edited.Outputs[i]; e.Path != o.Path || !bytes.Equal(e.Data, o.Data) {
			t.Errorf("%s changed when only fields the digest does not cover changed", o.Path)
		}
	}
	for i, c := range plain.Copies {
		if edited.Copies[i].Path != c.Path {
			t.Errorf("copy %s became %s", c.Path, edited.Copies[i].Path)
		}
	}
}

// renderPublished renders a production site of a few published posts
// (one a bundle, one a retrospective), edited by edit after the gate.
func renderPublished(t *testing.T, edit func(p *content.Post)) Result {
	t.Helper()
	fsys := fstest.MapFS{
		"content/programme.yaml":            {Data: []byte(programmeYAML)},
		"content/tandems/t01.yaml":          {Data: []byte("round: r1\nmentors: [ada]\nmentee: cleo\n")},
		"content/posts/b/index.md":          {Data: []byte("---\ntitle: Bündel\ndate: 2024-03-01T23:30:00-05:00\ntandem: t01\nauthors: [cleo]\ntags: [Bild]\n---\n![Bild](bild.png)\n")},
		"content/posts/b/bild.png":          {Data: []byte("PNG")},
		"content/posts/2024-04-01-rueck.md": {Data: []byte("---\ntitle: Rückblick\ndate: 2024-04-01\nround: r1\nkind: retrospective\nauthors: [ada]\nsummary: Kurz.\n---\n## Was war\n\nViel.\n")},
	}
	for i := range 3 {
		fsys[fmt.Sprintf("content/posts/p%d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: Beitrag %d\ndate: 2024-02-%02d\ntandem: t01\nauthors: [ada, cleo]\ntags: [Tag %d]\n---\nAbsatz %d.\n", i, i+1, i, i)}
	}
	prog, problems := programme.Load(fsys)
	posts, probs := content.Load(fsys)
	problems = append(problems, probs...)
	problems = append(problems, validate.Check(prog, posts)...)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	verdicts := make([]review.Verdict, len(posts))
	for i, p := range posts {
		verdicts[i] = review.Verdict{State: review.Published, Digest: review.Digest(p)}
		if edit != nil {
			edit(p)
		}
	}
	s := site.New(prog, posts, verdicts, site.Options{Now: now})
	res, problems := newRenderer(t).Render(s, nil)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	return res
}
