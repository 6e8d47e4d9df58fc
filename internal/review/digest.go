package review

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"strconv"
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
	fieldBytes(h, "body", p.Body)
	for _, f := range p.Files {
		field(h, "file", f.Name)
		field(h, "file-sha256", hex.EncodeToString(f.Hash[:]))
	}
	return DigestPrefix + hex.EncodeToString(h.Sum(nil))
}

func field(h hash.Hash, name, value string) {
	head(h, name, len(value))
	io.WriteString(h, value)
	h.Write([]byte{'\n'})
}

// fieldBytes is field for a value in bytes, written without a copy.
func fieldBytes(h hash.Hash, name string, value []byte) {
	head(h, name, len(value))
	h.Write(value)
	h.Write([]byte{'\n'})
}

// head writes "name len:".
func head(h hash.Hash, name string, n int) {
	var buf [64]byte
	b := append(append(buf[:0], name...), ' ')
	b = append(strconv.AppendInt(b, int64(n), 10), ':')
	h.Write(b)
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
