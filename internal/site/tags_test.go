package site

import "testing"

// TestTagKeepsFirstWrittenName: names with one address are one tag,
// named as the newest post wrote it, and a post that names a tag twice
// (in other letters too) is listed once.
func TestTagKeepsFirstWrittenName(t *testing.T) {
	t.Parallel()
	s := build([]entry{
		{path: "old", date: day(2024, 2, 1), round: "r1", tags: []string{"SELBST Lernen", "team"}, published: true},
		{path: "new", date: day(2024, 3, 1), round: "r1", tags: []string{"Selbst lernen", "selbst-lernen", "Team"}, published: true},
		{path: "mid", date: day(2024, 2, 15), round: "r1", tags: []string{"Team", "team"}, published: true},
	}, Options{})
	if len(s.Tags) != 2 {
		t.Fatalf("%d tags, want 2", len(s.Tags))
	}
	for i, want := range []struct{ name, slug string }{{"Selbst lernen", "selbst-lernen"}, {"Team", "team"}} {
		if tag := s.Tags[i]; tag.Name != want.name || tag.Slug != want.slug || tag.Href != "/mentoring/tags/"+want.slug+"/" {
			t.Errorf("tag %d = %q %q %q, want %q %q", i, tag.Name, tag.Slug, tag.Href, want.name, want.slug)
		}
	}
	wantSlugs(t, "selbst-lernen", s.Tags[0].Posts, "new", "old")
	wantSlugs(t, "team", s.Tags[1].Posts, "new", "mid", "old")
	if n := len(s.Posts[0].Tags); n != 2 {
		t.Errorf("the newest post has %d tags, want 2", n)
	}
}
