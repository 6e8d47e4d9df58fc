package site

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// TestPartsAgree builds one generated site reading its posts in one part
// and in several at once: the models must be the same, whatever the
// number of cores. Some posts name a tag twice or in other letters
// (the same address: the tag keeps the name it was first written with),
// name an author twice, or share a date with posts in other folders;
// some are held back.
func TestPartsAgree(t *testing.T) {
	t.Parallel()
	prog, posts := generatedSite(t, synthetic.Options{Posts: 400, Seed: 3, Tags: 150, TagsPerPost: 4})
	verdicts := make([]review.Verdict, len(posts))
	for i, p := range posts {
		if i%7 == 0 {
			p.Tags = append(p.Tags, strings.ToUpper(p.Tags[0]), p.Tags[1])
		}
		if i%9 == 0 {
			p.Tags = append([]string{strings.ToUpper(p.Tags[0])}, p.Tags...)
		}
		if i%11 == 0 {
			p.Date = posts[i/2].Date
		}
		if i%13 == 0 {
			p.Authors = append(p.Authors, p.Authors[0])
		}
		verdicts[i].State = review.Published
		if i%5 == 0 {
			verdicts[i].State = review.Draft
		}
	}
	for _, preview := range []bool{false, true} {
		opts := Options{Preview: preview, Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		one := newSite(prog, posts, verdicts, opts, 1)
		if len(one.Tags) < 100 || len(one.Posts) < 300 {
			t.Fatalf("preview %v: %d tags, %d posts: the site is too small to test", preview, len(one.Tags), len(one.Posts))
		}
		for _, parts := range []int{2, 3, 7} {
			if many := newSite(prog, posts, verdicts, opts, parts); !reflect.DeepEqual(many, one) {
				t.Errorf("preview %v: the model read in %d parts differs from the one read in one", preview, parts)
			}
		}
	}
}
