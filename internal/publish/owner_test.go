package publish

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// site3 is a small site: two pages and a feed.
func site3(text string) []render.Output {
	return []render.Output{
		{Path: "index.html", Data: []byte(text)},
		{Path: "posts/a/index.html", Data: []byte(text)},
		{Path: "feed.xml", Data: []byte(text)},
	}
}

// manifestPaths reads dest's manifest as a sorted list.
func manifestPaths(t *testing.T, dest string) []string {
	t.Helper()
	listed, found, err := readManifest(dest)
	if err != nil || !found {
		t.Fatalf("manifest: found %v, %v", found, err)
	}
	paths := listed.paths()
	slices.Sort(paths)
	return paths
}

// TestOwnershipRecordIsBesideTheOutput: the published folder holds only
// the site, no marker of tandem's; the record of what tandem wrote is a
// file beside it that lists exactly the folder's files, sorted.
func TestOwnershipRecordIsBesideTheOutput(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	site := fstest.MapFS{"content/static/odd\nname.txt": {Data: []byte("x")}}
	copies := []render.Copy{{Path: "odd\nname.txt", Name: "content/static/odd\nname.txt"}}
	for _, text := range []string{"eins", "zwei"} {
		if _, err := Write(dest, site, site3(text), copies); err != nil {
			t.Fatal(err)
		}
		files := listFiles(t, dest)
		for _, f := range files {
			if strings.Contains(f, ".tandem") {
				t.Errorf("the published folder holds %s", f)
			}
		}
		if got := manifestPaths(t, dest); !slices.Equal(got, files) {
			t.Errorf("manifest lists %q, the folder holds %q", got, files)
		}
		data, err := os.ReadFile(filepath.Join(parent, ".public.tandem-manifest"))
		if err != nil || !strings.HasPrefix(string(data), "# tandem manifest 1") || !strings.Contains(string(data), "\nfeed.xml\nindex.html\n") {
			t.Errorf("manifest:\n%s(%v)", data, err)
		}
	}
	if left := listFiles(t, parent); len(left) != 1+len(listFiles(t, dest)) {
		t.Errorf("beside the output: %q", left)
	}
}

// TestUserFilesAreNeverDeleted adds files tandem did not write to its own
// output folder: a rebuild refuses, names the first few of them, and
// changes nothing; once they are gone, it builds again.
func TestUserFilesAreNeverDeleted(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		link  string // a link the user made, below dest
		want  string
	}{
		{"a file at the top", map[string]string{"CNAME": "intranet.example"}, "", "public holds CNAME, which tandem did not write"},
		{"a file beside a page", map[string]string{"posts/a/notes.txt": "mine"}, "", "holds posts/a/notes.txt, which"},
		{"a git clone", map[string]string{".git/config": "[core]", ".git/HEAD": "ref"}, "", "holds .git, which"},
		{"a folder of files", map[string]string{"docs/a.pdf": "a", "docs/b/c.pdf": "c"}, "", "holds docs, which"},
		{"a link", nil, "posts/a/photo.jpg", "holds posts/a/photo.jpg, which"},
		{"many", map[string]string{"a": "", "b": "", "c": "", "d": "", "e": "", "f": "", "g": ""}, "", "holds a, b, c, d, e and 2 more, which"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			parent := t.TempDir()
			dest := filepath.Join(parent, "public")
			if _, err := Write(dest, fstest.MapFS{}, site3("eins"), nil); err != nil {
				t.Fatal(err)
			}
			writeFiles(t, dest, tt.files)
			if tt.link != "" {
				writeFiles(t, parent, map[string]string{"elsewhere.jpg": "the user's photo"})
				if err := os.Symlink(filepath.Join(parent, "elsewhere.jpg"), filepath.Join(dest, tt.link)); err != nil {
					t.Fatal(err)
				}
			}
			before := snapshot(t, parent)
			_, err := Write(dest, fstest.MapFS{}, site3("zwei"), nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "content/static/") {
				t.Fatalf("Write: %v; want an error saying %q with a hint", err, tt.want)
			}
			if after := snapshot(t, parent); after != before {
				t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
			}
			for name := range tt.files {
				os.Remove(filepath.Join(dest, name))
			}
			if tt.link != "" {
				os.Remove(filepath.Join(dest, tt.link))
			}
			if _, err := Write(dest, fstest.MapFS{}, site3("drei"), nil); err != nil {
				t.Errorf("once the files are gone: %v", err)
			}
		})
	}
}

