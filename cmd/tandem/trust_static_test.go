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

// TestServerConfigNeedsTheCommandLine: a web.config in content/static/
// can redirect every reviewed page elsewhere. Without
// allow_server_config it is refused; the forger sets that switch in
// programme.yaml, and with --require-signed it counts only when CI
// repeats it with --allow-server-config.
func TestServerConfigNeedsTheCommandLine(t *testing.T) {
	site, allowed := trustedSite(t)
	config := []byte(`<configuration><system.webServer><httpRedirect enabled="true" destination="https://example.org/` + trustMarker + `"/></system.webServer></configuration>`)
	if err := os.MkdirAll(filepath.Join(site, "content/static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "content/static/web.config"), config, 0o644); err != nil {
		t.Fatal(err)
	}
	buildRefused(t, nil, site, []string{"--allowed-signers", allowed},
		`content/static/web\.config: error: a web server reads this file as its configuration`)
	prog := filepath.Join(site, "content/programme.yaml")
	data, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prog, append(data, "\nallow_server_config: true\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	want := `content/programme\.yaml:\d+:\d+: error: programme\.yaml lets web server configuration out unreviewed \(allow_server_config: true\), but tandem was run with --require-signed`
	buildRefused(t, nil, site, []string{"--require-signed", "--allowed-signers", allowed}, want)
	dest := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02", "--require-signed", "--allowed-signers", allowed, "--allow-server-config")
	if code != exitOK {
		t.Fatalf("build --allow-server-config: exit %d\n%s", code, stderr)
	}
	if got, err := os.ReadFile(filepath.Join(dest, "web.config")); err != nil || string(got) != string(config) {
		t.Errorf("the confirmed web.config is not published as it is: %q, %v", got, err)
	}
}
