package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/messages"
)

// emptySite opens an empty temporary folder as a Site dated 2026-12-05.
func emptySite(t *testing.T) (Site, string) {
	t.Helper()
	dir := t.TempDir()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return Site{Root: root, Clock: func() time.Time { return time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC) }}, dir
}

func TestInitWritesAProgramme(t *testing.T) {
	s, dir := emptySite(t)
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	written, err := s.Init(Programme{Language: "en", BaseURL: "https://intranet.example.com/blog", Round: "pilot"})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/programme.yaml content/tandems/t01.yaml content/posts/pilot/2026-12-05-our-first-meeting.md .gitignore .github/workflows/tandem.yml"
	if got := strings.Join(written, " "); got != want {
		t.Errorf("wrote %s\nwant  %s", got, want)
	}
	prog := readFile(t, dir, "content/programme.yaml")
	for _, w := range []string{"base_url: https://intranet.example.com/blog/\n", "start: 2026-12-05\n    end: 2027-06-04\n", "reviewers: [team]"} {
		if !strings.Contains(prog, w) {
			t.Errorf("programme.yaml lacks %q:\n%s", w, prog)
		}
	}
	if tandem := readFile(t, dir, "content/tandems/t01.yaml"); !strings.Contains(tandem, "\nstart: 2026-12-05\n") {
		t.Errorf("the example tandem does not start today:\n%s", tandem)
	}
	ci := readFile(t, dir, ".github/workflows/tandem.yml")
	for _, w := range []string{"fetch-depth: 0", "tandem check --format github", "tandem build", "go install ./cmd/tandem"} {
		if !strings.Contains(ci, w) {
			t.Errorf("the CI recipe lacks %q", w)
		}
	}
	if _, err := s.Init(Programme{}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("a second init into the same folder: %v", err)
	}
}

// TestInitRefusesAnyEntry: a folder holding only a symbolic link is not
// empty either, so init never writes through one.
func TestInitRefusesAnyEntry(t *testing.T) {
	s, dir := emptySite(t)
	if err := os.Symlink(t.TempDir(), filepath.Join(dir, "content")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Init(Programme{}); err == nil || !strings.Contains(err.Error(), "it holds content") {
		t.Fatalf("init beside a link: %v", err)
	}
}

func TestAsk(t *testing.T) {
	var req Programme
	var out strings.Builder
	answers := "en\nTandems at Example\n\nintranet/blog\nhttps://intranet.example.com/blog/\n\n"
	if err := req.Ask(strings.NewReader(answers), &out, messages.Printer{}, InitFields()); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	want := Programme{Language: "en", Title: "Tandems at Example", BaseURL: "https://intranet.example.com/blog/", Round: "round-1"}
	if req != want {
		t.Errorf("answers gave %+v, want %+v", req, want)
	}
	for _, w := range []string{"Language of the site (de or en) [de]: ", "Id of the first round [round-1]: ", "is not an absolute http(s) URL"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("the questions lack %q:\n%s", w, out.String())
		}
	}
	var de strings.Builder
	var german Programme
	if err := german.Ask(strings.NewReader(answers), &de, messages.New().Printer("de"), InitFields()); err != nil || german != want {
		t.Fatalf("in German: %+v, %v\n%s", german, err, de.String())
	}
	for _, w := range []string{"Sprache der Website (de oder en) [de]: ", "ID der ersten Runde [round-1]: ", "Titel des Programms"} {
		if !strings.Contains(de.String(), w) {
			t.Errorf("the German questions lack %q:\n%s", w, de.String())
		}
	}
	given := Programme{Title: "Given"}
	if err := given.Ask(strings.NewReader("en\n"), &out, messages.Printer{}, []string{"language"}); err != nil || given.Title != "Given" || given.Language != "en" {
		t.Errorf("asking only for the language: %+v, %v", given, err)
	}
	if err := new(Programme).Ask(strings.NewReader(""), &out, messages.Printer{}, InitFields()); err == nil {
		t.Error("no error when the input ended before an answer")
	}
}
