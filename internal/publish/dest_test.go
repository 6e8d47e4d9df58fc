package publish

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestCheckDestinationSymlinks refuses a destination that reaches the
// site, its parent or content/ through a symbolic link, also when the
// destination does not exist yet.
func TestCheckDestinationSymlinks(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site := filepath.Join(top, "site")
	elsewhere := filepath.Join(top, "elsewhere")
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.MkdirAll(elsewhere, 0o755)
	links := map[string]string{"to-site": site, "to-top": top, "to-content": filepath.Join(site, "content"), "to-elsewhere": elsewhere,
		"dangling-to-content": filepath.Join(site, "content", "new"), "dangling-elsewhere": filepath.Join(elsewhere, "new")}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(top, name)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		dest string
		ok   bool
	}{
		{"to-site", false},
		{"to-top", false},
		{"to-content", false},
		{"to-content/new", false},
		{"to-site/content/new/deeper", false},
		{"to-site/public", true},
		{"to-elsewhere", true},
		{"to-elsewhere/new", true},
		{"dangling-to-content", false},
		{"dangling-elsewhere", true},
	}
	for _, tt := range tests {
		err := CheckDestination(site, filepath.Join(top, tt.dest))
		if (err == nil) != tt.ok {
			t.Errorf("CheckDestination(%s) = %v, want ok=%v", tt.dest, err, tt.ok)
		}
	}
}

// TestWriteThroughSymlinkedDestination keeps a destination that is a
// link the user named (-d public, public -> /srv/www/site) a link, and
// writes into its target.
func TestWriteThroughSymlinkedDestination(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	target := filepath.Join(top, "srv", "site")
	link := filepath.Join(top, "public")
	os.MkdirAll(filepath.Dir(target), 0o755)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	dest, err := OutputFolder(filepath.Join(top, "site"), link, "public")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"eins", "zwei"} {
		c := []render.Output{{Path: "index.html", Data: []byte(text)}}
		if _, err := Write(dest, fstest.MapFS{}, c, nil); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", info, err)
		}
		if data, _ := os.ReadFile(filepath.Join(target, "index.html")); string(data) != text {
			t.Errorf("target holds %q, want %q", data, text)
		}
	}
}

// TestOutputFolderRefusesLinksItWasNotGiven: the folders tandem chooses
// below the site (public, .tandem/preview) may not be, or pass through,
// a symbolic link; the folder the user names may.
func TestOutputFolderRefusesLinksItWasNotGiven(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site, elsewhere := filepath.Join(top, "site"), filepath.Join(top, "elsewhere")
	writeFiles(t, site, map[string]string{"content/programme.yaml": "title: x\n"})
	writeFiles(t, elsewhere, map[string]string{"keep.txt": "x"})
	for _, link := range []string{"public", ".tandem"} {
		if err := os.Symlink(elsewhere, filepath.Join(site, link)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		named, below string
		want         string // "" when allowed
	}{
		{"", "public", "site/public is a symbolic link"},
		{"", ".tandem/preview", "site/.tandem is a symbolic link"},
		{"", "out", ""},
		{filepath.Join(site, "public"), "public", ""},
		{filepath.Join(site, ".tandem", "preview"), ".tandem/preview", ""},
	}
	for _, tt := range tests {
		got, err := OutputFolder(site, tt.named, tt.below)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("OutputFolder(%q, %q): %v", tt.named, tt.below, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("OutputFolder(%q, %q) = %q, %v; want an error saying %q", tt.named, tt.below, got, err, tt.want)
		case tt.named != "" && !strings.HasPrefix(got, elsewhere):
			t.Errorf("OutputFolder(%q) = %q; want the folder the link leads to", tt.named, got)
		}
	}
}

// TestOutputThatBecameALinkIsRefused: tandem serve resolves its output
// folder once, then writes to it on every save. When .tandem is replaced
// by a link meanwhile (a git checkout of a branch that commits one),
// neither Patch nor Write writes through it, and the folder the link
// points at stays as it was.
func TestOutputThatBecameALinkIsRefused(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site, elsewhere := filepath.Join(top, "site"), filepath.Join(top, "autostart")
	writeFiles(t, site, map[string]string{"content/programme.yaml": "title: x\n"})
	writeFiles(t, elsewhere, map[string]string{"user.desktop": "the user's"})
	dest, err := OutputFolder(site, "", ".tandem/preview")
	if err != nil {
		t.Fatal(err)
	}
	page := func(text string) []render.Output {
		return []render.Output{{Path: "evil.desktop", Data: []byte(text)}}
	}
	if _, err := Write(dest, fstest.MapFS{}, page("eins"), nil); err != nil {
		t.Fatal(err)
	}
	// What the link will point at looks like tandem's output, marker and all.
	writeFiles(t, elsewhere, map[string]string{"preview/" + Marker: markerText})
	if err := os.Rename(filepath.Join(site, ".tandem"), filepath.Join(top, "moved")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(site, ".tandem")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, elsewhere)
	if _, err := Patch(dest, fstest.MapFS{}, Changes{Outputs: page("zwei")}); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Patch through the link: %v", err)
	}
	if _, err := Write(dest, fstest.MapFS{}, page("drei"), nil); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Write through the link: %v", err)
	}
	if after := snapshot(t, elsewhere); after != before {
		t.Errorf("files changed where the link points:\n--- before\n%s--- after\n%s", before, after)
	}
}
