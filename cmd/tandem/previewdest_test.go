package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreviewBuildDestination: without -d a production build writes
// public/ and a preview build .tandem/preview, the folder tandem serve
// previews in, never public/, which people deploy; neither touches the
// other's folder, the summary line says where the preview went and that
// it is not to be deployed, and -d still decides for both.
func TestPreviewBuildDestination(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	public, preview := filepath.Join(site, "public"), filepath.Join(site, ".tandem", "preview")
	build := func(args ...string) string {
		t.Helper()
		code, out, errs := runCmd(t, append([]string{"build", "--no-history", "-s", site, "--now", "2026-11-01"}, args...)...)
		if code != exitOK {
			t.Fatalf("build %v: exit %d: %s", args, code, errs)
		}
		return out
	}
	build()
	if _, err := os.Stat(filepath.Join(public, "index.html")); err != nil {
		t.Fatalf("a production build did not write public/: %v", err)
	}
	if _, err := os.Lstat(filepath.Join(site, ".tandem")); !os.IsNotExist(err) {
		t.Errorf("a production build made .tandem (%v)", err)
	}
	published := treeState(t, public)
	out := build("--preview")
	if want := "preview, not to be deployed) in "; !strings.Contains(out, want) || !strings.HasSuffix(strings.TrimSpace(out), "→ "+preview) {
		t.Errorf("the summary line does not say that the preview went to %s and is not to be deployed: %q", preview, out)
	}
	if _, err := os.Stat(filepath.Join(preview, "review", "index.html")); err != nil {
		t.Errorf("the preview build did not write its dashboard into .tandem/preview: %v", err)
	}
	if treeState(t, public) != published {
		t.Error("a preview build changed public/")
	}
	previewed := treeState(t, preview)
	build()
	if treeState(t, preview) != previewed {
		t.Error("a production build changed .tandem/preview")
	}
	if hasFile(t, public, "review/index.html") {
		t.Error("public/ holds the review dashboard")
	}
	elsewhere := filepath.Join(t.TempDir(), "staging")
	build("--preview", "-d", elsewhere)
	if !hasFile(t, elsewhere, "review/index.html") {
		t.Error("a preview build with -d did not write where -d says")
	}
	build("--preview", "-d", public)
	if !hasFile(t, public, "review/index.html") {
		t.Error("a preview build with -d public did not write public/")
	}
}

// hasFile reports whether name is a file below dir.
func hasFile(t *testing.T, dir, name string) bool {
	t.Helper()
	info, err := os.Stat(filepath.Join(dir, name))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return err == nil && info.Mode().IsRegular()
}

// TestServeAfterPreviewBuild: tandem build --preview writes the folder a
// running tandem serve writes too (.tandem/preview); serve's next save
// writes the whole folder again rather than patching the build's files,
// so the folder holds serve's site, not a mix of the two.
func TestServeAfterPreviewBuild(t *testing.T) {
	site, _, out := startServe(t, "--timings")
	code, _, errs := runCmd(t, "build", "--preview", "--no-history", "-s", site, "--now", "2026-11-01", "--base-url", "https://anderswo.example/vorschau/")
	if code != exitOK {
		t.Fatalf("build --preview: exit %d: %s", code, errs)
	}
	preview := filepath.Join(site, ".tandem", "preview")
	if n := filesHolding(t, preview, "anderswo.example"); n == 0 {
		t.Fatal("the preview build did not write .tandem/preview")
	}
	post := filepath.Join(site, "content/posts/r2/2026-10-01-entwurf.md")
	text, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(post, append(text, "\nNach dem Bau.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	waitCount(t, out, "Stages: ", 1)
	if !strings.Contains(out.String(), preview+" was written by another build; writing the whole site again") {
		t.Errorf("serve did not say that it writes the folder again:\n%s", out)
	}
	if n := filesHolding(t, preview, "anderswo.example"); n > 0 {
		t.Errorf("after serve's save %d files of .tandem/preview are still the preview build's", n)
	}
	if data, err := os.ReadFile(filepath.Join(preview, "posts/entwurf/index.html")); err != nil || !strings.Contains(string(data), "Nach dem Bau.") {
		t.Errorf("serve did not write the saved post (%v)", err)
	}
}

// filesHolding counts the files below dir that hold s.
func filesHolding(t *testing.T, dir, s string) int {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if strings.Contains(string(data), s) {
			n++
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
