package signature

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

func TestAllowedSigners(t *testing.T) {
	t.Parallel()
	anna, bob := newKey(t, "ed25519"), newKey(t, "ecdsa-p256")
	line := func(who string, k testKey) string {
		return who + ` namespaces="tandem-approval" ` + string(ssh.MarshalAuthorizedKey(k.signer.PublicKey()))
	}
	tests := []struct {
		name    string
		entries []Entry
		want    string
		wantErr string
	}{
		{"none", nil, "", ""},
		{"sorted by principal, comments dropped", []Entry{{"bob", bob.authorized()}, {"anna", anna.authorized()}}, line("anna", anna) + line("bob", bob), ""},
		{"people without keys skipped", []Entry{{"carol", ""}, {"anna", anna.authorized()}, {"dave", "  "}}, line("anna", anna), ""},
		{"pattern in principal", []Entry{{"a*", anna.authorized()}}, "", "a*"},
		{"list in principal", []Entry{{"anna,bob", anna.authorized()}}, "", "anna,bob"},
		{"space in principal", []Entry{{"anna bob", anna.authorized()}}, "", "anna bob"},
		{"empty principal", []Entry{{"", anna.authorized()}}, "", "signer name"},
		{"broken key", []Entry{{"anna", "ssh-ed25519 AAAA"}}, "", `"anna"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := AllowedSigners(tt.entries)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("AllowedSigners() error = %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("AllowedSigners() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestAllowedSignersBrokenKeyIsBadKey(t *testing.T) {
	t.Parallel()
	_, err := AllowedSigners([]Entry{{"anna", "not a key"}})
	if !errors.Is(err, ErrBadKey) {
		t.Errorf("AllowedSigners() error = %v, want ErrBadKey", err)
	}
}
