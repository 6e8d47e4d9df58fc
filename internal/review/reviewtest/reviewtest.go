package reviewtest

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// ProgrammeYAML is the test programme: round r1 in the first half of
// 2024, the mentor anna, the mentee ben and the reviewers frauke and gerd.
const ProgrammeYAML = `title: Tandem
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

// TandemYAML is tandem t01 of round r1: anna mentors ben.
const TandemYAML = "round: r1\nmentors: [anna]\nmentee: ben\n"

// TandemFile is where TandemYAML lives below the site root.
const TandemFile = "content/tandems/t01.yaml"

// Day returns a time on day d of March 2024 at 09:00 UTC.
func Day(d int) time.Time { return time.Date(2024, 3, d, 9, 0, 0, 0, time.UTC) }

// Programme loads the test programme, failing the test on errors.
func Programme(t testing.TB) *programme.Programme {
	t.Helper()
	fsys := fstest.MapFS{
		programme.File: {Data: []byte(ProgrammeYAML)},
		TandemFile:     {Data: []byte(TandemYAML)},
	}
	p, problems := programme.Load(fsys)
	if problems.HasErrors() {
		t.Fatalf("programme: %v", problems.Err())
	}
	return p
}

// Parse reads a post from text, failing the test on errors.
func Parse(t testing.TB, name, text string) *content.Post {
	t.Helper()
	p, problems := content.Parse(name, []byte(text))
	if problems.HasErrors() {
		t.Fatalf("parse %s: %v", name, problems.Err())
	}
	return p
}

// Post joins front matter lines and a two-paragraph body into a post file.
func Post(front ...string) string {
	return "---\n" + strings.Join(front, "\n") + "\n---\nErster Absatz.\n\nZweiter Absatz.\n"
}

// ParseValid reads a post from text and validates it against the test
// programme, which fills in the round from the tandem as a build does.
func ParseValid(t testing.TB, name, text string) *content.Post {
	t.Helper()
	p := Parse(t, name, text)
	if problems := validate.Check(Programme(t), []*content.Post{p}); problems.HasErrors() {
		t.Fatalf("validate %s: %v", name, problems.Err())
	}
	return p
}
