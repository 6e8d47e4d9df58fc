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

// digestVersion names the form of the digest; it is hashed first, so a
// digest of one version never matches a digest of another.
const digestVersion = "tandem-digest-2"

// DigestFields names the fields of content.Post the digest covers:
// every field a page shows or that decides where the post appears. It is
// the one list of what an approval covers; the tests check that changing
// any of them changes the digest, that every other field of content.Post
// is named in NotDigested, and that no page of the default theme changes
// when only those other fields change. A field added to content.Post
// that pages show (a cover image, say) belongs here (a new slice on every
// call).
func DigestFields() []string {
	return []string{"Title", "Date", "Slug", "Summary", "Tags", "Authors", "Round", "Tandem", "Kind", "Body", "Files"}
}

// NotDigested names the fields of content.Post the digest leaves out,
// because no page shows them to readers: where the file is (Path, Name,
// Bundle; the address comes from Slug), the review workflow's own fields
// (Status, Review: the preview banner and dashboard show them, never a
// production page) and bookkeeping (BodyLine, Hash, Meta). A new slice on
// every call.
func NotDigested() []string {
	return []string{"Path", "Name", "Bundle", "Status", "Review", "BodyLine", "Hash", "Meta"}
}

// Digest returns the SHA-256 over what a reader of p will see and where:
// the fields DigestFields names, with the date as written (wall clock and
// zone, which decide the day a page shows), the round as validate
// resolved it (from the tandem when the post names none), and, for a
// bundle, the name and contents of every file. Status, the review block
// and YAML comments are not part of it, so changing them keeps an
// approval valid. Line endings are already normalised by content.Parse.
// p must have passed validate.
//
// Each field is written as "name len:value\n", so no two different posts
// share an encoding.
func Digest(p *content.Post) string {
	h := sha256.New()
	field(h, "version", digestVersion)
	field(h, "title", p.Title)
	field(h, "date", shownDate(p.Date))
	field(h, "slug", p.Slug)
	field(h, "summary", p.Summary)
	field(h, "tags", strings.Join(p.Tags, "\x00"))
	field(h, "authors", authorKeys(p))
	field(h, "round", p.Round.Key)
	field(h, "tandem", p.Tandem.Key)
	field(h, "kind", p.Kind)
	fieldBytes(h, "body", p.Body)
	for _, f := range p.Files {
		field(h, "file", f.Name)
		field(h, "file-sha256", hex.EncodeToString(f.Hash[:]))
	}
	return DigestPrefix + hex.EncodeToString(h.Sum(nil))
}

func authorKeys(p *content.Post) string {
	authors := make([]string, len(p.Authors))
	for i, a := range p.Authors {
		authors[i] = a.Key
	}
	return strings.Join(authors, "\x00")
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

// shownDate is the date as written: wall clock and zone offset, which is
// what pages show ("2024-03-01T23:30:00-05:00" shows 1 March, the same
// instant written in UTC shows 2 March).
func shownDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
