package review

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
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
	return []string{"Title", "Date", "Slug", "Summary", "Tags", "Authors", "Round", "Tandem", "Kind", "Image", "Body", "Files", "Pictured"}
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
	d := newDigest()
	d.field("version", digestVersion)
	d.field("title", p.Title)
	d.field("date", ShownDate(p.Date))
	d.field("slug", p.Slug)
	d.field("summary", p.Summary)
	d.field("tags", strings.Join(p.Tags, "\x00"))
	d.field("authors", authorKeys(p))
	d.field("round", p.Round.Key)
	d.field("tandem", p.Tandem.Key)
	d.field("kind", p.Kind)
	if p.Image != "" {
		// Written only when given, so the digests of posts without a
		// cover stay what they were before covers existed.
		d.field("image", p.Image)
	}
	d.fieldBytes("body", p.Body)
	d.files(p.Files)
	if len(p.Pictured) > 0 { // decides publication (require_photo_consent); absent in digests made before it
		d.field("pictured", refKeys(p.Pictured))
	}
	return d.sum()
}

func authorKeys(p *content.Post) string { return refKeys(p.Authors) }

// refKeys joins the keys of refs with NUL.
func refKeys(refs []metadata.Ref) string {
	keys := make([]string, len(refs))
	for i, a := range refs {
		keys[i] = a.Key
	}
	return strings.Join(keys, "\x00")
}

// digest writes the fields of a digest into a SHA-256 hash through one
// buffer, which a field's head (and a short value) is put together in:
// a slice handed to the hash escapes to the heap, so a buffer per field
// would be an allocation per field.
type digest struct {
	h   hash.Hash
	buf []byte
}

func newDigest() *digest { return &digest{h: sha256.New(), buf: make([]byte, 0, 256)} }

// field writes "name len:value\n".
func (d *digest) field(name, value string) {
	d.head(name, len(value))
	d.buf = append(append(d.buf, value...), '\n')
	d.h.Write(d.buf)
}

// fieldBytes is field for a value in bytes, written without a copy.
func (d *digest) fieldBytes(name string, value []byte) {
	d.head(name, len(value))
	d.h.Write(d.buf)
	d.h.Write(value)
	d.buf = append(d.buf[:0], '\n')
	d.h.Write(d.buf)
}

// head puts "name len:" into the buffer.
func (d *digest) head(name string, n int) {
	d.buf = append(append(d.buf[:0], name...), ' ')
	d.buf = append(strconv.AppendInt(d.buf, int64(n), 10), ':')
}

// files writes a bundle's files: name and SHA-256 of each.
func (d *digest) files(files []content.File) {
	for _, f := range files {
		d.field("file", f.Name)
		d.field("file-sha256", hex.EncodeToString(f.Hash[:]))
	}
}

// sum is the digest as written in front matter: "sha256:" and hex.
func (d *digest) sum() string { return DigestPrefix + hex.EncodeToString(d.h.Sum(nil)) }

// ShownDate is the date as written: wall clock and zone offset, which is
// what pages show ("2024-03-01T23:30:00-05:00" shows 1 March, the same
// instant written in UTC shows 2 March). The digest hashes it and the
// preview's diff since the approval (package changes) compares it.
func ShownDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
