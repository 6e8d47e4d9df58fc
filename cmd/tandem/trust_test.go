package main

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// trustMarker is text an attacker wants published without approval.
const trustMarker = "UNAPPROVED-TRUST-MARKER-7d1f"

// sshKey makes a fresh ed25519 key with ssh-keygen and returns the
// private key file and the public key line.
func sshKey(t *testing.T, comment string) (priv, pub string) {
	t.Helper()
	keygen := needTool(t, "ssh-keygen")
	priv = filepath.Join(t.TempDir(), "id_ed25519")
	if out, err := exec.Command(keygen, "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", priv).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	data, err := os.ReadFile(priv + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	return priv, strings.TrimSpace(string(data))
}

// trustedSite is signedSite with frauke's signed approval of signedPost,
// and an allowed-signers file outside the site that holds frauke's key,
// as CI keeps it.
func trustedSite(t *testing.T) (site, allowed string) {
	t.Helper()
	site, key := signedSite(t)
	approve(t, site, signedPost, "frauke", "--key", key)
	pub, err := os.ReadFile(key + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	allowed = filepath.Join(t.TempDir(), "allowed_signers")
	if err := os.WriteFile(allowed, []byte("# kept by CI\nfrauke namespaces=\"tandem-approval\" "+string(pub)), 0o644); err != nil {
		t.Fatal(err)
	}
	return site, allowed
}

// approve approves post as by at a fixed time, with extra flags.
func approve(t *testing.T, site, post, by string, extra ...string) {
	t.Helper()
	args := append([]string{"review", "approve", "-s", site, post, "--by", by, "--now", "2026-11-01T10:00:00Z"}, extra...)
	if code, stdout, stderr := runCmd(t, args...); code != exitOK {
		t.Fatalf("approve: exit %d\n%s%s", code, stdout, stderr)
	}
}

// runWithEnv runs tandem with environment variables.
func runWithEnv(vars map[string]string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), ctx: context.Background(), getenv: testEnv(vars)}
	code = run(e, args)
	return code, out.String(), errb.String()
}

// tamper appends the marker to the post's body: the text the attacker
// wants out.
func tamper(t *testing.T, site, post string) {
	t.Helper()
	name := filepath.Join(site, post)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, append(data, []byte("\n"+trustMarker+"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// buildRefused builds with args and checks that the build failed with
// every message in want and wrote nothing holding the marker.
func buildRefused(t *testing.T, vars map[string]string, site string, args []string, want ...string) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "out")
	all := append([]string{"build", "-s", site, "-d", dest, "--now", "2026-11-02"}, args...)
	code, stdout, stderr := runWithEnv(vars, all...)
	if code != exitContent {
		t.Fatalf("build %v: exit %d, want %d\n%s%s", args, code, exitContent, stdout, stderr)
	}
	for _, w := range want {
		if !regexp.MustCompile(w).MatchString(stderr) {
			t.Errorf("build %v: stderr lacks %q:\n%s", args, w, stderr)
		}
	}
	noMarker(t, dest)
	noMarker(t, filepath.Join(site, ".tandem"))
}

// noMarker fails when a file below dir holds the marker.
func noMarker(t *testing.T, dir string) {
	t.Helper()
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if data, _ := os.ReadFile(path); bytes.Contains(data, []byte(trustMarker)) {
				t.Errorf("%s holds the unapproved text", path)
			}
		}
		return nil
	})
}

// published builds and says whether the marker was published.
func published(t *testing.T, site string, args ...string) bool {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd(t, append([]string{"build", "-s", site, "-d", dest, "--now", "2026-11-02"}, args...)...)
	if code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dest, "posts/kennenlernen/index.html"))
	return err == nil && bytes.Contains(data, []byte(trustMarker))
}

// TestTrustedKeysPublish: frauke's real signature counts against the
// allowed-signers file, given as a flag or in TANDEM_ALLOWED_SIGNERS.
func TestTrustedKeysPublish(t *testing.T) {
	site, allowed := trustedSite(t)
	for _, vars := range []map[string]string{nil, {"TANDEM_ALLOWED_SIGNERS": allowed}} {
		args := []string{"build", "-s", site, "-d", filepath.Join(t.TempDir(), "out"), "--now", "2026-11-02", "--require-signed"}
		if vars == nil {
			args = append(args, "--allowed-signers", allowed)
		}
		code, stdout, stderr := runWithEnv(vars, args...)
		if code != exitOK || !strings.Contains(stdout, "posts: 1 shown") {
			t.Fatalf("the signed post is not published (exit %d):\n%s%s", code, stdout, stderr)
		}
	}
	code, _, stderr := runCmd(t, "check", "-s", site, "--now", "2026-11-02", "--allowed-signers", filepath.Join(site, "missing"))
	if code != exitUsage || !strings.Contains(stderr, "cannot read the allowed-signers file") {
		t.Errorf("a missing allowed-signers file: exit %d\n%s", code, stderr)
	}
}

