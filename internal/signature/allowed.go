package signature

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/crypto/ssh"
)

// Entry is one person for AllowedSigners: their key in programme.yaml's
// people and their signing_key ("" when they have none).
type Entry struct {
	Principal string
	Key       string
}

// AllowedSigners returns the text of an allowed_signers file, as read by
// ssh-keygen -Y verify -f and by git's gpg.ssh.allowedSignersFile: one
// line per person with a key, sorted by principal, each key allowed only
// for Namespace:
//
//	anna namespaces="tandem-approval" ssh-ed25519 AAAA…
//
// Entries without a key are skipped. A key that does not parse, or a
// principal that ssh-keygen would read as a pattern or list, is an error.
func AllowedSigners(entries []Entry) (string, error) {
	sorted := slices.Clone(entries)
	slices.SortStableFunc(sorted, func(a, b Entry) int { return cmp.Compare(a.Principal, b.Principal) })
	var b strings.Builder
	for _, e := range sorted {
		if strings.TrimSpace(e.Key) == "" {
			continue
		}
		if err := checkPrincipal(e.Principal); err != nil {
			return "", err
		}
		key, err := ParsePublicKey(e.Key)
		if err != nil {
			return "", fmt.Errorf("signing_key of %q: %w", e.Principal, err)
		}
		fmt.Fprintf(&b, "%s namespaces=%q %s", e.Principal, Namespace, ssh.MarshalAuthorizedKey(key))
	}
	return b.String(), nil
}

// checkPrincipal rejects names that would not stand for exactly one
// person in an allowed_signers file: empty, with white space, quotes,
// list commas or pattern characters.
func checkPrincipal(p string) error {
	odd := func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune(`",*?!#'`, r)
	}
	if p == "" || strings.ContainsFunc(p, odd) {
		return fmt.Errorf("person key %q cannot be used as a signer name in allowed_signers", p)
	}
	return nil
}
