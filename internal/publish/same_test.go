package publish

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestPatchSame patches the folder Write swapped in (Stats.Folder), and
// refuses, writing nothing, once another write has replaced it.
func TestPatchSame(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	first, err := Write(dest, fstest.MapFS{}, site3("eins"), nil)
	if err != nil || first.Folder == nil {
		t.Fatalf("Write: %v, folder %v", err, first.Folder)
	}
	ch := Changes{Outputs: []render.Output{{Path: "index.html", Data: []byte("zwei")}}}
	if _, err := PatchSame(dest, first.Folder, fstest.MapFS{}, ch); err != nil {
		t.Fatalf("patching the folder written: %v", err)
	}
	if _, err := Write(dest, fstest.MapFS{}, site3("drei"), nil); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	var replaced *ReplacedError
	for _, was := range []os.FileInfo{first.Folder, nil} {
		if _, err := PatchSame(dest, was, fstest.MapFS{}, ch); !errors.As(err, &replaced) {
			t.Errorf("patching a replaced folder (was %v): %v, want a *ReplacedError", was != nil, err)
		}
	}
	if after := snapshot(t, dest); after != before {
		t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
	}
}
