package signature

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Namespace is the SSHSIG namespace of approval signatures. It keeps a
// signature made for tandem from being accepted as, say, a signed git
// commit or a signed file, and the other way round.
const Namespace = "tandem-approval"

// messageHeader is the first line of every signed message; v1 is the
// message format version.
const messageHeader = "tandem-approval v1"

// Approval is what a reviewer vouches for when approving a post: this
// file, with this content, approved by me, at this time.
type Approval struct {
	// Path is the post's source file below the site root, slash-separated,
	// e.g. "content/posts/r1/2024-03-05-start.md".
	Path string
	// Digest is the digest of the post as approved, e.g. "sha256:<hex>".
	Digest string
	// Approver is the approver's key in programme.yaml's people.
	Approver string
	// At is when the post was approved. Only whole seconds are signed.
	At time.Time
}

// Message returns the canonical text that is signed for a, as described
// in the package documentation. It fails when a field is empty or holds
// a line break or other control character, since such an approval could
// be read back as a different one.
func Message(a Approval) ([]byte, error) {
	fields := []struct{ name, value string }{
		{"path", a.Path},
		{"digest", a.Digest},
		{"approver", a.Approver},
	}
	for _, f := range fields {
		if err := checkField(f.name, f.value); err != nil {
			return nil, err
		}
	}
	if a.At.IsZero() {
		return nil, errors.New("approval has no approval time")
	}
	var b strings.Builder
	b.WriteString(messageHeader + "\n")
	for _, f := range fields {
		b.WriteString(f.name + ": " + f.value + "\n")
	}
	b.WriteString("approved-at: " + a.At.UTC().Format(time.RFC3339) + "\n")
	return []byte(b.String()), nil
}

// checkField rejects values that are empty or could break the
// one-field-per-line layout of the message.
func checkField(name, value string) error {
	if value == "" {
		return fmt.Errorf("approval has no %s", name)
	}
	if strings.ContainsFunc(value, unicode.IsControl) {
		return fmt.Errorf("approval %s %q contains a line break or control character", name, value)
	}
	return nil
}
