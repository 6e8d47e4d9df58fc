package signature

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

func TestParsePublicKey(t *testing.T) {
	t.Parallel()
	ed := newKey(t, "ed25519")
	tests := []struct {
		name    string
		kind    string // key to make; "" uses line as is
		line    func(k testKey) string
		wantErr error
		wantMsg string
	}{
		{name: "ed25519 with comment", kind: "ed25519", line: testKey.authorized},
		{name: "ecdsa p256", kind: "ecdsa-p256", line: testKey.authorized},
		{name: "ecdsa p384", kind: "ecdsa-p384", line: testKey.authorized},
		{name: "ecdsa p521", kind: "ecdsa-p521", line: testKey.authorized},
		{name: "rsa 2048", kind: "rsa-2048", line: testKey.authorized},
		{name: "surrounding space", kind: "ed25519", line: func(k testKey) string { return "  " + k.authorized() + "\n" }},
		{name: "no comment", kind: "ed25519", line: func(k testKey) string { return string(ssh.MarshalAuthorizedKey(k.signer.PublicKey())) }},
		{name: "rsa 1024 too short", kind: "rsa-1024", line: testKey.authorized, wantErr: ErrBadKey, wantMsg: "2048 bits"},
		{name: "empty", line: func(testKey) string { return " " }, wantErr: ErrNoKey},
		{name: "garbage", line: func(testKey) string { return "ssh-ed25519 not-base64" }, wantErr: ErrBadKey, wantMsg: "id_ed25519.pub"},
		{name: "private key pasted", line: func(testKey) string { return "-----BEGIN OPENSSH PRIVATE KEY-----" }, wantErr: ErrBadKey},
		{name: "with options", line: func(testKey) string { return `no-pty,command="x" ` + ed.authorized() }, wantErr: ErrBadKey, wantMsg: "options"},
		{name: "two keys", line: func(testKey) string { return ed.authorized() + "\n" + ed.authorized() }, wantErr: ErrBadKey, wantMsg: "one key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var k testKey
			if tt.kind != "" {
				k = newKey(t, tt.kind)
			}
			got, err := ParsePublicKey(tt.line(k))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.Contains(err.Error(), tt.wantMsg) {
					t.Fatalf("ParsePublicKey() error = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if Fingerprint(got) != Fingerprint(k.signer.PublicKey()) {
				t.Errorf("parsed key %s, want %s", Fingerprint(got), Fingerprint(k.signer.PublicKey()))
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	t.Parallel()
	k := newKey(t, "ed25519")
	fp := Fingerprint(k.signer.PublicKey())
	// "SHA256:" and 43 unpadded base64 characters, as ssh-keygen -l prints.
	if !strings.HasPrefix(fp, "SHA256:") || len(fp) != len("SHA256:")+43 || strings.HasSuffix(fp, "=") {
		t.Errorf("Fingerprint() = %q, want SHA256: and 43 base64 characters", fp)
	}
	if other := Fingerprint(newKey(t, "ed25519").signer.PublicKey()); other == fp {
		t.Errorf("two keys share fingerprint %s", fp)
	}
}
