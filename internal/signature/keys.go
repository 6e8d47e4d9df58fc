package signature

import (
	"crypto/rsa"
	"fmt"
	"strings"

	"golang.org/x/crypto/ssh"
)

// minRSABits is the smallest RSA key accepted; smaller keys are
// considered breakable.
const minRSABits = 2048

// supportedTypes lists the accepted key types for messages.
const supportedTypes = "ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa (2048 bits or more)"

// ParsePublicKey parses a signing key written in authorized_keys form,
// "ssh-ed25519 AAAA… comment", the way ~/.ssh/id_ed25519.pub holds it.
// It accepts ed25519, ECDSA (nistp256, nistp384, nistp521) and RSA keys
// of at least 2048 bits; it rejects key options, certificates and more
// than one key. Errors wrap ErrBadKey.
func ParsePublicKey(line string) (ssh.PublicKey, error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return nil, ErrNoKey
	}
	if strings.ContainsAny(line, "\r\n") {
		return nil, fmt.Errorf("%w: more than one line; give exactly one key", ErrBadKey)
	}
	key, _, options, _, err := ssh.ParseAuthorizedKey([]byte(line))
	if err != nil {
		return nil, fmt.Errorf("%w: want \"ssh-ed25519 AAAA… comment\" as in your id_ed25519.pub", ErrBadKey)
	}
	if len(options) > 0 {
		return nil, fmt.Errorf("%w: key options %q are not allowed; give only the key", ErrBadKey, strings.Join(options, ","))
	}
	if err := checkKeyType(key); err != nil {
		return nil, err
	}
	return key, nil
}

// checkKeyType rejects key types and sizes tandem does not accept.
func checkKeyType(key ssh.PublicKey) error {
	switch key.Type() {
	case ssh.KeyAlgoED25519, ssh.KeyAlgoECDSA256, ssh.KeyAlgoECDSA384, ssh.KeyAlgoECDSA521:
		return nil
	case ssh.KeyAlgoRSA:
	default:
		return fmt.Errorf("%w: key type %s is not supported; use %s", ErrBadKey, key.Type(), supportedTypes)
	}
	// Keys from an ssh-agent hide their type; parsing the wire form again
	// gives a key whose size can be read.
	parsed, err := ssh.ParsePublicKey(key.Marshal())
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadKey, err)
	}
	ck, ok := parsed.(ssh.CryptoPublicKey)
	if !ok {
		return fmt.Errorf("%w: cannot read the RSA key", ErrBadKey)
	}
	rk, ok := ck.CryptoPublicKey().(*rsa.PublicKey)
	if !ok || rk.N.BitLen() < minRSABits {
		return fmt.Errorf("%w: RSA keys need at least %d bits; make a new key with ssh-keygen -t ed25519", ErrBadKey, minRSABits)
	}
	return nil
}

// Fingerprint returns the key's SHA-256 fingerprint as ssh-keygen -l
// prints it, e.g. "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8".
func Fingerprint(key ssh.PublicKey) string {
	return ssh.FingerprintSHA256(key)
}

// describeKey names a key for messages: type and fingerprint.
func describeKey(key ssh.PublicKey) string {
	return key.Type() + " " + Fingerprint(key)
}

// describeKeys names keys for messages, joined by " or ".
func describeKeys(keys []ssh.PublicKey) string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = describeKey(k)
	}
	return strings.Join(names, " or ")
}
