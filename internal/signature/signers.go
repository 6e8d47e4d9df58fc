package signature

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"

	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/agent"
)

// SignerFromFile reads an OpenSSH private key file, e.g. ~/.ssh/id_ed25519.
// passphrase is called only when the key is encrypted; the CLI prompts
// for it on the terminal. The bytes it returns are cleared after use.
// A wrong passphrase gives an error that matches x509.IncorrectPasswordError
// with errors.Is, so the caller can ask again.
func SignerFromFile(path string, passphrase func() ([]byte, error)) (ssh.Signer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the signing key: %w", err)
	}
	signer, err := parsePrivateKey(data, passphrase)
	if err != nil {
		return nil, fmt.Errorf("signing key %s: %w", path, err)
	}
	return signer, nil
}

// parsePrivateKey parses a private key, asking for the passphrase only
// when the key needs one.
func parsePrivateKey(data []byte, passphrase func() ([]byte, error)) (ssh.Signer, error) {
	signer, err := ssh.ParsePrivateKey(data)
	var missing *ssh.PassphraseMissingError
	switch {
	case err == nil:
		return signer, nil
	case errors.As(err, &missing):
		if passphrase == nil {
			return nil, errors.New("the key is encrypted and no passphrase can be asked for")
		}
	default:
		if _, _, _, _, pubErr := ssh.ParseAuthorizedKey(data); pubErr == nil {
			return nil, errors.New("this is a public key; give the private key file (without .pub)")
		}
		return nil, fmt.Errorf("not an OpenSSH private key: %w", err)
	}
	pass, err := passphrase()
	if err != nil {
		return nil, fmt.Errorf("reading the passphrase: %w", err)
	}
	defer clear(pass)
	signer, err = ssh.ParsePrivateKeyWithPassphrase(data, pass)
	if err != nil {
		return nil, fmt.Errorf("wrong passphrase or damaged key: %w", err)
	}
	return signer, nil
}

// SignerFromAgent connects to the ssh-agent listening on socketPath (the
// value of SSH_AUTH_SOCK) and returns a signer for the agent's key equal
// to want; the private key never leaves the agent. Close the returned
// Closer when done signing. When the agent lacks the key the error wraps
// ErrNotInAgent and names want's fingerprint.
func SignerFromAgent(socketPath string, want ssh.PublicKey) (ssh.Signer, io.Closer, error) {
	if socketPath == "" {
		return nil, nil, errors.New("no ssh-agent: SSH_AUTH_SOCK is not set")
	}
	conn, err := net.Dial("unix", socketPath)
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to the ssh-agent: %w", err)
	}
	signer, err := agentSigner(agent.NewClient(conn), want)
	if err != nil {
		return nil, nil, errors.Join(err, conn.Close())
	}
	return signer, conn, nil
}

// agentSigner picks the agent's signer for want.
func agentSigner(client agent.ExtendedAgent, want ssh.PublicKey) (ssh.Signer, error) {
	signers, err := client.Signers()
	if err != nil {
		return nil, fmt.Errorf("listing the ssh-agent's keys: %w", err)
	}
	for _, s := range signers {
		if bytes.Equal(s.PublicKey().Marshal(), want.Marshal()) {
			return s, nil
		}
	}
	return nil, fmt.Errorf("%w: it holds %d keys but not %s; add it with ssh-add <private key file>",
		ErrNotInAgent, len(signers), describeKey(want))
}
