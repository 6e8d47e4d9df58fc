package signature

import (
	"crypto/x509"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSignerFromFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if out, err := runTool(t, dir, nil, nil, "ssh-keygen", "-q", "-t", "ed25519", "-N", "secret", "-C", "anna@example.org", "-f", "locked"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if out, err := runTool(t, dir, nil, nil, "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", "open"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	answer := func(s string) func() ([]byte, error) {
		return func() ([]byte, error) { return []byte(s), nil }
	}
	tests := []struct {
		name       string
		file       string
		passphrase func() ([]byte, error) // nil: must not be asked
		wantCalls  int
		wantErr    error
		wantMsg    string
	}{
		{name: "encrypted, right passphrase", file: "locked", passphrase: answer("secret"), wantCalls: 1},
		{name: "unencrypted, not asked", file: "open", passphrase: answer("unused")},
		{name: "wrong passphrase", file: "locked", passphrase: answer("guess"), wantCalls: 1, wantErr: x509.IncorrectPasswordError, wantMsg: "wrong passphrase"},
		{name: "prompt fails", file: "locked", passphrase: func() ([]byte, error) { return nil, errors.New("no terminal") }, wantCalls: 1, wantMsg: "no terminal"},
		{name: "encrypted, no way to ask", file: "locked", wantMsg: "encrypted"},
		{name: "public key given", file: "locked.pub", passphrase: answer("secret"), wantMsg: "without .pub"},
		{name: "no such file", file: "missing", passphrase: answer("secret"), wantErr: fs.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			calls := 0
			var ask func() ([]byte, error)
			if tt.passphrase != nil {
				ask = func() ([]byte, error) { calls++; return tt.passphrase() }
			}
			path := filepath.Join(dir, tt.file)
			signer, err := SignerFromFile(path, ask)
			if calls != tt.wantCalls {
				t.Errorf("passphrase asked %d times, want %d", calls, tt.wantCalls)
			}
			if tt.wantErr != nil || tt.wantMsg != "" {
				if err == nil || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) || !strings.Contains(err.Error(), tt.wantMsg) {
					t.Fatalf("SignerFromFile() error = %v, want %v mentioning %q", err, tt.wantErr, tt.wantMsg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			pub, err := os.ReadFile(path + ".pub")
			if err != nil {
				t.Fatal(err)
			}
			a := sampleApproval()
			sig, err := Sign(signer, a)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(string(pub), a, sig); err != nil {
				t.Errorf("Verify() = %v for a signature by the key file", err)
			}
		})
	}
}

func TestSignerFromFileClearsPassphrase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if out, err := runTool(t, dir, nil, nil, "ssh-keygen", "-q", "-t", "ed25519", "-N", "secret", "-f", "key"); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	pass := []byte("secret")
	if _, err := SignerFromFile(filepath.Join(dir, "key"), func() ([]byte, error) { return pass, nil }); err != nil {
		t.Fatal(err)
	}
	if string(pass) == "secret" {
		t.Errorf("passphrase bytes still hold the passphrase after use")
	}
}
