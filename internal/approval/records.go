package approval

import (
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// records returns the approvals p keeps when by approves the text of
// digest: the others' approvals of the same text, in their order, then
// the new one. An approval of another text (stale) and by's own earlier
// one are dropped, so with one approval needed (no review_policy) the
// new approval replaces the old as it always did.
func records(p *content.Post, by string, now time.Time, digest, sig string) []content.Approval {
	r := p.Review
	all := append([]content.Approval{{By: r.ApprovedBy, At: r.ApprovedAt, Digest: r.Digest, Signature: r.Signature}}, r.Approvals...)
	var kept []content.Approval
	for _, a := range all {
		if a.By != "" && a.By != by && a.Digest == digest && !a.At.IsZero() {
			kept = append(kept, a)
		}
	}
	return append(kept, content.Approval{By: by, At: now, Digest: digest, Signature: sig})
}

// setApprovals writes the approvals: the first as approved_by,
// approved_at, digest and signature, the others, each its own record,
// in the approvals list.
func (b *block) setApprovals(list []content.Approval) {
	b.remove(fieldSignature, fieldApprovals)
	first := list[0]
	b.set(fieldApprovedBy, textNode(first.By))
	b.set(fieldApprovedAt, timeNode(first.At))
	b.set(fieldDigest, textNode(first.Digest))
	if first.Signature != "" {
		b.set(fieldSignature, textNode(first.Signature))
	}
	if len(list) == 1 {
		return
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	for _, a := range list[1:] {
		m := mapNode(textNode("by"), textNode(a.By), textNode("at"), timeNode(a.At), textNode("digest"), textNode(a.Digest))
		if a.Signature != "" {
			m.Content = append(m.Content, textNode("signature"), textNode(a.Signature))
		}
		seq.Content = append(seq.Content, m)
	}
	b.set(fieldApprovals, seq)
}
