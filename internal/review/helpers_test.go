package review

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
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
	return Digest(parseValid(t, name, text))
}

const name = "content/posts/2024-03-01-start.md"

// approvedPost returns a post file approved by frauke with a matching digest.
func approvedPost(t *testing.T, extra ...string) string {
	t.Helper()
	front := append([]string{"title: Start", "date: 2024-03-01", "tandem: t01", "authors: [anna]"}, extra...)
	text := post(append(front, "status: approved")...)
	d := validDigest(t, name, text)
	return post(append(front, "status: approved", "review:", "  approved_by: frauke", "  approved_at: 2024-03-02T10:00:00Z", "  digest: "+d)...)
}
