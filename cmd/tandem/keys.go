package main

import (
	"fmt"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/signature"
)

func runKeys(e env, args []string) int {
	fs := newFlags(e, "review keys", "review keys [-s DIR] > allowed_signers",
		diag.T("Prints an allowed-signers file made from the signing_key of every person in\nprogramme.yaml, for ssh-keygen -Y verify and git (gpg.ssh.allowedSignersFile)."))
	source := sourceFlag(fs)
	if ok, code := parse(e, fs, args); !ok {
		return code
	}
	e = e.inSite(*source)
	root, prog, code := openSite(e, "review keys", *source)
	if root == nil {
		return code
	}
	defer root.Close()
	var entries []signature.Entry
	for _, key := range prog.PersonKeys() {
		if k := prog.People[key].SigningKey; k != "" {
			entries = append(entries, signature.Entry{Principal: key, Key: k})
		}
	}
	text, err := signature.AllowedSigners(entries)
	if err != nil {
		e.say(e.stderr, diag.T("tandem review keys: %s: %s", prog.Path, diag.TextOf(err)))
		return exitContent
	}
	if len(entries) == 0 {
		e.say(e.stderr, diag.T("tandem review keys: nobody in %s has a signing_key yet", prog.Path))
	}
	fmt.Fprint(e.stdout, text)
	return exitOK
}