// TestForgedSigningKey is the attack of issue 15 item 5: whoever can edit
// programme.yaml replaces frauke's signing_key with their own and signs
// an unapproved text as frauke. Against the allowed-signers file kept
// outside the repository, build and check refuse, naming frauke at her
// signing_key in programme.yaml.
func TestForgedSigningKey(t *testing.T) {
	site, allowed := trustedSite(t)
	forger, forgerPub := sshKey(t, "frauke@laptop")
	prog := filepath.Join(site, "content/programme.yaml")
	data, _ := os.ReadFile(prog)
	forged := regexp.MustCompile(`signing_key: ".*"`).ReplaceAll(data, []byte(`signing_key: "`+forgerPub+`"`))
	if err := os.WriteFile(prog, forged, 0o644); err != nil {
		t.Fatal(err)
	}
	tamper(t, site, signedPost)
	approve(t, site, signedPost, "frauke", "--key", forger)
	if !published(t, site) {
		t.Fatal("the forged approval is not published even without the trust root; the test does not test the attack")
	}
	want := `content/programme\.yaml:\d+:\d+: error: the signing_key of reviewer frauke is not one of frauke's keys in the allowed-signers file`
	buildRefused(t, nil, site, []string{"--allowed-signers", allowed}, want)
	buildRefused(t, map[string]string{"TANDEM_ALLOWED_SIGNERS": allowed}, site, []string{"--require-signed"}, want, "approval is signed with|signed with another key")
	code, stdout, _ := runCmd(t, "check", "-s", site, "--now", "2026-11-02", "--allowed-signers", allowed, "--format", "json")
	if code != exitContent || !strings.Contains(stdout, `"code": "trust-key"`) {
		t.Errorf("check: exit %d\n%s", code, stdout)
	}
}

// TestSignatureRequirementSwitchedOff: the forger switches
// require_signed_approvals off and approves unsigned; --require-signed
// refuses the programme, placed at the switch.
func TestSignatureRequirementSwitchedOff(t *testing.T) {
	site, allowed := trustedSite(t)
	prog := filepath.Join(site, "content/programme.yaml")
	replaceInFile(t, prog, "require_signed_approvals: true", "require_signed_approvals: false")
	replaceInFile(t, prog, "    signing_key:", "    # signing_key:")
	tamper(t, site, signedPost)
	approve(t, site, signedPost, "frauke")
	if !published(t, site) {
		t.Fatal("the unsigned approval is not published without --require-signed; the test does not test the attack")
	}
	want := `content/programme\.yaml:\d+:\d+: error: programme\.yaml does not require signed approvals, but tandem was run with --require-signed`
	buildRefused(t, nil, site, []string{"--require-signed"}, want, "is not signed validly")
	buildRefused(t, nil, site, []string{"--require-signed", "--allowed-signers", allowed}, want)
}

// TestReviewerMissingFromTrustedFile: the forger adds a reviewer of their
// own, with their own key, and approves as them. The allowed-signers file
// does not know that reviewer: an error names them at reviewers: in
// programme.yaml.
func TestReviewerMissingFromTrustedFile(t *testing.T) {
	site, allowed := trustedSite(t)
	forger, forgerPub := sshKey(t, "mallory@laptop")
	prog := filepath.Join(site, "content/programme.yaml")
	replaceInFile(t, prog, "reviewers: [frauke]", "reviewers: [frauke, mallory]")
	replaceInFile(t, prog, "  eva: {name: Eva Orga, role: organiser}\n",
		"  eva: {name: Eva Orga, role: organiser}\n  mallory: {name: Mallory, role: reviewer, signing_key: \""+forgerPub+"\"}\n")
	tamper(t, site, signedPost)
	approve(t, site, signedPost, "mallory", "--key", forger)
	if !published(t, site) {
		t.Fatal("mallory's approval is not published without the trust root; the test does not test the attack")
	}
	buildRefused(t, nil, site, []string{"--allowed-signers", allowed},
		`content/programme\.yaml:\d+:\d+: error: reviewer mallory approved content/posts/r1/2024-01-15-kennenlernen\.md, but has no key in the allowed-signers file`,
		`signing_key of reviewer mallory`)
}
