package review

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/signature"
)

// Approval is what a reviewer vouches for: the post, the approver, the
// time and the digest of the approved text. The gate verifies a signature
// over it; internal/approval has one made when it records an approval.
type Approval struct {
	Path   string
	By     string
	At     time.Time
	Digest string
}

// VerifySignature is the Verifier a Gate uses unless told otherwise: it
// checks p's review.signature, an SSH signature in the "tandem-approval"
// namespace, against the approver's signing_key from programme.yaml. The
// signed text binds the post's path, digest, approver and time, so a
// signature copied from another post, made over an older text or by
// another key, or an edited approver or time, all fail.
func VerifySignature(prog *programme.Programme, p *content.Post, digest string) error {
	key := ""
	if person, ok := prog.People[p.Review.ApprovedBy]; ok {
		key = person.SigningKey
	}
	return signature.Verify(key, ApprovalOf(p, digest).Signed(), p.Review.Signature)
}

// ApprovalOf returns the approval recorded in p's review block.
func ApprovalOf(p *content.Post, digest string) Approval {
	return Approval{Path: p.Path, By: p.Review.ApprovedBy, At: p.Review.ApprovedAt, Digest: digest}
}

// Signed returns the approval in the form internal/signature signs and
// verifies.
func (a Approval) Signed() signature.Approval {
	return signature.Approval{Path: a.Path, Digest: a.Digest, Approver: a.By, At: a.At}
}
