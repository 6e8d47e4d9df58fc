package main

import (
	"fmt"
	"os"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/approval"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/signature"
	"golang.org/x/crypto/ssh"
	"golang.org/x/term"
)

// approvalSigner returns the Signer for tandem review approve --by by:
// nil when the approver has no signing_key (the approval is written
// unsigned; the workflow warns when the programme requires signatures),
// else one that signs with the private key file keyPath or, without it,
// with the matching key in the running ssh-agent. The key is opened once,
// on the first approval, and must match the approver's signing_key.
func approvalSigner(e env, prog *programme.Programme, by, keyPath string) approval.Signer {
	if prog == nil {
		return nil
	}
	person, ok := prog.People[by]
	if !ok || person.SigningKey == "" {
		return nil
	}
	var (
		once   sync.Once
		mu     sync.Mutex
		signer ssh.Signer
		err    error
	)
	open := func() {
		var want ssh.PublicKey
		if want, err = signature.ParsePublicKey(person.SigningKey); err != nil {
			err = diag.Fail(diag.T("the signing_key of %s in programme.yaml: %v", by, err), err)
			return
		}
		signer, err = openSigner(e, keyPath, want)
		if err == nil && string(signer.PublicKey().Marshal()) != string(want.Marshal()) {
			err = diag.Fail(diag.T("%s holds key %s, but the signing_key of %s in programme.yaml is %s",
				keyPath, signature.Fingerprint(signer.PublicKey()), by, signature.Fingerprint(want)))
		}
	}
	return func(a review.Approval) (string, error) {
		once.Do(open)
		if err != nil {
			return "", err
		}
		mu.Lock()
		defer mu.Unlock()
		return signature.Sign(signer, a.Signed())
	}
}

// openSigner opens the private key file, asking for its passphrase on the
// terminal, or finds want in the ssh-agent.
func openSigner(e env, keyPath string, want ssh.PublicKey) (ssh.Signer, error) {
	if keyPath != "" {
		return signature.SignerFromFile(keyPath, func() ([]byte, error) { return askPassphrase(e, keyPath) })
	}
	sock := e.getenv("SSH_AUTH_SOCK")
	if sock == "" {
		return nil, diag.Fail(diag.T("no --key given and no ssh-agent running (SSH_AUTH_SOCK is not set); pass --key ~/.ssh/id_ed25519 or start ssh-agent and ssh-add your key"))
	}
	s, _, err := signature.SignerFromAgent(sock, want)
	if err != nil {
		return nil, diag.Fail(diag.T("%v; pass --key with the private key file instead", err), err)
	}
	return s, nil
}

// askPassphrase reads a passphrase from the terminal without echo.
func askPassphrase(e env, keyPath string) ([]byte, error) {
	f, ok := e.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, diag.Fail(diag.T("%s is protected by a passphrase and there is no terminal to ask for it; use ssh-agent instead", keyPath))
	}
	fmt.Fprint(e.stderr, diag.Printable(diag.T("Passphrase for %s: ", keyPath).In(e.printer())))
	p, err := term.ReadPassword(int(f.Fd()))
	fmt.Fprintln(e.stderr)
	return p, err
}
