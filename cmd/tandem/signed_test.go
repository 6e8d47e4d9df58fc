package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// needTool skips the test without an OpenSSH tool, or fails it in CI.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; CI installs Debian's openssh-client", name)
		}
		t.Skipf("%s is missing (Debian's openssh-client)", name)
	}
	return p
}

// signedSite copies the golden site, gives frauke a fresh ed25519 key
// and requires signed approvals. It returns the site and the key file.
func signedSite(t *testing.T) (site, key string) {
	t.Helper()
	keygen := needTool(t, "ssh-keygen")
	site = t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	key = filepath.Join(t.TempDir(), "id_ed25519")
	if out, err := exec.Command(keygen, "-q", "-t", "ed25519", "-N", "", "-C", "frauke@example", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	pub, err := os.ReadFile(key + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(site, "content/programme.yaml")
	replaceInFile(t, prog, "frauke: {name: Frauke Redaktion, role: reviewer}",
		"frauke:\n    name: Frauke Redaktion\n    role: reviewer\n    signing_key: \""+strings.TrimSpace(string(pub))+"\"")
	data, _ := os.ReadFile(prog)
	if err := os.WriteFile(prog, append(data, []byte("require_signed_approvals: true\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	return site, key
}

func replaceInFile(t *testing.T, name, old, new string) {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s lacks %q", name, old)
	}
	if err := os.WriteFile(name, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

const signedPost = "content/posts/r1/2024-01-15-kennenlernen.md"

// TestSignedApprovals walks the reviewer's path: unsigned approvals stop
// counting once the programme requires signatures; approving with the key
// signs and publishes; ssh-keygen accepts the signature by hand; a
// tampered approval time or a removed key unpublishes the post again.
func TestSignedApprovals(t *testing.T) {
	site, key := signedSite(t)
	build := func() (code int, out string) {
		code, stdout, stderr := runCmd(t, "build", "-s", site, "--now", "2026-11-01")
		return code, stdout + stderr
	}
	code, out := build()
	if code != exitOK || !strings.Contains(out, "posts: 0 shown") || !strings.Contains(out, "is not signed validly: approval is not signed") {
		t.Fatalf("unsigned approvals still count (exit %d):\n%s", code, out)
	}
	code, stdout, stderr := runCmd(t, "review", "approve", "-s", site, signedPost, "--by", "frauke", "--key", key, "--now", "2026-11-01T10:00:00Z")
	if code != exitOK {
		t.Fatalf("approve: exit %d\n%s%s", code, stdout, stderr)
	}
	post := filepath.Join(site, signedPost)
	data, _ := os.ReadFile(post)
	if !strings.Contains(string(data), "-----BEGIN SSH SIGNATURE-----") {
		t.Fatalf("no signature written:\n%s", data)
	}
	if _, out = build(); !strings.Contains(out, "posts: 1 shown") {
		t.Fatalf("the signed post is not published:\n%s", out)
	}
	verifyByHand(t, site, signedPost)

	replaceInFile(t, post, "approved_at: 2026-11-01T10:00:00Z", "approved_at: 2026-11-01T09:00:00Z")
	if _, out = build(); !strings.Contains(out, "posts: 0 shown") || !strings.Contains(out, "does not match this approval") {
		t.Fatalf("a tampered approval time still publishes:\n%s", out)
	}
	replaceInFile(t, post, "approved_at: 2026-11-01T09:00:00Z", "approved_at: 2026-11-01T10:00:00Z")
	replaceInFile(t, filepath.Join(site, "content/programme.yaml"), "    signing_key:", "    # signing_key:")
	if _, out = build(); !strings.Contains(out, "posts: 0 shown") || !strings.Contains(out, "approver has no signing_key") {
		t.Fatalf("a removed key still publishes:\n%s", out)
	}
}

// verifyByHand runs docs/ci.md's ssh-keygen recipe on a post.
func verifyByHand(t *testing.T, site, post string) {
	t.Helper()
	needTool(t, "ssh-keygen")
	code, keys, stderr := runCmd(t, "review", "keys", "-s", site)
	if code != exitOK {
		t.Fatalf("review keys: %s", stderr)
	}
	if err := os.WriteFile(filepath.Join(site, "allowed_signers"), []byte(keys), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `set -e
field() { sed -n "s/^ *$1: *//p" "$post" | head -n 1 | tr -d "\"'"; }
approver=$(field approved_by)
at=$(date -u -d "$(field approved_at)" +%Y-%m-%dT%H:%M:%SZ)
printf 'tandem-approval v1\npath: %s\ndigest: %s\napprover: %s\napproved-at: %s\n' \
	"$post" "$(field digest)" "$approver" "$at" > message.txt
sed -n '/-----BEGIN SSH SIGNATURE-----/,/-----END SSH SIGNATURE-----/s/^ *//p' "$post" > sig.txt
ssh-keygen -Y verify -f allowed_signers -I "$approver" -n tandem-approval -s sig.txt < message.txt`
	cmd := exec.Command("bash", "-c", script)
	cmd.Dir = site
	cmd.Env = append(os.Environ(), "post="+post, "TANDEM_LANG=en")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), `Good "tandem-approval" signature for frauke`) {
		t.Fatalf("ssh-keygen did not accept the signature: %v\n%s", err, out)
	}
}

// TestSigningThroughSSHAgent approves with the key held by a real
// ssh-agent, found through SSH_AUTH_SOCK.
func TestSigningThroughSSHAgent(t *testing.T) {
	site, key := signedSite(t)
	agent, add := needTool(t, "ssh-agent"), needTool(t, "ssh-add")
	sock := filepath.Join(t.TempDir(), "agent.sock")
	out, err := exec.Command(agent, "-s", "-a", sock).Output()
	if err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`SSH_AGENT_PID=(\d+)`).FindSubmatch(out); m != nil {
		t.Cleanup(func() { exec.Command("kill", string(m[1])).Run() })
	}
	addCmd := exec.Command(add, key)
	addCmd.Env = append(os.Environ(), "SSH_AUTH_SOCK="+sock)
	if out, err := addCmd.CombinedOutput(); err != nil {
		t.Fatalf("ssh-add: %v\n%s", err, out)
	}
	var o, e syncBuffer
	env := env{stdout: &o, stderr: &e, stdin: strings.NewReader(""), ctx: context.Background(),
		getenv: testEnv(map[string]string{"SSH_AUTH_SOCK": sock})}
	if code := run(env, []string{"review", "approve", "-s", site, signedPost, "--by", "frauke", "--now", "2026-11-01T10:00:00Z"}); code != exitOK {
		t.Fatalf("approve through the agent: exit %d\n%s%s", code, o.String(), e.String())
	}
	if code, stdout, _ := runCmd(t, "build", "-s", site, "--now", "2026-11-01"); code != exitOK || !strings.Contains(stdout, "posts: 1 shown") {
		t.Fatalf("the post signed through the agent is not published:\n%s", stdout)
	}
	verifyByHand(t, site, signedPost)
}
