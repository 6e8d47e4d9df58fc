package signature

// Error is a kind of signature failure. Verify and the other functions
// wrap one of the Err constants with details, so callers tell the kinds
// apart with errors.Is and show the whole error to the reviewer.
type Error string

// Error returns the sentence describing the failure kind.
func (e Error) Error() string { return string(e) }

// The kinds of failure.
const (
	// ErrMissing means the approval carries no signature.
	ErrMissing Error = "approval is not signed"
	// ErrMalformed means the signature text is not an SSH signature.
	ErrMalformed Error = "approval signature is not an SSH signature"
	// ErrWrongKey means the signature was made with a different key than
	// the approver's signing_key.
	ErrWrongKey Error = "approval was signed with another key than the approver's signing_key"
	// ErrInvalid means the signature was made by the right key but for
	// another approval: another post, digest, approver, time or namespace.
	ErrInvalid Error = "approval signature does not match this approval"
	// ErrNoKey means the approver has no signing_key.
	ErrNoKey Error = "approver has no signing_key"
	// ErrBadKey means a signing key cannot be used: not an SSH public key,
	// an unsupported type or a too short RSA key.
	ErrBadKey Error = "signing_key is not a usable SSH public key"
	// ErrNotInAgent means the ssh-agent does not hold the wanted key.
	ErrNotInAgent Error = "ssh-agent does not hold the signing key"
)
