package signature

import (
	"bytes"
	"encoding/pem"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// Verify checks that armored is a signature of a's Message, made under
// Namespace with authorizedKey, the approver's signing_key in
// authorized_keys form. The error wraps, in the order checked: ErrNoKey
// or ErrBadKey (the key), ErrMissing (no signature), ErrMalformed (not
// one SSH signature), ErrWrongKey (another key signed), ErrInvalid
// (signed for another approval or namespace).
func Verify(authorizedKey string, a Approval, armored string) error {
	pub, err := ParsePublicKey(authorizedKey)
	if errors.Is(err, ErrNoKey) {
		return fmt.Errorf("%w: %q has no signing_key in programme.yaml", ErrNoKey, a.Approver)
	}
	if err != nil {
		return fmt.Errorf("signing_key of %q: %w", a.Approver, err)
	}
	return verifyAgainst([]ssh.PublicKey{pub}, "the signing_key of %q is %s", a, armored)
}

// verifyAgainst checks that armored is a signature of a's Message under
// Namespace by one of keys; wrongKey describes the keys for ErrWrongKey,
// with the approver and the keys as its arguments.
func verifyAgainst(keys []ssh.PublicKey, wrongKey string, a Approval, armored string) error {
	sig, err := unarmor(armored)
	if err != nil {
		return err
	}
	if sig.Namespace != Namespace {
		return fmt.Errorf("%w: it was made for %q, not for %q", ErrInvalid, sig.Namespace, Namespace)
	}
	i := slices.IndexFunc(keys, func(k ssh.PublicKey) bool { return bytes.Equal(sig.PublicKey.Marshal(), k.Marshal()) })
	if i < 0 {
		return fmt.Errorf("%w: signed with %s, but "+wrongKey,
			ErrWrongKey, describeKey(sig.PublicKey), a.Approver, describeKeys(keys))
	}
	msg, err := Message(a)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	err = sshsig.Verify(bytes.NewReader(msg), sig, keys[i], sig.HashAlgorithm, Namespace)
	if err != nil {
		return fmt.Errorf("%w: it was made for another post, digest, approver or approval time"+
			" (was the post changed after approval?)", ErrInvalid)
	}
	return nil
}

// unarmor decodes armored, which must be exactly one SSH SIGNATURE block
// and nothing else but white space.
func unarmor(armored string) (*sshsig.Signature, error) {
	text := strings.TrimSpace(armored)
	if text == "" {
		return nil, ErrMissing
	}
	begin := "-----BEGIN " + sshsig.PEMType + "-----"
	if !strings.HasPrefix(text, begin) {
		return nil, fmt.Errorf("%w: it does not start with %q", ErrMalformed, begin)
	}
	block, rest := pem.Decode([]byte(text))
	if block == nil {
		return nil, fmt.Errorf("%w: the armor is broken (bad base64 or missing END line)", ErrMalformed)
	}
	if len(bytes.TrimSpace(rest)) > 0 || len(block.Headers) > 0 {
		return nil, fmt.Errorf("%w: unexpected text around the signature block", ErrMalformed)
	}
	sig, err := sshsig.ParseSignature(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return sig, nil
}
