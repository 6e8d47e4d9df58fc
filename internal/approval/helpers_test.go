package approval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// writeSite writes files (path -> text) below a new folder and opens it.
func writeSite(t testing.TB, files map[string]string) (string, *os.Root) {
	t.Helper()
	dir := t.TempDir()
	files[programme.File] = reviewtest.ProgrammeYAML
	files[reviewtest.TandemFile] = reviewtest.TandemYAML
	for name, text := range files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return dir, root
}

// outsideOwned removes the lines the review commands own (status: and
// the review: block with its indented lines) from the front matter, so
// tests can compare everything else byte for byte. It works on the raw
// bytes, so BOM and CRLF line endings take part in the comparison.
func outsideOwned(data string) string {
	lines := strings.SplitAfter(data, "\n")
	var out strings.Builder
	inFront, inReview, fences := false, false, 0
	for _, l := range lines {
		bare := strings.TrimRight(strings.TrimPrefix(l, "\ufeff"), "\r\n")
		if bare == "---" && fences < 2 {
			fences++
			inFront, inReview = fences == 1, false
			out.WriteString(l)
			continue
		}
		if inFront {
			if inReview && strings.HasPrefix(bare, " ") {
				continue
			}
			inReview = false
			if strings.HasPrefix(strings.Trim(bare, `"'`), "status") {
				continue
			}
			if strings.HasPrefix(bare, "review:") {
				inReview = true
				continue
			}
		}
		out.WriteString(l)
	}
	return out.String()
}

// parseAny reads a post whatever its problems.
func parseAny(name, text string) (*content.Post, error) {
	p, problems := content.Parse(name, []byte(text))
	return p, problems.Err()
}

// validDigest is the digest of the post in text after validate.
func validDigest(t testing.TB, name, text string) string {
	t.Helper()
	return review.Digest(reviewtest.ParseValid(t, name, text))
}
