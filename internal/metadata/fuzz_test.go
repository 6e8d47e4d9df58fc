package metadata

import (
	"bytes"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// FuzzMetadataParse parses any bytes as front matter (starting on line 2)
// and reads every field with every getter: nothing may panic, every
// problem has a position inside the document, and keys are unique.
// Seeds: testdata/fuzz/FuzzMetadataParse.
func FuzzMetadataParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		const offset = 1
		m, problems := Parse("p.md", data, offset)
		if m == nil {
			t.Fatal("Parse returned a nil Map")
		}
		lastLine := lineBreaks(data) + 1 + offset
		seen := map[string]bool{}
		for _, k := range m.Keys() {
			if seen[k] {
				t.Fatalf("key %q listed twice", k)
			}
			seen[k] = true
			var l diag.List
			m.String(k, true, &l)
			m.Strings(k, &l)
			m.StringPos(k, 1)
			m.Date(k, false, &l)
			m.Int(k, 0, &l)
			m.Bool(k, false, &l)
			m.Enum(k, "a", []string{"a", "b"}, &l)
			if sub := m.Sub(k, &l); sub != nil {
				sub.WarnUnknown([]string{"x"}, diag.T("a field"), &l)
			}
			m.Items(k, &l)
			problems.Add(l...)
		}
		m.WarnUnknown([]string{"title"}, diag.T("a post"), &problems)
		samePlaces(t, m, m.Places(), append(m.Keys(), "absent"))
		for _, p := range problems {
			if p.Path != "p.md" || p.Line <= offset || p.Line > lastLine || p.Col < 1 {
				t.Fatalf("problem outside the document (lines %d-%d): %v", offset+1, lastLine, p)
			}
		}
	})
}

// lineBreaks counts what YAML may take for a line break: LF, CR (so CRLF
// counts twice, which is fine for an upper bound), NEL, LS and PS.
func lineBreaks(data []byte) int {
	n := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r"))
	for _, r := range []string{"\u0085", "\u2028", "\u2029"} {
		n += bytes.Count(data, []byte(r))
	}
	return n
}
