package changes

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// Diff is what changed in a post between two versions.
type Diff struct {
	// Fields are the front-matter fields whose values differ, in the
	// order FieldNames gives.
	Fields []Field `json:"fields"`
	// Body is the prose, word by word; nil when it did not change.
	Body []Span `json:"body"`
	// Files are the bundle's files that were added, removed or changed.
	Files []File `json:"files"`
}

// Empty reports whether nothing a reader sees changed.
func (d Diff) Empty() bool { return len(d.Fields) == 0 && d.Body == nil && len(d.Files) == 0 }

// Field is one front-matter field whose value changed.
type Field struct {
	Name string `json:"name"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// FileChange says how a bundle file changed; its values are codes of
// --format json.
type FileChange string

// The ways a bundle file changes.
const (
	Added   FileChange = "added"
	Removed FileChange = "removed"
	Changed FileChange = "changed"
)

// File is a bundle file that changed.
type File struct {
	Name   string     `json:"name"`
	Change FileChange `json:"change"`
}

// FieldNames lists the front-matter fields Compare compares, by the
// names the front matter gives them: every field the approval's digest
// covers besides the body and the bundle's files (a new slice on every
// call).
func FieldNames() []string {
	return []string{"title", "date", "slug", "summary", "tags", "authors", "round", "tandem", "kind", "image"}
}

// Compare returns what changed from old to new; both must have passed
// validate (the round resolved, the default slug set).
func Compare(old, new *content.Post) Diff {
	var d Diff
	a, b := values(old), values(new)
	for _, name := range FieldNames() {
		if a[name] != b[name] {
			d.Fields = append(d.Fields, Field{Name: name, Old: a[name], New: b[name]})
		}
	}
	if string(old.Body) != string(new.Body) {
		d.Body = Words(string(old.Body), string(new.Body))
	}
	d.Files = files(old.Files, new.Files)
	return d
}

// values gives each field of FieldNames as text.
func values(p *content.Post) map[string]string {
	authors := make([]string, len(p.Authors))
	for i, a := range p.Authors {
		authors[i] = a.Key
	}
	return map[string]string{
		"title": p.Title, "date": review.ShownDate(p.Date), "slug": p.Slug, "summary": p.Summary,
		"tags": strings.Join(p.Tags, ", "), "authors": strings.Join(authors, ", "),
		"round": p.Round.Key, "tandem": p.Tandem.Key, "kind": p.Kind, "image": p.Image,
	}
}

// files lists the bundle files added, removed or changed, by name.
func files(old, new []content.File) []File {
	before := map[string][32]byte{}
	for _, f := range old {
		before[f.Name] = f.Hash
	}
	var out []File
	for _, f := range new {
		h, ok := before[f.Name]
		switch {
		case !ok:
			out = append(out, File{f.Name, Added})
		case h != f.Hash:
			out = append(out, File{f.Name, Changed})
		}
		delete(before, f.Name)
	}
	for name := range before {
		out = append(out, File{name, Removed})
	}
	slices.SortFunc(out, func(x, y File) int { return strings.Compare(x.Name, y.Name) })
	return out
}
