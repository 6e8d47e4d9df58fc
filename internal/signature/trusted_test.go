package signature

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseAllowedSigners(t *testing.T) {
	t.Parallel()
	anna, bob, old := newKey(t, "ed25519"), newKey(t, "ecdsa-p256"), newKey(t, "rsa-2048")
	written, err := AllowedSigners([]Entry{{"anna", anna.authorized()}, {"bob", bob.authorized()}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		file    string
		allows  map[string]testKey // principal -> a key it must allow
		denies  map[string]testKey // principal -> a key it must not allow
		wantErr string
	}{
		{"as AllowedSigners writes it", written, map[string]testKey{"anna": anna, "bob": bob}, map[string]testKey{"anna": bob, "bob": anna}, ""},
		{"comments, blank lines, two keys for one reviewer",
			"# reviewers\n\nanna " + anna.authorized() + "\n  anna " + old.authorized() + "\r\n",
			map[string]testKey{"anna": old}, map[string]testKey{"bob": anna}, ""},
		{"a list of principals, quoted", `"anna,bob" ` + anna.authorized(), map[string]testKey{"anna": anna, "bob": anna}, nil, ""},
		{"namespaces pattern", `anna namespaces="git,tandem-*" ` + anna.authorized(), map[string]testKey{"anna": anna}, nil, ""},
		{"another namespace only", `anna namespaces="git" ` + anna.authorized(), nil, map[string]testKey{"anna": anna}, ""},
		{"a negated namespace", `anna namespaces="*,!tandem-approval" ` + anna.authorized(), nil, map[string]testKey{"anna": anna}, ""},
		{"pattern principal", "* " + anna.authorized(), nil, nil, "line 1: person key \"*\""},
		{"negated principal", "anna,!bob " + anna.authorized(), nil, nil, "patterns are not supported"},
		{"cert-authority", "\nanna cert-authority " + anna.authorized(), nil, nil, "line 2: signing_key is not a usable SSH public key: the option cert-authority is not supported"},
		{"valid-before", `anna valid-before="20300101" ` + anna.authorized(), nil, nil, "valid-before is not supported"},
		{"unknown option", `anna no-touch-required ` + anna.authorized(), nil, nil, "unknown option"},
		{"no key", "anna\n", nil, nil, "needs principals and a key"},
		{"broken key", "anna ssh-ed25519 AAAA", nil, nil, "line 1:"},
		{"short RSA key", "anna " + newKey(t, "rsa-1024").authorized(), nil, nil, "at least 2048 bits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tr, err := ParseAllowedSigners([]byte(tt.file))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseAllowedSigners() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for who, k := range tt.allows {
				if !tr.Has(who) || !tr.Allows(who, k.authorized()) {
					t.Errorf("%s's key is not trusted for %s", who, who)
				}
			}
			for who, k := range tt.denies {
				if tr.Allows(who, k.authorized()) {
					t.Errorf("a key is trusted for %s that the file does not give them", who)
				}
			}
		})
	}
}

// TestTrustedVerify: a signature counts only by one of the approver's
// keys in the file; another key, an approver without a key, or a
// signature for another approval fail with the documented kinds.
func TestTrustedVerify(t *testing.T) {
	t.Parallel()
	anna, rotated, mallory := newKey(t, "ed25519"), newKey(t, "ed25519"), newKey(t, "ed25519")
	tr, err := ParseAllowedSigners([]byte("anna " + anna.authorized() + "\nanna " + rotated.authorized() + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := sampleApproval()
	for _, k := range []testKey{anna, rotated} {
		if err := tr.Verify(a, mustSign(t, k, a)); err != nil {
			t.Errorf("a signature by one of anna's keys: %v", err)
		}
	}
	if err := tr.Verify(a, mustSign(t, mallory, a)); !errors.Is(err, ErrWrongKey) {
		t.Errorf("a signature by another key: %v, want ErrWrongKey", err)
	}
	other := a
	other.Approver = "bob"
	if err := tr.Verify(other, mustSign(t, anna, other)); !errors.Is(err, ErrNoKey) || !strings.Contains(err.Error(), "allowed-signers") {
		t.Errorf("an approver without a key in the file: %v, want ErrNoKey", err)
	}
	later := a
	later.Digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000"
	if err := tr.Verify(later, mustSign(t, anna, a)); !errors.Is(err, ErrInvalid) {
		t.Errorf("a signature for another digest: %v, want ErrInvalid", err)
	}
}

// TestParseAllowedSignersAcceptedBySSHKeygen checks that a file this
// parser accepts means the same to ssh-keygen: it verifies a signature
// made by the key the parser trusts for anna.
func TestParseAllowedSignersAcceptedBySSHKeygen(t *testing.T) {
	t.Parallel()
	requireTool(t, "ssh-keygen")
	anna := newKey(t, "ed25519")
	file := "# kept by CI\n\"anna\" namespaces=\"git,tandem-approval\" " + anna.authorized() + "\n"
	tr, err := ParseAllowedSigners([]byte(file))
	if err != nil || !tr.Allows("anna", anna.authorized()) {
		t.Fatalf("ParseAllowedSigners: %v", err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "allowed_signers"), file)
	writeFile(t, filepath.Join(dir, "sig.txt"), mustSign(t, anna, sampleApproval()))
	out, err := runTool(t, dir, mustMessage(t, sampleApproval()), nil, "ssh-keygen", "-Y", "verify", "-f", "allowed_signers",
		"-I", "anna", "-n", Namespace, "-s", "sig.txt")
	if err != nil || !strings.Contains(out, `Good "tandem-approval" signature for anna`) {
		t.Fatalf("ssh-keygen -Y verify with the same file: %v\n%s", err, out)
	}
}

// FuzzParseAllowedSigners feeds arbitrary files to ParseAllowedSigners:
// it must not panic, and every principal it trusts must have a usable key.
func FuzzParseAllowedSigners(f *testing.F) {
	f.Fuzz(func(t *testing.T, file string) {
		tr, err := ParseAllowedSigners([]byte(file))
		if err != nil {
			return
		}
		for who, keys := range tr.keys {
			if checkPrincipal(who) != nil {
				t.Fatalf("trusted principal %q is not a plain name", who)
			}
			for _, k := range keys {
				if checkKeyType(k) != nil {
					t.Fatalf("trusted an unusable key for %q", who)
				}
			}
		}
	})
}
