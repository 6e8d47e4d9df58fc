package synthetic_test

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// TestTagOptions checks the site shape of bench/reload: a vocabulary of
// up to MaxTags distinct tag addresses and a fixed number per post.
func TestTagOptions(t *testing.T) {
	s, err := synthetic.Plan(synthetic.Options{Posts: 500, Seed: 1, Tags: synthetic.MaxTags, TagsPerPost: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tags) != synthetic.MaxTags {
		t.Errorf("%d tags, want %d", len(s.Tags), synthetic.MaxTags)
	}
	slugs := map[string]bool{}
	for _, tag := range s.Tags {
		slug := content.Slugify(tag)
		if slugs[slug] {
			t.Errorf("tag %q shares its address %q with another", tag, slug)
		}
		slugs[slug] = true
	}
	for i, p := range s.Posts {
		if len(p.Tags) != 4 {
			t.Fatalf("post %d has tags %v, want 4", i, p.Tags)
		}
	}
	checkPosts(t, s)
}

// TestTagOptionsRefused checks that Plan refuses tag counts it cannot make.
func TestTagOptionsRefused(t *testing.T) {
	for _, o := range []synthetic.Options{
		{Posts: 10, Tags: synthetic.MaxTags + 1},
		{Posts: 10, Tags: -1},
		{Posts: 10, Tags: 5, TagsPerPost: 5},
		{Posts: 10, TagsPerPost: -1},
	} {
		if _, err := synthetic.Plan(o); err == nil {
			t.Errorf("Plan(%+v) made a site", o)
		}
	}
}
