package review

import (
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// unconsented names the people p lists under pictured: who have not
// agreed to photos, when the programme requires photo consent
// (require_photo_consent), as "Name (key)" joined with ", "; "" when
// the post may be published. A key the programme does not know counts
// as no consent (validate reports it).
func (g Gate) unconsented(p *content.Post) string {
	if !g.Programme.RequirePhotoConsent {
		return ""
	}
	var missing []string
	for _, r := range p.Pictured {
		person, ok := g.Programme.People[r.Key]
		switch {
		case ok && person.Consent.Photo:
		case ok && person.Name != "":
			missing = append(missing, person.Name+" ("+r.Key+")")
		default:
			missing = append(missing, r.Key)
		}
	}
	return strings.Join(missing, ", ")
}
