package signature

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// runTool runs an OpenSSH tool in dir with stdin and a bare environment
// (no agent unless env names one, HOME in dir). It returns the standard
// output, or on failure an error that includes the standard error.
func runTool(t testing.TB, dir string, stdin []byte, env []string, name string, args ...string) (string, error) {
	t.Helper()
	out, errOut, err := runToolSplit(t, dir, stdin, env, name, args...)
	if err != nil {
		return out, fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, errOut)
	}
	return out + errOut, nil
}

// runToolSplit is runTool keeping standard output and error apart.
func runToolSplit(t testing.TB, dir string, stdin []byte, env []string, name string, args ...string) (string, string, error) {
	t.Helper()
	cmd := exec.Command(requireTool(t, name), args...)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	return out.String(), errOut.String(), err
}

// writeFile writes a test file or fails the test.
func writeFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestSSHKeygenVerifiesSign(t *testing.T) {
	t.Parallel()
	requireTool(t, "ssh-keygen")
	for _, kind := range []string{"ed25519", "ecdsa-p256", "ecdsa-p384", "ecdsa-p521", "rsa-2048"} {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			anna, bob := newKey(t, kind), newKey(t, "ed25519")
			allowed, err := AllowedSigners([]Entry{{"bob", bob.authorized()}, {"carol", ""}, {"anna", anna.authorized()}})
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(dir, "allowed_signers"), allowed)
			a := sampleApproval()
			writeFile(t, filepath.Join(dir, "sig.txt"), mustSign(t, anna, a))
			msg := mustMessage(t, a)
			verify := func(identity string, msg []byte) (string, error) {
				return runTool(t, dir, msg, nil, "ssh-keygen", "-Y", "verify", "-f", "allowed_signers",
					"-I", identity, "-n", Namespace, "-s", "sig.txt")
			}
			out, err := verify("anna", msg)
			if err != nil || !strings.Contains(out, `Good "tandem-approval" signature for anna`) {
				t.Fatalf("ssh-keygen -Y verify: %v\n%s", err, out)
			}
			if out, err := verify("bob", msg); err == nil {
				t.Errorf("ssh-keygen accepted anna's signature for bob:\n%s", out)
			}
			tampered := bytes.Replace(msg, []byte("approver: anna"), []byte("approver: bob"), 1)
			if out, err := verify("anna", tampered); err == nil {
				t.Errorf("ssh-keygen accepted a tampered message:\n%s", out)
			}
		})
	}
}

func TestVerifyAcceptsSSHKeygenSign(t *testing.T) {
	t.Parallel()
	requireTool(t, "ssh-keygen")
	for _, kind := range []string{"ed25519", "ecdsa-p256", "rsa-2048", "ssh-keygen ed25519"} {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			keyFile, pub := filepath.Join(dir, "key"), ""
			if kind == "ssh-keygen ed25519" {
				if out, err := runTool(t, dir, nil, nil, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "anna@example.org", "-f", "key"); err != nil {
					t.Fatalf("ssh-keygen: %v\n%s", err, out)
				}
				data, err := os.ReadFile(keyFile + ".pub")
				if err != nil {
					t.Fatal(err)
				}
				pub = string(data)
			} else {
				k := newKey(t, kind)
				k.writePrivate(t, dir, "key")
				pub = k.authorized()
			}
			a := sampleApproval()
			sig, _, err := runToolSplit(t, dir, mustMessage(t, a), nil, "ssh-keygen", "-Y", "sign", "-n", Namespace, "-f", "key")
			if err != nil {
				t.Fatalf("ssh-keygen -Y sign: %v", err)
			}
			if err := Verify(pub, a, sig); err != nil {
				t.Errorf("Verify() = %v for a signature by ssh-keygen", err)
			}
			a.Digest = "sha256:changed"
			if err := Verify(pub, a, sig); err == nil {
				t.Errorf("Verify() accepted ssh-keygen's signature for another digest")
			}
		})
	}
}

func TestFingerprintMatchesSSHKeygen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	k := newKey(t, "ecdsa-p384")
	writeFile(t, filepath.Join(dir, "key.pub"), k.authorized()+"\n")
	out, err := runTool(t, dir, nil, nil, "ssh-keygen", "-l", "-E", "sha256", "-f", "key.pub")
	if err != nil {
		t.Fatalf("ssh-keygen -l: %v\n%s", err, out)
	}
	fields := strings.Fields(out)
	if len(fields) < 2 || fields[1] != Fingerprint(k.signer.PublicKey()) {
		t.Errorf("ssh-keygen -l says %q, Fingerprint() = %s", out, Fingerprint(k.signer.PublicKey()))
	}
}
