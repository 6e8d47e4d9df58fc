package signature

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/ssh"
)

// testKey is a key pair made for one test; it is never written to the
// repository.
type testKey struct {
	priv   crypto.Signer
	signer ssh.Signer
}

// authorized returns the public key in authorized_keys form with a comment.
func (k testKey) authorized() string {
	return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(k.signer.PublicKey()))) + " someone@example.org"
}

// writePrivate writes the private key as an unencrypted OpenSSH key file
// in dir and returns its path.
func (k testKey) writePrivate(t testing.TB, dir, name string) string {
	t.Helper()
	block, err := ssh.MarshalPrivateKey(k.priv, "test key")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// newKey makes a fresh key of kind: ed25519, ecdsa-p256, ecdsa-p384,
// ecdsa-p521, rsa-2048 or rsa-1024.
func newKey(t testing.TB, kind string) testKey {
	t.Helper()
	var priv crypto.Signer
	var err error
	switch kind {
	case "ed25519":
		_, priv, err = ed25519.GenerateKey(rand.Reader)
	case "ecdsa-p256":
		priv, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	case "ecdsa-p384":
		priv, err = ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	case "ecdsa-p521":
		priv, err = ecdsa.GenerateKey(elliptic.P521(), rand.Reader)
	case "rsa-2048":
		priv, err = rsa.GenerateKey(rand.Reader, 2048)
	case "rsa-1024":
		priv, err = rsa.GenerateKey(rand.Reader, 1024)
	default:
		t.Fatalf("unknown key kind %q", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{priv: priv, signer: signer}
}

// requireTool returns the path of an OpenSSH tool, skipping the test when
// it is missing, except on CI (CI=true) where it fails.
func requireTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing; install openssh-client: %v", name, err)
		}
		t.Skipf("%s is missing (install openssh-client): %v", name, err)
	}
	return path
}

// sampleApproval is an approval to sign in tests.
func sampleApproval() Approval {
	return Approval{
		Path:     "content/posts/r1/2024-03-05-start.md",
		Digest:   "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
		Approver: "anna",
		At:       time.Date(2024, 3, 5, 10, 30, 0, 0, time.FixedZone("CET", 3600)),
	}
}

// mustSign signs a with k or fails the test.
func mustSign(t testing.TB, k testKey, a Approval) string {
	t.Helper()
	sig, err := Sign(k.signer, a)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}
