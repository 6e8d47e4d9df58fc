package site

import (
	"slices"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/metadata"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func testProgramme() *programme.Programme {
	return &programme.Programme{
		Title: "T", BaseURL: "https://example.com/mentoring/",
		Rounds: []programme.Round{
			{ID: "r1", Start: day(2024, 1, 1), End: day(2024, 6, 30)},
			{ID: "r2", Start: day(2024, 9, 1), End: day(2025, 2, 28)},
		},
		People: map[string]programme.Person{
			"anna": {Key: "anna", Name: "Anna"}, "bernd": {Key: "bernd", Name: "Bernd"},
			"chris": {Key: "chris", Name: "Chris"}, "frauke": {Key: "frauke", Name: "Frauke"},
		},
		Tandems: []programme.Tandem{
			{ID: "t1", Round: ref("r1"), Mentors: []programme.Ref{ref("anna")}, Mentee: ref("bernd")},
			{ID: "t2", Round: ref("r2"), Mentors: []programme.Ref{ref("chris")}},
		},
	}
}

func ref(key string) metadata.Ref { return metadata.Ref{Key: key} }

// entry is a post for the tests: path, date, round, tandem, kind, tags,
// authors and whether the gate published it.
type entry struct {
	path      string
	date      time.Time
	round     string
	tandem    string
	kind      string
	tags      []string
	authors   []string
	published bool
}

func build(entries []entry, opts Options) *Site {
	var posts []*content.Post
	var verdicts []review.Verdict
	for _, e := range entries {
		p := &content.Post{Path: e.path, Slug: e.path, Date: e.date, Round: ref(e.round), Tandem: ref(e.tandem), Kind: e.kind, Tags: e.tags}
		if p.Kind == "" {
			p.Kind = content.KindDiary
		}
		for _, a := range e.authors {
			p.Authors = append(p.Authors, ref(a))
		}
		v := review.Verdict{State: review.Draft}
		if e.published {
			v.State = review.Published
		}
		posts, verdicts = append(posts, p), append(verdicts, v)
	}
	return New(testProgramme(), posts, verdicts, opts)
}

func slugs(posts []*Post) []string {
	out := []string{}
	for _, p := range posts {
		out = append(out, p.Slug)
	}
	return out
}

func wantSlugs(t *testing.T, what string, got []*Post, want ...string) {
	t.Helper()
	if g := slugs(got); !slices.Equal(g, want) {
		t.Errorf("%s = %q, want %q", what, g, want)
	}
}

// mixed holds published and hidden posts in every index.
var mixed = []entry{
	{"a", day(2024, 2, 1), "r1", "t1", "", []string{"KI"}, []string{"anna"}, true},
	{"b", day(2024, 3, 1), "r1", "t1", "", []string{"KI", "Geheim"}, []string{"anna", "bernd"}, false},
	{"c", day(2024, 4, 1), "r1", "t1", "", []string{"ki"}, []string{"bernd"}, true},
	{"d", day(2024, 6, 30), "r1", "", content.KindRetrospective, nil, []string{"frauke"}, true},
	{"e", day(2024, 9, 10), "r2", "t2", "", []string{"Geheim"}, []string{"chris"}, false},
}

func TestProductionShowsOnlyPublished(t *testing.T) {
	t.Parallel()
	s := build(mixed, Options{Now: day(2024, 10, 1)})
	wantSlugs(t, "posts", s.Posts, "d", "c", "a")
	r1, r2 := s.Rounds[1], s.Rounds[0]
	wantSlugs(t, "round r1", r1.Posts, "d", "c", "a")
	wantSlugs(t, "round r2", r2.Posts)
	wantSlugs(t, "retrospectives", r1.Retrospectives, "d")
	wantSlugs(t, "tandem t1 diary", s.Tandems[0].Diary, "a", "c")
	wantSlugs(t, "tandem t2 diary", s.Tandems[1].Diary)
	if len(s.Tags) != 1 || s.Tags[0].Slug != "ki" {
		t.Fatalf("tags = %v, want only ki (Geheim is on hidden posts only)", s.Tags)
	}
	wantSlugs(t, "tag ki", s.Tags[0].Posts, "c", "a")
	var authors []string
	for _, a := range s.Authors {
		authors = append(authors, a.Key)
		if a.Key == "bernd" {
			wantSlugs(t, "bernd's posts", a.Posts, "c")
		}
	}
	if !slices.Equal(authors, []string{"anna", "bernd", "frauke"}) {
		t.Errorf("authors = %q; chris wrote only a hidden post", authors)
	}
	a, c := s.Posts[2], s.Posts[1]
	if a.Next != c || c.Prev != a || a.Prev != nil || c.Next != nil {
		t.Errorf("prev/next must skip the hidden post b")
	}
}