// TestOldMarkerIsRecognisedOnce: a folder an older tandem wrote (its
// marker inside, no manifest beside it) is replaced once, every file in
// it taken as tandem's but a .git; the new folder holds no marker, and
// the manifest now decides.
func TestOldMarkerIsRecognisedOnce(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	writeFiles(t, dest, map[string]string{Marker: markerText, "index.html": "alt", "posts/old/index.html": "alt"})
	writeFiles(t, parent, map[string]string{"git/public/.git/config": "[core]"})
	if err := os.Rename(filepath.Join(parent, "git/public/.git"), filepath.Join(dest, ".git")); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dest, fstest.MapFS{}, site3("neu"), nil); err == nil || !strings.Contains(err.Error(), "holds .git, which") {
		t.Fatalf("an old output holding a .git: %v", err)
	}
	if err := os.RemoveAll(filepath.Join(dest, ".git")); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dest, fstest.MapFS{}, site3("neu"), nil); err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(listFiles(t, dest)), "[feed.xml index.html posts/a/index.html]"; got != want {
		t.Errorf("the folder holds %s, want %s", got, want)
	}
	if err := os.Remove(ManifestFile(dest)); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dest, fstest.MapFS{}, site3("neu"), nil); err == nil || !strings.Contains(err.Error(), "holds files tandem did not write") {
		t.Errorf("without marker or manifest: %v", err)
	}
}

// TestPatchKeepsTheRecordAndTheUserFiles: an update in place lists what
// it adds and drops what it removes; it never overwrites a file tandem
// did not write (refusing before it writes anything), nor removes one.
func TestPatchKeepsTheRecordAndTheUserFiles(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Write(dest, fstest.MapFS{}, site3("eins"), nil); err != nil {
		t.Fatal(err)
	}
	changed, err := Patch(dest, fstest.MapFS{}, Changes{
		Outputs: []render.Output{{Path: "posts/b/index.html", Data: []byte("b")}}, Gone: []string{"posts/a/index.html"}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[posts/a/index.html posts/b/index.html]"; fmt.Sprint(changed) != want {
		t.Errorf("changed %v, want %s", changed, want)
	}
	if got := manifestPaths(t, dest); !slices.Equal(got, listFiles(t, dest)) {
		t.Errorf("manifest lists %q, the folder holds %q", got, listFiles(t, dest))
	}
	writeFiles(t, dest, map[string]string{"posts/c/index.html": "the user's", "posts/d/index.html": "the user's"})
	before := snapshot(t, dest)
	_, err = Patch(dest, fstest.MapFS{}, Changes{
		Outputs: []render.Output{{Path: "index.html", Data: []byte("zwei")}, {Path: "posts/c/index.html", Data: []byte("c")}},
		Gone:    []string{"posts/d/index.html"}})
	if err == nil || !strings.Contains(err.Error(), "holds posts/c/index.html, which tandem did not write") {
		t.Errorf("Patch over a user's file: %v", err)
	}
	if after := snapshot(t, dest); after != before {
		t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
	}
	if _, err := Patch(dest, fstest.MapFS{}, Changes{Gone: []string{"posts/d/index.html"}}); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(filepath.Join(dest, "posts/d/index.html")); string(data) != "the user's" {
		t.Errorf("a gone path tandem did not write was removed: %q, %v", data, err)
	}
}

// TestKilledBetweenManifestAndSwap leaves what a build killed around its
// swap leaves: the manifest listing the old files and the new, and the
// folder holding the old site (killed before the swap) or the new one
// (killed after it). Either way the next build replaces the folder, and
// its manifest lists only what it wrote.
func TestKilledBetweenManifestAndSwap(t *testing.T) {
	t.Parallel()
	a := []render.Output{{Path: "index.html", Data: []byte("a")}, {Path: "posts/a/index.html", Data: []byte("a")}}
	b := []render.Output{{Path: "index.html", Data: []byte("b")}, {Path: "posts/b/index.html", Data: []byte("b")}}
	for _, swapped := range []bool{false, true} {
		dest := filepath.Join(t.TempDir(), "public")
		first := a
		if swapped {
			first = b
		}
		if _, err := Write(dest, fstest.MapFS{}, first, nil); err != nil {
			t.Fatal(err)
		}
		both := []string{"index.html", "posts/a/index.html", "posts/b/index.html"}
		if err := writeManifest(dest, both); err != nil {
			t.Fatal(err)
		}
		if _, err := Write(dest, fstest.MapFS{}, site3("c"), nil); err != nil {
			t.Fatalf("swapped %v: the build after the kill: %v", swapped, err)
		}
		if got, want := manifestPaths(t, dest), listFiles(t, dest); !slices.Equal(got, want) {
			t.Errorf("swapped %v: manifest lists %q, the folder holds %q", swapped, got, want)
		}
	}
}
