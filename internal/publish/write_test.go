package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

func TestWriteReplacesOnlyItsOwnOutput(t *testing.T) {
	site := fstest.MapFS{"content/static/logo.svg": {Data: []byte("<svg/>")}}
	outputs := []render.Output{
		{Path: "index.html", Data: []byte("<p>Start")},
		{Path: "posts/a/index.html", Data: []byte("<p>A")},
		{Path: "feed.xml", Data: []byte("<feed/>")},
	}
	copies := []render.Copy{{Path: "logo.svg", Name: "content/static/logo.svg"}}
	t.Run("foreign folder is refused", func(t *testing.T) {
		dest := t.TempDir()
		precious := filepath.Join(dest, "thesis.docx")
		os.WriteFile(precious, []byte("years of work"), 0o644)
		_, err := Write(dest, site, outputs, copies)
		if err == nil || !strings.Contains(err.Error(), "did not write") {
			t.Fatalf("want a refusal, got %v", err)
		}
		if data, _ := os.ReadFile(precious); string(data) != "years of work" {
			t.Fatal("the user's file was touched")
		}
	})
	t.Run("own output is replaced and old files go", func(t *testing.T) {
		dest := filepath.Join(t.TempDir(), "public")
		deleted := append(slices.Clip(outputs), render.Output{Path: "posts/deleted/index.html", Data: []byte("old")})
		if _, err := Write(dest, site, deleted, copies); err != nil {
			t.Fatal(err)
		}
		stray := filepath.Join(dest, "posts/deleted/index.html")
		st, err := Write(dest, site, outputs, copies)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(stray); !os.IsNotExist(err) {
			t.Error("a file of the previous build survived")
		}
		if st.Pages == 0 || st.Files <= st.Pages {
			t.Errorf("stats look wrong: %+v", st)
		}
		leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.staging-*"))
		if len(leftovers) > 0 {
			t.Errorf("staging folders left behind: %v", leftovers)
		}
	})
}

func TestCheckDestination(t *testing.T) {
	site := t.TempDir()
	home, _ := os.UserHomeDir()
	tests := []struct {
		dest string
		ok   bool
	}{
		{filepath.Join(site, "public"), true},
		{filepath.Join(t.TempDir(), "out"), true},
		{site, false},
		{filepath.Dir(site), false},
		{"/", false},
		{home, false},
		{filepath.Join(site, "content", "out"), false},
	}
	for _, tt := range tests {
		err := CheckDestination(site, tt.dest)
		if (err == nil) != tt.ok {
			t.Errorf("CheckDestination(%q) = %v, want ok=%v", tt.dest, err, tt.ok)
		}
	}
}

// assertNoStaging fails when a staging folder is left in parent.
func assertNoStaging(t *testing.T, parent string) {
	t.Helper()
	left, _ := filepath.Glob(filepath.Join(parent, ".*.staging-*"))
	if len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
}

