package signature

import (
	"bytes"
	"fmt"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"
)

// Sign signs the approval's Message with s in the SSHSIG format under
// Namespace, hashing with SHA-512 (RSA keys sign with rsa-sha2-512, as
// ssh-keygen does), and returns the armored signature, the text that
// starts "-----BEGIN SSH SIGNATURE-----". s may be a key from a file
// (SignerFromFile) or held by an ssh-agent (SignerFromAgent).
func Sign(s ssh.Signer, a Approval) (string, error) {
	msg, err := Message(a)
	if err != nil {
		return "", err
	}
	if err := checkKeyType(s.PublicKey()); err != nil {
		return "", err
	}
	sig, err := sshsig.Sign(bytes.NewReader(msg), s, sshsig.HashSHA512, Namespace)
	if err != nil {
		return "", fmt.Errorf("signing the approval with %s: %w", describeKey(s.PublicKey()), err)
	}
	return string(sshsig.Armor(sig)), nil
}
