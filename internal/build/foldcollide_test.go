package build

import (
	"maps"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/approval"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// foldMarker is in every file of foldAttacks.
const foldMarker = "zzfoldzz"

// foldAttacks are files that a case-insensitive, normalization-insensitive
// file system (Windows, macOS: where a build may run, or a server the
// output is copied to) writes over another: a bundle file over its post's
// page, or two files over each other. Each is added with a bundle post
// that a reviewer then approves; the error is at the file named second.
var foldAttacks = []struct {
	files  []string
	second string
}{
	{[]string{"content/posts/2024-04-01-bundle/INDEX.HTML"}, "content/posts/2024-04-01-bundle/INDEX.HTML"},
	{[]string{"content/posts/2024-04-01-bundle/index.html."}, "content/posts/2024-04-01-bundle/index.html."},
	{[]string{"content/posts/2024-04-01-bundle/Index.html "}, "content/posts/2024-04-01-bundle/Index.html "},
	{[]string{"content/posts/2024-04-01-bundle/foto.png", "content/posts/2024-04-01-bundle/Foto.png"}, "content/posts/2024-04-01-bundle/foto.png"},
	{[]string{"content/posts/2024-04-01-bundle/caf\u00e9.png", "content/posts/2024-04-01-bundle/cafe\u0301.png"}, "content/posts/2024-04-01-bundle/caf\u00e9.png"},
	{[]string{"content/static/files/plan.txt", "content/static/files/PLAN.txt"}, "content/static/files/plan.txt"},
}

// TestCaseFoldedCollisionsAreRefused: an approved bundle file whose name
// differs from its post's page only in case, trailing dots or spaces
// (INDEX.HTML, index.html.) would replace the page a reviewer saw with
// raw HTML wherever the output is on such a file system; two files that
// differ only so would replace each other. The build refuses each at the
// file, writes nothing, and no output file holds the marker, also with
// allow_bundle_html: true (without it the HTML is refused as such).
func TestCaseFoldedCollisionsAreRefused(t *testing.T) {
	t.Parallel()
	base := leakSite(t)
	dest := filepath.Join(t.TempDir(), "public")
	if _, problems, err := Build(dest, base, Options{Now: leakNow}); err != nil || problems.HasErrors() {
		t.Fatalf("the site without the files does not build: %v %v", err, problems.Err())
	}
	before := readTree(t, dest)
	for _, a := range foldAttacks {
		attacked := maps.Clone(base)
		// with HTML in bundles allowed, so the collision, not the HTML, is refused
		attacked["content/programme.yaml"] = &fstest.MapFile{Data: []byte(leakProgramme + "allow_bundle_html: true\n")}
		attacked["content/posts/2024-04-01-bundle/index.md"] = &fstest.MapFile{Data: []byte(
			"---\ntitle: Bundle\ndate: 2024-04-01\nauthors: [anna]\ntandem: t01\nstatus: review\n---\nA photo.\n")}
		for _, f := range a.files {
			attacked[f] = &fstest.MapFile{Data: []byte("<script>alert('" + foldMarker + "')</script>\n")}
		}
		approveIn(t, attacked, "content/posts/2024-04-01-bundle/index.md")
		_, problems, err := Build(dest, attacked, Options{Now: leakNow})
		if err != nil {
			t.Fatal(err)
		}
		refusedAt(t, "build", problems, a.second, []string{"duplicate-output"})
		after := readTree(t, dest)
		if !maps.Equal(before, after) {
			t.Errorf("%q: the output changed", a.files)
		}
		for name, data := range after {
			if strings.Contains(data, foldMarker) {
				t.Errorf("%q: %s holds the marker", a.files, name)
			}
		}
	}
}

// approveIn approves the post name in site as frauke would.
func approveIn(t *testing.T, site fstest.MapFS, name string) {
	t.Helper()
	prog, problems := programme.Load(site)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	p, problems := content.LoadBundle(site, filepath.Dir(name))
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	validate.Check(prog, []*content.Post{p})
	ed, err := approval.Workflow{Programme: prog}.Approve(p, site[name].Data, "frauke", time.Date(2024, 5, 20, 9, 0, 0, 0, time.UTC), approval.ApproveOptions{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	site[name] = &fstest.MapFile{Data: ed.Data}
}
