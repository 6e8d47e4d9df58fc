package review

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// validDigest is the digest of the post in text after validate.
func validDigest(t testing.TB, name, text string) string {
	t.Helper()
	return Digest(reviewtest.ParseValid(t, name, text))
}

const name = "content/posts/2024-03-01-start.md"

// approvedPost returns a post file approved by frauke with a matching digest.
func approvedPost(t *testing.T, extra ...string) string {
	t.Helper()
	front := append([]string{"title: Start", "date: 2024-03-01", "tandem: t01", "authors: [anna]"}, extra...)
	text := reviewtest.Post(append(front, "status: approved")...)
	d := validDigest(t, name, text)
	return reviewtest.Post(append(front, "status: approved", "review:", "  approved_by: frauke", "  approved_at: 2024-03-02T10:00:00Z", "  digest: "+d)...)
}
