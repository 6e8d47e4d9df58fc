package changes

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

func TestWords(t *testing.T) {
	cases := []struct {
		name, old, new string
		want           []Span
	}{
		{"one word", "the quick fox\n", "the slow fox\n",
			[]Span{{Equal, "the "}, {Deleted, "quick"}, {Inserted, "slow"}, {Equal, " fox\n"}}},
		{"changes kept apart by spaces join", "a c\n", "b d\n",
			[]Span{{Deleted, "a c"}, {Inserted, "b d"}, {Equal, "\n"}}},
		{"a line added", "one\n", "one\ntwo\n",
			[]Span{{Equal, "one\n"}, {Inserted, "two\n"}}},
		{"unchanged", "same\n", "same\n", []Span{{Equal, "same\n"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Words(c.old, c.new); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Words(%q, %q) = %q, want %q", c.old, c.new, got, c.want)
			}
		})
	}
}

func TestChangedLinesLeavesOutWholeLineBreaks(t *testing.T) {
	lines := ChangedLines(Words("a\n\nb\n", "a\n\nnew\n\nb\n"), 10)
	want := []Line{{Number: 12, Spans: []Span{{Inserted, "new"}}}}
	if !reflect.DeepEqual(lines, want) {
		t.Errorf("got %+v, want %+v", lines, want)
	}
}

func TestCompareFieldsAndFiles(t *testing.T) {
	old := &content.Post{Title: "A", Tags: []string{"x"}, Authors: []metadata.Ref{{Key: "anna"}}, Body: []byte("b\n"),
		Files: []content.File{{Name: "a.jpg", Hash: [32]byte{1}}, {Name: "b.jpg", Hash: [32]byte{2}}}}
	new := &content.Post{Title: "A", Tags: []string{"y"}, Authors: []metadata.Ref{{Key: "anna"}, {Key: "ben"}}, Body: []byte("b\n"),
		Files: []content.File{{Name: "b.jpg", Hash: [32]byte{3}}, {Name: "c.jpg"}}}
	d := Compare(old, new)
	wantFields := []Field{{"tags", "x", "y"}, {"authors", "anna", "anna, ben"}}
	wantFiles := []File{{"a.jpg", Removed}, {"b.jpg", Changed}, {"c.jpg", Added}}
	if !reflect.DeepEqual(d.Fields, wantFields) || !reflect.DeepEqual(d.Files, wantFiles) || d.Body != nil {
		t.Errorf("got %+v", d)
	}
	if Compare(old, old).Empty() != true {
		t.Error("a post compared with itself is not empty")
	}
}

// TestWriteColourGolden compares the terminal form (with colour escapes)
// and the plain form with testdata/*.golden.
func TestWriteColourGolden(t *testing.T) {
	d := Diff{Fields: []Field{{"title", "Alt", "Neu"}}, Files: []File{{"bild.jpg", Added}},
		Body: Words("Wir waren im Museum.\n\nEnde.\n", "Wir waren im Zoo.\n\nEnde.\n")}
	r := Report{Path: "content/posts/p.md", Commit: "0123456789abcdef", OldPath: "content/posts/p.md", By: "frauke", At: "2024-03-04",
		Diff: d, Lines: ChangedLines(d.Body, 7)}
	for name, style := range map[string]Style{"colour": Colour, "plain": Plain} {
		var b bytes.Buffer
		Write(&b, r, style, messages.Printer{})
		want := filepath.Join("testdata", name+".golden")
		if os.Getenv("TANDEM_UPDATE_GOLDEN") != "" {
			if err := os.WriteFile(want, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		data, err := os.ReadFile(want)
		if err != nil || !bytes.Equal(data, b.Bytes()) {
			t.Errorf("%s: %v\n--- got\n%q\n--- want\n%q", name, err, b.String(), data)
		}
	}
}

func TestWriteInGerman(t *testing.T) {
	var b bytes.Buffer
	Write(&b, Report{Path: "p.md", Commit: "abc", OldPath: "p.md", By: "frauke", At: "2024-03-04"}, Plain, messages.New().Printer("de"))
	if !bytes.Contains(b.Bytes(), []byte("seit der Freigabe")) {
		t.Errorf("got %q", b.String())
	}
}
