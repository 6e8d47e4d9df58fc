package content

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// insideFile fails the test when a problem points outside data: every
// line must exist and every column lie within its line (or just after).
func insideFile(t *testing.T, data []byte, problems diag.List) {
	t.Helper()
	lines := bytes.Split(data, []byte("\n"))
	for _, p := range problems {
		if p.Path != "p.md" || p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			t.Fatalf("problem outside the %d lines of the file: %v", len(lines), p)
		}
	}
}

// FuzzSplit splits any normalised text: the body is always the end of
// the input, and lines and problems point into it.
// Seeds: testdata/fuzz/FuzzSplit.
func FuzzSplit(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw []byte) {
		data := Normalize(raw)
		doc, problems := Split("p.md", data)
		if !bytes.HasSuffix(data, doc.Body) {
			t.Fatalf("body %q is not a suffix of %q", doc.Body, data)
		}
		before := data[:len(data)-len(doc.Body)]
		if want := bytes.Count(before, []byte("\n")) + 1; doc.BodyLine != want {
			t.Fatalf("BodyLine = %d, want %d", doc.BodyLine, want)
		}
		if problems.HasErrors() {
			if len(doc.Front) != 0 || !bytes.Equal(doc.Body, data) {
				t.Fatalf("a failed split must keep the whole file as body")
			}
		} else if !bytes.Contains(before, doc.Front) || doc.FrontLine < 2 || doc.FrontLine > doc.BodyLine {
			t.Fatalf("front %q on line %d is not before the body on line %d", doc.Front, doc.FrontLine, doc.BodyLine)
		}
		insideFile(t, data, problems)
	})
}

// FuzzParse parses any bytes as a post: no panic, the body is the end of
// the normalised file, and every problem points into the file.
// Seeds: testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, raw []byte) {
		post, problems := Parse("p.md", raw)
		data := Normalize(raw)
		insideFile(t, data, problems)
		if post == nil {
			if !problems.HasErrors() {
				t.Fatal("no post and no error")
			}
			return
		}
		if !bytes.HasSuffix(data, post.Body) {
			t.Fatalf("body %q is not a suffix of %q", post.Body, data)
		}
		if post.Meta != nil && !problems.HasErrors() && (post.Title == "" || post.Date.IsZero()) {
			t.Fatalf("a post without errors has title %q and date %v", post.Title, post.Date)
		}
	})
}

// FuzzSlugify checks that any text gives a clean address segment: only
// a-z, 0-9 and single inner dashes, and slugifying again changes nothing.
// Seeds: testdata/fuzz/FuzzSlugify.
func FuzzSlugify(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		got := Slugify(s)
		for _, r := range got {
			if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
				t.Fatalf("Slugify(%q) = %q holds %q", s, got, r)
			}
		}
		if strings.Contains(got, "..") || strings.Contains(got, "--") || strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") {
			t.Fatalf("Slugify(%q) = %q is not clean", s, got)
		}
		if again := Slugify(got); again != got {
			t.Fatalf("Slugify is not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}
