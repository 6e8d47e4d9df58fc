package content

import (
	"strings"
	"testing"
)

// TestTextsTooLong: a title or a tag longer than its limit is an error at
// the value; at the limit it is fine. Both are repeated on every card of
// the post, so their length multiplies the output.
func TestTextsTooLong(t *testing.T) {
	t.Parallel()
	post := func(title, tag string) string {
		return "---\ntitle: " + title + "\ndate: 2024-03-05\nround: r1\ntags:\n  - Schule\n  - " + tag + "\n  - Schule\n---\nText\n"
	}
	_, problems := Parse("p.md", []byte(post(strings.Repeat("ä", MaxTitleRunes+1), strings.Repeat("ß", MaxTagRunes+1))))
	wantProblems(t, problems, []string{
		"p.md:2:8 title-too-long: the title has 201 characters; at most 200 are allowed",
		"p.md:7:5 tag-too-long: the tag has 65 characters; at most 64 are allowed",
	})
	p, problems := Parse("p.md", []byte(post(strings.Repeat("ä", MaxTitleRunes), strings.Repeat("ß", MaxTagRunes))))
	wantProblems(t, problems, nil)
	if p == nil || len(p.Tags) != 2 {
		t.Errorf("the post at the limits: %+v", p)
	}
}