// TestStaleStagingFoldersAreRemoved leaves staging folders and new
// manifests as a killed build would; the next build removes them, and
// nothing else: not a folder named like one that tandem's marker is
// missing from and whose files the manifest does not list.
func TestStaleStagingFoldersAreRemoved(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	// A swap by two renames killed between them leaves the old output
	// without a marker; the manifest lists its files.
	if err := writeManifest(dest, []string{"index.html", "posts/b/index.html"}); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, parent, map[string]string{
		".public.staging-77.old/index.html":         "alt",
		".public.staging-77.old/posts/b/index.html": "alt",
		".public.staging-78/index.html":             "not all listed",
		".public.staging-78/thesis.docx":            "not ours",
		".public.tandem-manifest-4711":              "a new manifest never moved into place",
		".public.tandem-manifest-notes":             "not ours",
		".public.staging-123456/index.html":         "halb",
		".public.staging-123456/" + StagingMarker:   "",
		".public.staging-789/posts/a/x.html":        "halb",
		".public.staging-789/" + StagingMarker:      "",
		".public.staging-42.old/index.html":         "alt",
		".public.staging-42.old/" + Marker:          "",
		".public.staging-5/thesis.docx":             "not ours: no marker",
		".public.staging-notizen/keep.txt":          "not ours",
		".other.staging-123/keep.txt":               "another output's",
		"public.staging-123/keep.txt":               "not hidden, not ours",
		".public.staging-999-extra/keep.txt":        "not ours",
		"unrelated/.public.staging-1/index.txt":     "elsewhere",
	})
	// Killed before it marked its staging folder: nothing in it.
	if err := os.MkdirAll(filepath.Join(parent, ".public.staging-79", "posts", "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	c := []render.Output{{Path: "index.html", Data: []byte("neu")}}
	if _, err := Write(dest, fstest.MapFS{}, c, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(filepath.Join(parent, ".public.staging-79")); !os.IsNotExist(err) {
		t.Errorf("the empty staging folder is still there: %v", err)
	}
	var left []string
	for _, name := range listFiles(t, parent) {
		left = append(left, name)
	}
	want := []string{
		".other.staging-123/keep.txt", ".public.staging-5/thesis.docx", ".public.staging-78/index.html", ".public.staging-78/thesis.docx",
		".public.staging-999-extra/keep.txt", ".public.staging-notizen/keep.txt", ".public.tandem-manifest", ".public.tandem-manifest-notes",
		"public/index.html", "public.staging-123/keep.txt", "unrelated/.public.staging-1/index.txt",
	}
	if fmt.Sprint(left) != fmt.Sprint(want) {
		t.Errorf("files left:\n%v\nwant:\n%v", left, want)
	}
}

// TestConcurrentWritesTakeTurns runs several writes of different sites to
// the same destination at once, each through TakeTurns: each succeeds,
// each that found another holding the lock heard its process id, and the
// result is exactly one of them, with nothing left beside it.
func TestConcurrentWritesTakeTurns(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	const n = 6
	sites := make([][]render.Output, n)
	for i := range sites {
		var outs []render.Output
		for j := range 40 {
			outs = append(outs, render.Output{Path: fmt.Sprintf("posts/p%d/index.html", j), Data: []byte(fmt.Sprintf("site %d page %d", i, j))})
		}
		sites[i] = outs
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	var waits atomic.Int32
	for i := range sites {
		wg.Go(func() {
			errs[i] = TakeTurns(t.Context(), dest, func(holder int) {
				if holder != 0 && holder != os.Getpid() {
					t.Errorf("waiting for pid %d, want %d", holder, os.Getpid())
				}
				waits.Add(1)
			}, func() error {
				_, err := Write(dest, fstest.MapFS{}, sites[i], nil)
				return err
			})
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d waits", waits.Load())
	if _, err := os.Lstat(LockFile(dest)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("lock file left: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dest, "posts/p0/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	var winner int
	if _, err := fmt.Sscanf(string(data), "site %d", &winner); err != nil {
		t.Fatal(err)
	}
	for j := range 40 {
		data, _ := os.ReadFile(filepath.Join(dest, fmt.Sprintf("posts/p%d/index.html", j)))
		if want := fmt.Sprintf("site %d page %d", winner, j); string(data) != want {
			t.Errorf("page %d holds %q, want %q: the output mixes builds", j, data, want)
		}
	}
	assertNoStaging(t, parent)
}

// TestWriteStaysInsideDestination hands Write outputs with hostile paths,
// as a bug in an earlier stage might: each is refused, the previous
// output stays as it was, and nothing appears beside it.
func TestWriteStaysInsideDestination(t *testing.T) {
	t.Parallel()
	tests := []string{
		"../escape.html",
		"/tmp/absolute.html",
		"posts/../../escape.html",
		"posts/a\x00b/index.html",
		"posts/" + strings.Repeat("y", 300) + "/index.html",
		"",
	}
	for _, name := range tests {
		t.Run(strings.ReplaceAll(name, "/", "|"), func(t *testing.T) {
			t.Parallel()
			parent := t.TempDir()
			dest := filepath.Join(parent, "public")
			good := []render.Output{{Path: "index.html", Data: []byte("alt")}}
			if _, err := Write(dest, fstest.MapFS{}, good, nil); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, parent)
			bad := []render.Output{
				{Path: "index.html", Data: []byte("neu")}, {Path: name, Data: []byte("böse")}}
			if _, err := Write(dest, fstest.MapFS{}, bad, nil); err == nil {
				t.Fatal("Write accepted the path")
			}
			if after := snapshot(t, parent); after != before {
				t.Errorf("the folder changed:\n--- before\n%s--- after\n%s", before, after)
			}
		})
	}
}
