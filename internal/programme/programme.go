package programme

import (
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// Programme is everything in programme.yaml plus the tandem files.
type Programme struct {
	// Path is the file it was read from, e.g. "content/programme.yaml".
	Path         string
	Title        string
	Description  string
	Language     string // "de" or "en"
	BaseURL      string // absolute URL ending in "/"
	Organisation string
	Contact      Contact
	Theme        string
	Topics       []string
	PageSize     int
	Rounds       []Round
	People       map[string]Person
	Reviewers    []Ref
	// ReviewPolicy says what approvals each post kind needs (see
	// PolicyFor); empty: one approval by any reviewer.
	ReviewPolicy []Policy
	Tandems      []Tandem
	// RequireSignedApprovals makes approvals count only with a valid
	// SSH signature by the approver's signing key.
	RequireSignedApprovals bool
	// RequireSignedPos is where require_signed_approvals is written, or
	// the start of programme.yaml.
	RequireSignedPos diag.Pos
	// AllowStaticHTML lets content/static/ hold files a browser runs
	// scripts from (HTML, SVG, XML), published unreviewed as they are.
	AllowStaticHTML bool
	// AllowStaticHTMLPos is where allow_static_html is written, or the
	// start of programme.yaml.
	AllowStaticHTMLPos diag.Pos
	// AllowBundleHTML lets a post's bundle hold files a browser runs
	// scripts from (HTML, XML, an SVG with a script), which its approval
	// covers but its page does not show.
	AllowBundleHTML bool
	// AllowBundleHTMLPos is where allow_bundle_html is written, or the
	// start of programme.yaml.
	AllowBundleHTMLPos diag.Pos
	// AllowServerConfig lets content/static/ and bundles hold files a web
	// server reads as its configuration (web.config, _redirects, …).
	AllowServerConfig bool
	// AllowServerConfigPos is where allow_server_config is written, or
	// the start of programme.yaml.
	AllowServerConfigPos diag.Pos
	// Images are the settings of the photos' derivatives (images: in
	// programme.yaml; images.Defaults when missing).
	Images images.Settings
	// RequirePhotoConsent holds back a post that lists someone under
	// pictured: who has not agreed to photos (Consent.Photo).
	RequirePhotoConsent bool
	// RequirePhotoConsentPos is where require_photo_consent is written,
	// or the start of programme.yaml.
	RequirePhotoConsentPos diag.Pos
	// Brand is the organisation's logo, colour and header image.
	Brand Brand
	// Unreadable is set when programme.yaml is missing or is not valid
	// YAML. Its rounds and people are then unknown, so references to
	// them are not checked: each would be reported as unknown.
	Unreadable bool
}

// Contact is who readers write to.
type Contact struct {
	Name  string
	Email string
}

// Round is one programme round of about six months.
type Round struct {
	ID      string
	Title   string
	Start   time.Time
	End     time.Time
	Summary string
	// Survey is what the round's closing survey found, or nil.
	Survey *Survey
	// Events are the round's fixed dates (kick-off, closing), in file
	// order.
	Events []Event
	Pos    diag.Pos
}

// Person is someone named in the programme.
type Person struct {
	Key        string
	Name       string
	Role       string
	Department string
	// SigningKey is an SSH public key in authorized_keys form, or "".
	SigningKey string
	Pos        diag.Pos
	// SigningKeyPos is where signing_key is written, or the person's entry.
	SigningKeyPos diag.Pos
	// Consent is what they agreed to be shown with.
	Consent Consent
}

// Ref is a key that refers to another entry, with where it was written.
type Ref = metadata.Ref

// Tandem is two mentors (usually) and one mentee working through a round.
type Tandem struct {
	ID      string
	Path    string
	Round   Ref
	Mentors []Ref
	Mentee  Ref
	Topics  []string
	Goals   []Goal
	Cadence string
	// Start is the day the tandem began, when it joined its round after
	// the round started (start: in its file), or the zero time.
	Start time.Time
	Pos   diag.Pos
}

// Round returns the round with id, or nil.
func (p *Programme) Round(id string) *Round {
	for i := range p.Rounds {
		if p.Rounds[i].ID == id {
			return &p.Rounds[i]
		}
	}
	return nil
}

// Tandem returns the tandem with id, or nil. Tandems are sorted by id
// (Load sorts them), so this is a binary search.
func (p *Programme) Tandem(id string) *Tandem {
	i, found := slices.BinarySearchFunc(p.Tandems, id, func(t Tandem, id string) int { return strings.Compare(t.ID, id) })
	if found {
		return &p.Tandems[i]
	}
	for i := range p.Tandems { // not sorted: built by hand, e.g. in a test
		if p.Tandems[i].ID == id {
			return &p.Tandems[i]
		}
	}
	return nil
}

// IsReviewer reports whether key is listed in reviewers.
func (p *Programme) IsReviewer(key string) bool {
	for _, r := range p.Reviewers {
		if r.Key == key {
			return true
		}
	}
	return false
}

// RoundIDs returns the round ids in file order.
func (p *Programme) RoundIDs() []string {
	ids := make([]string, len(p.Rounds))
	for i, r := range p.Rounds {
		ids[i] = r.ID
	}
	return ids
}

// TandemIDs returns the tandem ids in order.
func (p *Programme) TandemIDs() []string {
	ids := make([]string, len(p.Tandems))
	for i, t := range p.Tandems {
		ids[i] = t.ID
	}
	return ids
}

// PersonKeys returns the people keys, sorted.
func (p *Programme) PersonKeys() []string {
	keys := make([]string, 0, len(p.People))
	for k := range p.People {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}
