package signature

import (
	"bytes"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hiddeco/sshsig"
)

func TestSignVerify(t *testing.T) {
	t.Parallel()
	for _, kind := range []string{"ed25519", "ecdsa-p256", "ecdsa-p384", "ecdsa-p521", "rsa-2048"} {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			k := newKey(t, kind)
			a := sampleApproval()
			sig := mustSign(t, k, a)
			if !strings.HasPrefix(sig, "-----BEGIN SSH SIGNATURE-----\n") {
				t.Fatalf("Sign() = %q, want an armored SSH signature", sig)
			}
			parsed, err := unarmor(sig)
			if err != nil {
				t.Fatal(err)
			}
			if parsed.HashAlgorithm != sshsig.HashSHA512 || parsed.Namespace != Namespace {
				t.Errorf("signature uses %s in %q, want sha512 in %q", parsed.HashAlgorithm, parsed.Namespace, Namespace)
			}
			if kind == "rsa-2048" && parsed.Signature.Format != "rsa-sha2-512" {
				t.Errorf("RSA signature format %q, want rsa-sha2-512", parsed.Signature.Format)
			}
			if err := Verify(k.authorized(), a, sig); err != nil {
				t.Errorf("Verify() = %v, want nil", err)
			}
		})
	}
}

func TestSignRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		kind    string
		edit    func(*Approval)
		wantErr error
	}{
		{"short RSA key", "rsa-1024", func(*Approval) {}, ErrBadKey},
		{"newline in approver", "ed25519", func(a *Approval) { a.Approver = "anna\nbob" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := sampleApproval()
			tt.edit(&a)
			sig, err := Sign(newKey(t, tt.kind).signer, a)
			if err == nil || sig != "" {
				t.Fatalf("Sign() = %q, %v; want an error", sig, err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("Sign() error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// failureKinds are the failure kinds Verify reports; each failing Verify
// must match exactly one.
func failureKinds() []error {
	return []error{ErrMissing, ErrMalformed, ErrWrongKey, ErrInvalid, ErrNoKey, ErrBadKey}
}

func TestVerifyFailures(t *testing.T) {
	t.Parallel()
	anna, bob := newKey(t, "ed25519"), newKey(t, "ecdsa-p256")
	a := sampleApproval()
	good := mustSign(t, anna, a)
	edited := func(edit func(*Approval)) Approval { c := a; edit(&c); return c }
	signed := func(k testKey, edit func(*Approval)) string { return mustSign(t, k, edited(edit)) }
	otherNamespace, err := sshsig.Sign(bytes.NewReader(mustMessage(t, a)), anna.signer, sshsig.HashSHA512, "git")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		key      string
		approval Approval
		sig      string
		wantErr  error
		wantMsg  string
	}{
		{"signed by another key", anna.authorized(), a, mustSign(t, bob, a), ErrWrongKey, Fingerprint(bob.signer.PublicKey())},
		{"copied from another post", anna.authorized(), a, signed(anna, func(c *Approval) { c.Path = "content/posts/r1/2024-04-01-other.md" }), ErrInvalid, "another post"},
		{"older digest", anna.authorized(), a, signed(anna, func(c *Approval) { c.Digest = "sha256:0000" }), ErrInvalid, ""},
		{"approver changed, checked against anna's key", anna.authorized(), edited(func(c *Approval) { c.Approver = "bob" }), good, ErrInvalid, ""},
		{"approver changed, checked against bob's key", bob.authorized(), edited(func(c *Approval) { c.Approver = "bob" }), good, ErrWrongKey, `"bob"`},
		{"time changed", anna.authorized(), edited(func(c *Approval) { c.At = c.At.Add(time.Hour) }), good, ErrInvalid, ""},
		{"time changed by a second", anna.authorized(), edited(func(c *Approval) { c.At = c.At.Add(time.Second) }), good, ErrInvalid, ""},
		{"key removed", "", a, good, ErrNoKey, `"anna"`},
		{"key broken", "ssh-ed25519 AAAA", a, good, ErrBadKey, `"anna"`},
		{"no signature", anna.authorized(), a, "", ErrMissing, ""},
		{"blank signature", anna.authorized(), a, " \n\t", ErrMissing, ""},
		{"garbage", anna.authorized(), a, "I approve. -- anna", ErrMalformed, "does not start"},
		{"other PEM type", anna.authorized(), a, string(pem.EncodeToMemory(&pem.Block{Type: "PGP SIGNATURE", Bytes: []byte("x")})), ErrMalformed, ""},
		{"empty block", anna.authorized(), a, string(pem.EncodeToMemory(&pem.Block{Type: "SSH SIGNATURE"})), ErrMalformed, ""},
		{"truncated", anna.authorized(), a, good[:len(good)/2], ErrMalformed, "broken"},
		{"text after the block", anna.authorized(), a, good + "P.S. looks good\n", ErrMalformed, "around"},
		{"two signatures", anna.authorized(), a, good + good, ErrMalformed, ""},
		{"flipped base64 character", anna.authorized(), a, flipBase64(good), ErrInvalid, ""},
		{"other namespace", anna.authorized(), a, string(sshsig.Armor(otherNamespace)), ErrInvalid, `"git"`},
		{"newline in approval", anna.authorized(), edited(func(c *Approval) { c.Path += "\n" }), good, ErrInvalid, "line break"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := Verify(tt.key, tt.approval, tt.sig)
			if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("Verify() = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
			}
			for _, kind := range failureKinds() {
				if kind != tt.wantErr && errors.Is(err, kind) {
					t.Errorf("Verify() = %v also matches %v", err, kind)
				}
			}
		})
	}
}

func TestVerifyAcceptsSHA256AndIndentation(t *testing.T) {
	t.Parallel()
	k := newKey(t, "ed25519")
	a := sampleApproval()
	sig, err := sshsig.Sign(bytes.NewReader(mustMessage(t, a)), k.signer, sshsig.HashSHA256, Namespace)
	if err != nil {
		t.Fatal(err)
	}
	armored := "\n" + string(sshsig.Armor(sig)) + "\n\n"
	if err := Verify(k.authorized(), a, armored); err != nil {
		t.Errorf("Verify() = %v, want nil for a sha256 signature with blank lines around", err)
	}
}

// flipBase64 changes one character inside the signature bytes at the
// end of the armored body, keeping it valid base64.
func flipBase64(armored string) string {
	lines := strings.Split(armored, "\n")
	last := len(lines) - 3 // the line before END
	line := []byte(lines[last])
	i := len(line) / 2
	if line[i] == 'A' {
		line[i] = 'B'
	} else {
		line[i] = 'A'
	}
	lines[last] = string(line)
	return strings.Join(lines, "\n")
}

// mustMessage returns Message(a) or fails the test.
func mustMessage(t testing.TB, a Approval) []byte {
	t.Helper()
	msg, err := Message(a)
	if err != nil {
		t.Fatal(err)
	}
	return msg
}
