package approval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

const programmeYAML = `title: Tandem
base_url: https://intranet.example.com/mentoring/
rounds:
  - id: r1
    start: 2024-01-01
    end: 2024-06-30
people:
  anna: {name: Anna, role: mentor}
  ben: {name: Ben, role: mentee}
  frauke: {name: Frauke, role: reviewer}
  gerd: {name: Gerd, role: reviewer}
reviewers: [frauke, gerd]
`

const tandemYAML = "round: r1\nmentors: [anna]\nmentee: ben\n"

// day returns a time on day d of March 2024 at 09:00 UTC.
func day(d int) time.Time { return time.Date(2024, 3, d, 9, 0, 0, 0, time.UTC) }

// testProgramme loads the test programme.
func testProgramme(t testing.TB) *programme.Programme {
	t.Helper()
	fsys := fstest.MapFS{
		programme.File:             {Data: []byte(programmeYAML)},
		"content/tandems/t01.yaml": {Data: []byte(tandemYAML)},
	}
	p, problems := programme.Load(fsys)
	if problems.HasErrors() {
		t.Fatalf("programme: %v", problems.Err())
	}
	return p
}

// parse reads a post from text, failing on errors.
func parse(t testing.TB, name, text string) *content.Post {
	t.Helper()
	p, problems := content.Parse(name, []byte(text))
	if problems.HasErrors() {
		t.Fatalf("parse %s: %v", name, problems.Err())
	}
	return p
}

// post is front matter lines and a body joined into a post file.
func post(front ...string) string {
	return "---\n" + strings.Join(front, "\n") + "\n---\nErster Absatz.\n\nZweiter Absatz.\n"
}

// writeSite writes files (path -> text) below a new folder and opens it.
func writeSite(t testing.TB, files map[string]string) (string, *os.Root) {
	t.Helper()
	dir := t.TempDir()
	files[programme.File] = programmeYAML
	files["content/tandems/t01.yaml"] = tandemYAML
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

// parseValid reads a post from text and validates it against the test
// programme, which fills in the round from the tandem as a build does.
func parseValid(t testing.TB, name, text string) *content.Post {
	t.Helper()
	p := parse(t, name, text)
	if problems := validate.Check(testProgramme(t), []*content.Post{p}); problems.HasErrors() {
		t.Fatalf("validate %s: %v", name, problems.Err())
	}
	return p
}

// validDigest is the digest of the post in text after validate.
func validDigest(t testing.TB, name, text string) string {
	t.Helper()
	return review.Digest(parseValid(t, name, text))
}
