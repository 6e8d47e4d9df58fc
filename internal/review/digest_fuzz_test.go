package review

import (
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// FuzzDigest builds posts from arbitrary fields: the digest is the same
// for equal posts and differs when only the title differs.
// Seeds: testdata/fuzz/FuzzDigest.
func FuzzDigest(f *testing.F) {
	f.Fuzz(func(t *testing.T, title, other, body, tags string, unix int64) {
		post := func(title string) *content.Post {
			p := &content.Post{
				Title: title, Date: time.Unix(unix, 0), Slug: "s", Body: []byte(body),
				Tags: strings.Split(tags, ","), Authors: []metadata.Ref{{Key: "anna"}},
				Files: []content.File{{Name: "a.png", Hash: [32]byte{1}}},
			}
			return p
		}
		d := Digest(post(title))
		if !strings.HasPrefix(d, DigestPrefix) || len(d) != len(DigestPrefix)+64 {
			t.Fatalf("digest %q has the wrong form", d)
		}
		if again := Digest(post(title)); again != d {
			t.Fatalf("digest is not deterministic: %q then %q", d, again)
		}
		if changed := Digest(post(other)); (changed != d) != (title != other) {
			t.Fatalf("titles %q and %q: digests %q and %q", title, other, d, changed)
		}
	})
}
