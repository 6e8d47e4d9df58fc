package review

import (
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// v1Reason is the reason the gate gives for an approval recorded under
// digest v1 whose text is unchanged.
func v1Reason() diag.Text {
	return diag.T("made under digest v1, which did not cover round, tandem, kind and the shown date (with its zone); approve it again with tandem review approve")
}

// digestV1 is the digest tandem computed before version 2 (title, date
// as a UTC instant, slug, summary, tags, authors, body and bundle
// files). The gate uses it only to tell an old approval of the current
// text from a stale one, and never accepts it.
func digestV1(p *content.Post) string {
	d := newDigest()
	d.field("version", "tandem-digest-1")
	d.field("title", p.Title)
	date := ""
	if !p.Date.IsZero() {
		date = p.Date.UTC().Format(time.RFC3339)
	}
	d.field("date", date)
	d.field("slug", p.Slug)
	d.field("summary", p.Summary)
	d.field("tags", strings.Join(p.Tags, "\x00"))
	d.field("authors", authorKeys(p))
	d.fieldBytes("body", p.Body)
	d.files(p.Files)
	return d.sum()
}
