package review

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// DigestPrefix starts every digest, naming the hash.
const DigestPrefix = "sha256:"

// Digest returns the SHA-256 over what a reader of p will see: title,
// date, slug, summary, tags, authors, the Markdown body and, for a bundle,
// the name and contents of every file. Status, the review block and YAML
// comments are not part of it, so changing them keeps an approval valid.
// Line endings are already normalised by content.Parse.
//
// Each field is written as "name len:value\n", so no two different posts
// share an encoding.
func Digest(p *content.Post) string {
	h := sha256.New()
	field(h, "version", "tandem-digest-1")
	field(h, "title", p.Title)
	field(h, "date", dateText(p.Date))
	field(h, "slug", p.Slug)
	field(h, "summary", p.Summary)
	field(h, "tags", strings.Join(p.Tags, "\x00"))
	authors := make([]string, len(p.Authors))
	for i, a := range p.Authors {
		authors[i] = a.Key
	}
	field(h, "authors", strings.Join(authors, "\x00"))
	field(h, "body", string(p.Body))
	for _, f := range p.Files {
		field(h, "file", f.Name)
		field(h, "file-sha256", hex.EncodeToString(f.Hash[:]))
	}
	return DigestPrefix + hex.EncodeToString(h.Sum(nil))
}

func field(h hash.Hash, name, value string) {
	fmt.Fprintf(h, "%s %d:%s\n", name, len(value), value)
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
