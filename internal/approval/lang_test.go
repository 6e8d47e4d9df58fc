package approval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
)

// TestErrorsInGerman: the errors a reviewer reads from the review
// commands (a note missing, a file named twice, a read-only or
// unreadable post, old Mac line endings, an edit that would not read
// back or would change more than the review fields) come in German when
// the reader reads German, and still in English otherwise.
func TestErrorsInGerman(t *testing.T) {
	t.Parallel()
	de := messages.New().Printer("de")
	post := reviewtest.Post("title: A", "date: 2024-03-01", "tandem: t01", "status: review")
	files := map[string]string{
		"content/posts/a.md":  post,
		"content/posts/ro.md": post,
		"content/posts/cr.md": strings.ReplaceAll(post, "\n", "\r"),
	}
	dir, root := writeSite(t, files)
	if err := os.Chmod(filepath.Join(dir, "content/posts/ro.md"), 0o444); err != nil {
		t.Fatal(err)
	}
	prog := reviewtest.Programme(t)
	w := Workflow{Programme: prog}
	p := reviewtest.Parse(t, "content/posts/a.md", post)
	_, noteErr := w.Reject(p, []byte(post), "gerd", " \n", reviewtest.Day(5))
	out := Batch{Root: root, Programme: prog}.Run([]string{"content/posts/a.md", "content/posts/a.md", "content/posts/ro.md", "content/posts/cr.md", "content/x.md"},
		func(p *content.Post, data []byte) (Edit, error) {
			return w.Reject(p, data, "gerd", "Kürzer, bitte.", reviewtest.Day(5))
		})
	drafted := strings.Replace(post, "status: review", "status: draft", 1)
	tests := []struct {
		err    error
		en, de string
	}{
		{noteErr, "a note is needed", "Eine Notiz ist nötig: Sag der Autorin oder dem Autor, was zu ändern ist"},
		{out[1].Err, "it is named twice", "Sie ist zweimal genannt; sie wurde einmal bearbeitet"},
		{out[2].Err, "the file is read-only", "Die Datei ist schreibgeschützt; mach sie beschreibbar (chmod u+w)"},
		{out[3].Err, "old Mac line endings", "Die Datei hat alte Mac-Zeilenenden (nur CR)"},
		{out[4].Err, "it is not a post", "Sie ist kein Beitrag: Beiträge sind .md-Dateien unter content/posts/"},
		{checkRewrite(p, []byte(post), []byte(drafted), "review"), "the edit would change more than the review fields",
			"content/posts/a.md: Die Bearbeitung würde mehr als die Freigabefelder ändern; die Datei wurde nicht geändert"},
		{checkRewrite(p, []byte(post), []byte("---\ntitle: [\n---\n"), "review"), "the edited front matter does not read back",
			"content/posts/a.md: Der bearbeitete Kopfbereich lässt sich nicht wieder lesen"},
	}
	for i, tt := range tests {
		if tt.err == nil {
			t.Errorf("%d: no error, want %q", i, tt.en)
			continue
		}
		if !strings.Contains(tt.err.Error(), tt.en) {
			t.Errorf("%d: %q in English, want %q", i, tt.err.Error(), tt.en)
		}
		if got := diag.TextOf(tt.err).In(de); !strings.Contains(got, tt.de) {
			t.Errorf("%d: %q in German, want %q", i, got, tt.de)
		}
	}
	if out[0].Err != nil {
		t.Errorf("the first a.md: %v", out[0].Err)
	}
}
