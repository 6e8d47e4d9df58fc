package signature

import (
	"bytes"
	"fmt"
	"path"
	"strings"

	"golang.org/x/crypto/ssh"
)

// Trusted is an allowed-signers file read by ParseAllowedSigners: the
// keys each principal may sign approvals with. CI keeps it where authors
// cannot write, so that a signing_key edited in programme.yaml proves
// nothing.
type Trusted struct {
	keys map[string][]ssh.PublicKey
}

// ParseAllowedSigners reads an allowed-signers file in the format of
// ssh-keygen -Y verify -f (and git's gpg.ssh.allowedSignersFile), as
// AllowedSigners writes it:
//
//	frauke namespaces="tandem-approval" ssh-ed25519 AAAA… frauke@laptop
//
// Each line holds principals (comma-separated, optionally in double
// quotes), options and a public key; empty lines and lines starting with
// # are skipped. A line whose namespaces= option leaves out
// "tandem-approval" does not count for approvals. Because a mistake here
// would trust the wrong key or nobody, anything tandem cannot honour
// exactly is an error naming its line: principal patterns (*, ?, !),
// cert-authority, valid-after, valid-before and unknown options.
func ParseAllowedSigners(data []byte) (*Trusted, error) {
	t := &Trusted{keys: map[string][]ssh.PublicKey{}}
	for n, line := range bytes.Split(data, []byte("\n")) {
		text := strings.TrimSpace(string(line))
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := t.addLine(text); err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
	}
	return t, nil
}

// addLine adds the keys of one non-empty line.
func (t *Trusted) addLine(text string) error {
	principals, rest, err := cutPrincipals(text)
	if err != nil {
		return err
	}
	key, _, options, _, err := ssh.ParseAuthorizedKey([]byte(rest))
	if err != nil {
		return fmt.Errorf("%w: want \"principal [options] ssh-ed25519 AAAA… [comment]\"", ErrBadKey)
	}
	if strings.ContainsAny(rest, "\r\n") {
		return fmt.Errorf("%w: one key per line", ErrBadKey)
	}
	if err := checkKeyType(key); err != nil {
		return err
	}
	applies, err := forApprovals(options)
	if err != nil || !applies {
		return err
	}
	for _, p := range principals {
		t.keys[p] = append(t.keys[p], key)
	}
	return nil
}

// cutPrincipals splits the principals field off a line.
func cutPrincipals(text string) (principals []string, rest string, err error) {
	field, rest, ok := "", "", false
	if quoted, isQuoted := strings.CutPrefix(text, `"`); isQuoted {
		field, rest, ok = strings.Cut(quoted, `"`)
	} else if i := strings.IndexAny(text, " \t"); i >= 0 {
		field, rest, ok = text[:i], text[i+1:], true
	}
	if !ok || strings.TrimSpace(rest) == "" {
		return nil, "", fmt.Errorf("%w: a line needs principals and a key", ErrBadKey)
	}
	for p := range strings.SplitSeq(field, ",") {
		if err := checkPrincipal(p); err != nil {
			return nil, "", fmt.Errorf("%w (patterns are not supported: name each reviewer)", err)
		}
		principals = append(principals, p)
	}
	return principals, strings.TrimSpace(rest), nil
}

// forApprovals reports whether a line with these options may sign
// approvals: yes without namespaces=, or when one of its namespace
// patterns matches Namespace and none of its negations does.
func forApprovals(options []string) (bool, error) {
	applies := true
	for _, o := range options {
		name, value, _ := strings.Cut(o, "=")
		switch strings.ToLower(name) {
		case "namespaces":
			applies = namespaceMatches(strings.Trim(value, `"`))
		case "cert-authority", "valid-after", "valid-before":
			return false, fmt.Errorf("%w: the option %s is not supported by tandem; list the keys that may sign, and remove the ones that may not", ErrBadKey, name)
		default:
			return false, fmt.Errorf("%w: unknown option %q", ErrBadKey, o)
		}
	}
	return applies, nil
}

// namespaceMatches matches Namespace against a comma-separated pattern
// list as ssh-keygen does: a negated pattern (!pat) that matches wins.
func namespaceMatches(list string) bool {
	match := false
	for pat := range strings.SplitSeq(list, ",") {
		neg := strings.HasPrefix(pat, "!")
		ok, err := path.Match(strings.TrimPrefix(pat, "!"), Namespace)
		switch {
		case err != nil || !ok:
		case neg:
			return false
		default:
			match = true
		}
	}
	return match
}

// Has reports whether principal has at least one key for approvals.
func (t *Trusted) Has(principal string) bool { return len(t.keys[principal]) > 0 }

// Allows reports whether authorizedKey, in authorized_keys form, is one
// of principal's keys.
func (t *Trusted) Allows(principal, authorizedKey string) bool {
	key, err := ParsePublicKey(authorizedKey)
	if err != nil {
		return false
	}
	for _, k := range t.keys[principal] {
		if bytes.Equal(k.Marshal(), key.Marshal()) {
			return true
		}
	}
	return false
}

// Verify checks that armored is a signature of a, made under Namespace
// with one of the approver's keys in the file. It fails like Verify does,
// with ErrNoKey when the approver has no key in the file.
func (t *Trusted) Verify(a Approval, armored string) error {
	keys := t.keys[a.Approver]
	if len(keys) == 0 {
		return fmt.Errorf("%w: %q has no key in the allowed-signers file", ErrNoKey, a.Approver)
	}
	return verifyAgainst(keys, "the key of %q in the allowed-signers file is %s", a, armored)
}
