package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestStaticHTMLNeedsTheCommandLine: the forger cannot get a reviewer's
// signature, so they set allow_static_html: true in programme.yaml and
// publish a page from content/static/ that no review covers. With
// --require-signed, that switch counts only when CI repeats it with
// --allow-static-html.
func TestStaticHTMLNeedsTheCommandLine(t *testing.T) {
	site, allowed := trustedSite(t)
	prog := filepath.Join(site, "content/programme.yaml")
	data, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prog, append(data, "\nallow_static_html: true\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(site, "content/static/info"), 0o755); err != nil {
		t.Fatal(err)
	}
	page := []byte("<script>/* " + trustMarker + " */</script>")
	if err := os.WriteFile(filepath.Join(site, "content/static/info/index.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	want := `content/programme\.yaml:\d+:\d+: error: programme\.yaml lets static HTML out unreviewed \(allow_static_html: true\), but tandem was run with --require-signed`
	buildRefused(t, nil, site, []string{"--require-signed"}, want)
	buildRefused(t, nil, site, []string{"--require-signed", "--allowed-signers", allowed}, want)

	dest := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02", "--require-signed", "--allowed-signers", allowed, "--allow-static-html")
	if code != exitOK {
		t.Fatalf("build --allow-static-html: exit %d\n%s", code, stderr)
	}
	if got, err := os.ReadFile(filepath.Join(dest, "info/index.html")); err != nil || string(got) != string(page) {
		t.Errorf("the confirmed static page is not published as it is: %q, %v", got, err)
	}
}
