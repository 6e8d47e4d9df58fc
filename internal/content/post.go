package content

import (
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Kinds of post.
const (
	KindDiary         = "diary"
	KindRetrospective = "retrospective"
	KindAnnouncement  = "announcement"
)

// Review states a post's front matter can be in.
const (
	StatusDraft    = "draft"
	StatusReview   = "review"
	StatusApproved = "approved"
)

// Kinds lists the allowed values of kind (a new slice on every call).
func Kinds() []string { return []string{KindDiary, KindRetrospective, KindAnnouncement} }

// Statuses lists the allowed values of status (a new slice on every call).
func Statuses() []string { return []string{StatusDraft, StatusReview, StatusApproved} }

// Fields lists the front matter fields a post may have (a new slice on
// every call).
func Fields() []string {
	return []string{"title", "date", "authors", "round", "tandem", "kind", "tags", "summary", "slug", "image", "status", "review", "pictured"}
}

// Post is one post as written: front matter, body and bundle files.
// Resolved values (round from tandem, default slug) are filled in by
// validate; Meta keeps where every field was written, for later stages.
type Post struct {
	// Path is the Markdown file below the site root,
	// e.g. "content/posts/r1/2024-03-05-start.md".
	Path string
	// Bundle is the folder of a bundle post (Path is its index.md), or "".
	Bundle string
	// Name is the file or bundle name without extension and date prefix.
	Name string

	Title   string
	Date    time.Time
	Authors []metadata.Ref
	Round   metadata.Ref
	Tandem  metadata.Ref
	Kind    string
	Tags    []string
	Summary string
	Slug    string
	// Image is the cover picture (image: in the front matter), a file
	// of the post's bundle; "" when not given.
	Image  string
	Status string
	Review Review
	// Pictured are the people recognisable in the post's photos
	// (pictured: in the front matter), by key: with
	// require_photo_consent, the post is published only while each of
	// them agrees to photos (programme.Consent.Photo).
	Pictured []metadata.Ref

	// Body is the Markdown after the front matter, with "\n" line endings.
	Body []byte
	// BodyLine is the line of the file where Body starts.
	BodyLine int
	// Files are the bundle's other files, sorted by name.
	Files []File
	// Hash is the SHA-256 of the file (and, for a bundle, of its files):
	// it changes whenever anything in the post changes.
	Hash [32]byte
	// Meta is where each field of the front matter was written, for
	// problems; nil when the front matter could not be read. (Only the
	// places are kept: the YAML tree is let go once the fields are
	// decoded, as a site keeps thousands of posts.)
	Meta *metadata.Places `json:"-"`
}

// Review is the review block of the front matter, written by the
// review commands.
type Review struct {
	SubmittedAt time.Time
	ApprovedBy  string
	ApprovedAt  time.Time
	Digest      string
	Signature   string
	// ChangesRequested is set when a reviewer sent the post back.
	ChangesRequested *ChangeRequest
	// Approvals are the approvals after the first (approved_by …), each
	// its own record, for a kind whose review_policy needs several.
	Approvals []Approval
	Pos       diag.Pos
}

// Approval is one further approval in a review block's approvals list.
type Approval struct {
	By        string
	At        time.Time
	Digest    string
	Signature string
	Pos       diag.Pos
}

// ChangeRequest is a reviewer's note sending a post back to draft.
type ChangeRequest struct {
	By   string
	At   time.Time
	Note string
}

// File is a file in a post bundle.
type File struct {
	// Name is the path inside the bundle, with "/" separators.
	Name string
	// Source is the path below the site root.
	Source string
	// Size in bytes, and SHA-256 of the contents.
	Size int64
	Hash [32]byte
	// Active is why a browser would run scripts from the file (its
	// script extension, see ActiveBundleFile), or "".
	Active string
	// Image is what the header of a JPEG, PNG or WebP photo says
	// (upright size, orientation), read as the file is hashed; nil for
	// any other file, and for one whose name says JPEG, PNG or WebP but
	// whose bytes are no readable image (it is copied as it is, a WebP
	// without its metadata).
	Image *images.Info
	// Strip says the file is a WebP or GIF image with metadata (EXIF,
	// XMP, comments): it is published without it (images.Strip), its
	// pixels as they are.
	Strip bool
}

// Pos returns where field was written, or the start of the front matter.
func (p *Post) Pos(field string) diag.Pos {
	if p.Meta == nil {
		return diag.Pos{Path: p.Path, Line: 1, Col: 1}
	}
	return p.Meta.Pos(field)
}

// ShownDay is a post's date t as a reader and its author see it: the day
// in the zone the date was written in, and the time of day when it has
// one ("2026-12-24", "2026-12-24 10:00 +01:00"). Messages about when a
// scheduled post is published say it so.
func ShownDay(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format("2006-01-02 15:04 -07:00")
}