func TestPreviewShowsAll(t *testing.T) {
	t.Parallel()
	s := build(mixed, Options{Preview: true, Now: day(2024, 10, 1)})
	wantSlugs(t, "posts", s.Posts, "e", "d", "c", "b", "a")
	wantSlugs(t, "tandem t1 diary", s.Tandems[0].Diary, "a", "b", "c")
	if len(s.Tags) != 2 || s.Tags[0].Slug != "geheim" || s.Tags[1].Slug != "ki" {
		t.Errorf("tags = %v", s.Tags)
	}
	if len(s.Authors) != 4 {
		t.Errorf("authors = %d, want 4", len(s.Authors))
	}
}

func TestOrdering(t *testing.T) {
	t.Parallel()
	same := day(2024, 3, 1)
	s := build([]entry{
		{"m", same, "r1", "t1", "", nil, nil, true},
		{"z", same, "r1", "t1", "", nil, nil, true},
		{"a", same, "r1", "t1", "", nil, nil, true},
		{"old", day(2024, 1, 5), "r1", "t1", "", nil, nil, true},
		{"new", day(2024, 5, 1), "r1", "t1", "", nil, nil, true},
	}, Options{})
	wantSlugs(t, "newest first, the reverse of Compare", s.Posts, "new", "z", "m", "a", "old")
	wantSlugs(t, "diary oldest first, by Compare", s.Tandems[0].Diary, "old", "a", "m", "z", "new")
	d := s.Tandems[0].Diary
	for i, p := range d {
		if (i > 0 && p.Prev != d[i-1]) || (i == 0 && p.Prev != nil) || (i+1 < len(d) && p.Next != d[i+1]) || (i+1 == len(d) && p.Next != nil) {
			t.Errorf("prev/next of %s do not follow the diary", p.Slug)
		}
	}
}

// TestSameDateOneOrder: two posts of the same date keep one order in
// every list: the diary and prev/next follow Compare, and every list
// that reads backwards in time (home, round, tag, author; the feeds are
// made from these) is its exact reverse.
func TestSameDateOneOrder(t *testing.T) {
	t.Parallel()
	same := day(2024, 3, 1)
	tags, authors := []string{"KI"}, []string{"anna"}
	s := build([]entry{
		{"content/posts/r1/2024-03-01-b.md", same, "r1", "t1", "", tags, authors, true},
		{"content/posts/r1/2024-03-01-a.md", same, "r1", "t1", "", tags, authors, true},
	}, Options{})
	a, b := "content/posts/r1/2024-03-01-a.md", "content/posts/r1/2024-03-01-b.md"
	diary := s.Tandems[0].Diary
	wantSlugs(t, "diary", diary, a, b)
	if diary[0].Next != diary[1] || diary[1].Prev != diary[0] {
		t.Errorf("prev/next: a.Next = %v, b.Prev = %v; want b and a", diary[0].Next, diary[1].Prev)
	}
	if Compare(diary[0].Post, diary[1].Post) != -1 || Compare(diary[1].Post, diary[0].Post) != 1 {
		t.Errorf("Compare does not put %s before %s", a, b)
	}
	wantSlugs(t, "home", s.Posts, b, a)
	wantSlugs(t, "round", s.Rounds[1].Posts, b, a) // rounds are newest first: r2, r1
	wantSlugs(t, "tag", s.Tags[0].Posts, b, a)
	wantSlugs(t, "author", s.Authors[0].Posts, b, a)
}
