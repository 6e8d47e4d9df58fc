package content

import (
	"crypto/sha256"
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// This file turns a post file's text into a Post: the front matter split
// off and decoded, the review block read.

// Parse decodes a post from its file contents. name is the path below the
// site root, used in problems and to derive the default slug. The post's
// Body is the end of data, not a copy (a post is read into a buffer of
// its own size, and copying every body would double what loading
// allocates): data must not change afterwards.
func Parse(name string, data []byte) (*Post, diag.List) {
	data = Normalize(data) // first, so positions count lines as everywhere else
	problems := checkText(name, data)
	if problems.HasErrors() {
		return nil, problems
	}
	hash := sha256.Sum256(data)
	doc, probs := Split(name, data)
	problems.Add(probs...)
	post := &Post{Path: name, Name: trimDate(strings.TrimSuffix(path.Base(name), ".md")), Body: doc.Body, BodyLine: doc.BodyLine, Hash: hash}
	if probs.HasErrors() {
		return post, problems
	}
	m, probs := ParseFront(name, doc)
	problems.Add(probs...)
	if probs.HasErrors() {
		return post, problems // unreadable front matter: no field can be trusted
	}
	decodePost(post, m, &problems)
	post.Meta = m.Places()
	problems.Add(CheckBody(post)...)
	return post, problems
}

func decodePost(p *Post, m *metadata.Map, l *diag.List) {
	m.WarnUnknown(Fields(), diag.T("a post"), l)
	p.Title = m.String("title", true, l)
	p.Date = m.Date("date", true, l)
	p.Authors = atMost(m.Refs("authors", l), MaxAuthors, "authors", m, l)
	p.Round = metadata.Ref{Key: m.String("round", false, l), Pos: m.Pos("round")}
	p.Tandem = metadata.Ref{Key: m.String("tandem", false, l), Pos: m.Pos("tandem")}
	p.Kind = m.Enum("kind", KindDiary, Kinds(), l)
	p.Tags = uniqueStrings(atMost(m.Strings("tags", l), MaxTags, "tags", m, l))
	p.Pictured = atMost(m.Refs("pictured", l), MaxAuthors, "pictured", m, l)
	p.Summary = m.String("summary", false, l)
	checkTexts(p, m, l)
	p.Slug = m.String("slug", false, l)
	p.Image = m.String("image", false, l)
	if p.Slug == "" {
		p.Slug = Slugify(p.Name)
	}
	p.Status = m.Enum("status", StatusDraft, Statuses(), l)
	p.Review = decodeReview(m, l)
}

func decodeReview(m *metadata.Map, l *diag.List) Review {
	r := m.Sub("review", l)
	if r == nil {
		return Review{}
	}
	r.WarnUnknown([]string{"submitted_at", "approved_by", "approved_at", "digest", "signature", "changes_requested", "approvals"}, diag.T("the review block"), l)
	rev := Review{
		SubmittedAt: r.Date("submitted_at", false, l),
		ApprovedBy:  r.String("approved_by", false, l),
		ApprovedAt:  r.Date("approved_at", false, l),
		Digest:      r.String("digest", false, l),
		Signature:   r.String("signature", false, l),
		Pos:         m.Pos("review"),
	}
	for _, a := range r.Items("approvals", l) {
		a.WarnUnknown([]string{"by", "at", "digest", "signature"}, diag.Verbatim("approvals"), l)
		rev.Approvals = append(rev.Approvals, Approval{By: a.String("by", false, l), At: a.Date("at", false, l),
			Digest: a.String("digest", false, l), Signature: a.String("signature", false, l), Pos: a.Start()})
	}
	if c := r.Sub("changes_requested", l); c != nil {
		c.WarnUnknown([]string{"by", "at", "note"}, diag.Verbatim("changes_requested"), l)
		rev.ChangesRequested = &ChangeRequest{By: c.String("by", false, l), At: c.Date("at", false, l), Note: c.String("note", false, l)}
	}
	return rev
}

// trimDate removes a leading "YYYY-MM-DD-" from a file name.
// DefaultSlug is the slug of the post whose file (a .md file) or bundle
// folder is name when its front matter sets none: its name, without a
// leading date, made a slug (see Slugify).
func DefaultSlug(name string) string {
	return Slugify(trimDate(strings.TrimSuffix(path.Base(name), ".md")))
}

func trimDate(name string) string {
	if len(name) > 11 && name[4] == '-' && name[7] == '-' && name[10] == '-' && isDigits(name[:4]+name[5:7]+name[8:10]) {
		return name[11:]
	}
	return name
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// uniqueStrings returns in without repeats, in the order first written.
func uniqueStrings(in []string) []string {
	if len(in) < 2 {
		return in
	}
	seen := make(map[string]bool, len(in))
	out := make([]string, 0, len(in))
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
