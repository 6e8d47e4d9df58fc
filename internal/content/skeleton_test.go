package content

import "testing"

func TestSkeletonLeftovers(t *testing.T) {
	t.Parallel()
	sk := ParseSkeleton([]byte("---\ntitle: {{.Title}}\n---\nSchreib hier los.\n\n## Was wir gemacht haben\n\n## Was wir gelernt haben\n\n{{/* a note */}}\n"))
	p, problems := Parse("p.md", []byte("---\ntitle: T\ndate: 2024-03-05\n---\n  Schreib hier los.\n\n## Was wir gemacht haben\n\nViel.\n\n## Was wir gelernt haben\n"))
	if problems.HasErrors() {
		t.Fatal(problems)
	}
	var got []string
	for _, pr := range LeftoverProblems(sk.Leftovers(p)) {
		got = append(got, pr.Error())
	}
	want := []string{
		"p.md:5:3: warning: this is still the skeleton's text: \"Schreib hier los.\"\n\thint: replace it with your own text",
		"p.md:11:1: warning: the section \"## Was wir gelernt haben\" from the skeleton is still empty\n\thint: write the section, or delete the heading",
	}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got  %q\nwant %q", got[i], want[i])
		}
	}
	if n := len((Skeleton{}).Leftovers(p)); n != 0 {
		t.Errorf("the zero Skeleton finds %d leftovers", n)
	}
}
