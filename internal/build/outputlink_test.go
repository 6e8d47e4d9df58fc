package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

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
// neither Update nor Write writes through it, and the folder the link
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
	page := func(text string) *Compiled {
		return &Compiled{Result: render.Result{Outputs: []render.Output{{Path: "evil.desktop", Data: []byte(text)}}}}
	}
	first := page("eins")
	if _, err := Write(dest, fstest.MapFS{}, first); err != nil {
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
	if _, err := Update(dest, fstest.MapFS{}, first, page("zwei"), nil); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Update through the link: %v", err)
	}
	if _, err := Write(dest, fstest.MapFS{}, page("drei")); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("Write through the link: %v", err)
	}
	if after := snapshot(t, elsewhere); after != before {
		t.Errorf("files changed where the link points:\n--- before\n%s--- after\n%s", before, after)
	}
}
