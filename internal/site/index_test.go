package site

import (
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

func TestCurrentRound(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		now  time.Time
		want string
	}{
		{"before every round", day(2023, 12, 31), ""},
		{"first day", day(2024, 1, 1), "r1"},
		{"inside the first", day(2024, 3, 1), "r1"},
		{"on the last day, evening", day(2024, 6, 30).Add(23 * time.Hour), "r1"},
		{"between rounds: the latest that started", day(2024, 8, 1), "r1"},
		{"inside the second", day(2024, 12, 24), "r2"},
		{"after every round", day(2026, 1, 1), "r2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := build(nil, Options{Now: tt.now})
			got := ""
			if s.Current != nil {
				got = s.Current.ID
			}
			if got != tt.want {
				t.Errorf("Current = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRoundsNewestFirstWithTandems(t *testing.T) {
	t.Parallel()
	s := build(nil, Options{})
	if len(s.Rounds) != 2 || s.Rounds[0].ID != "r2" || s.Rounds[1].ID != "r1" {
		t.Fatalf("rounds = %v, want r2, r1", s.Rounds)
	}
	r1 := s.Rounds[1]
	if r1.URL != "rounds/r1/" || r1.Href != "/mentoring/rounds/r1/" || len(r1.Tandems) != 1 || r1.Tandems[0].ID != "t1" {
		t.Errorf("r1 = %+v", r1)
	}
	t1 := s.Tandems[0]
	if t1.Round != r1 || t1.Mentee == nil || t1.Mentee.Key != "bernd" || len(t1.Mentors) != 1 || t1.Mentors[0].Key != "anna" ||
		t1.URL != "tandems/t1/" || t1.Href != "/mentoring/tandems/t1/" {
		t.Errorf("t1 = %+v", t1)
	}
	if s.Tandems[1].Mentee != nil {
		t.Errorf("t2 has no mentee")
	}
}

func TestRetrospectivesPinned(t *testing.T) {
	t.Parallel()
	s := build([]entry{
		{"early-retro", day(2024, 2, 1), "r1", "", content.KindRetrospective, nil, nil, true},
		{"diary", day(2024, 3, 1), "r1", "t1", "", nil, nil, true},
		{"final-retro", day(2024, 6, 30), "r1", "", content.KindRetrospective, nil, nil, true},
		{"news", day(2024, 5, 1), "r1", "", content.KindAnnouncement, nil, nil, true},
	}, Options{})
	r1 := s.Rounds[1]
	wantSlugs(t, "retrospectives", r1.Retrospectives, "final-retro", "early-retro")
	wantSlugs(t, "round posts", r1.Posts, "final-retro", "news", "diary", "early-retro")
}

func TestTagsMergedBySlug(t *testing.T) {
	t.Parallel()
	s := build([]entry{
		{"a", day(2024, 2, 1), "r1", "", "", []string{"Führung", "KI"}, nil, true},
		{"b", day(2024, 3, 1), "r1", "", "", []string{"fuehrung", "K.I."}, nil, true},
		{"c", day(2024, 4, 1), "r1", "", "", []string{"FÜHRUNG", "Fuehrung"}, nil, true},
	}, Options{})
	want := []struct {
		slug, name string
		posts      []string
	}{
		{"fuehrung", "FÜHRUNG", []string{"c", "b", "a"}},
		{"k-i", "K.I.", []string{"b"}},
		{"ki", "KI", []string{"a"}},
	}
	if len(s.Tags) != len(want) {
		t.Fatalf("tags = %v", s.Tags)
	}
	for i, w := range want {
		tag := s.Tags[i]
		if tag.Slug != w.slug || tag.Name != w.name || tag.URL != "tags/"+w.slug+"/" || tag.Href != "/mentoring/tags/"+w.slug+"/" {
			t.Errorf("tag %d = %+v, want %s named %s", i, tag, w.slug, w.name)
		}
		wantSlugs(t, "tag "+w.slug, tag.Posts, w.posts...)
	}
	c := s.Posts[0]
	if len(c.Tags) != 1 || c.Tags[0].Slug != "fuehrung" {
		t.Errorf("post c has tags %v, want fuehrung once", c.Tags)
	}
}

func TestAuthors(t *testing.T) {
	t.Parallel()
	s := build([]entry{
		{"a", day(2024, 2, 1), "r1", "", "", nil, []string{"anna", "ghost"}, true},
		{"b", day(2024, 3, 1), "r1", "", "", nil, []string{"anna", "anna"}, true},
	}, Options{})
	if len(s.Authors) != 1 || s.Authors[0].Key != "anna" || s.Authors[0].URL != "authors/anna/" || s.Authors[0].Href != "/mentoring/authors/anna/" {
		t.Fatalf("authors = %+v", s.Authors)
	}
	wantSlugs(t, "anna's posts", s.Authors[0].Posts, "b", "a")
	if len(s.Posts[0].Authors) != 1 {
		t.Errorf("post b lists %d authors, want anna once", len(s.Posts[0].Authors))
	}
	if s.Person("anna") != s.Authors[0] || s.Person("bernd") != nil || s.Person("ghost") != nil {
		t.Errorf("Person finds authors only")
	}
}

func TestAddresses(t *testing.T) {
	t.Parallel()
	tests := []struct{ base, path string }{
		{"https://example.com/mentoring/", "/mentoring/"},
		{"https://example.com/", "/"},
		{"/", "/"},
		{"", "/"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			t.Parallel()
			p := &programme.Programme{BaseURL: tt.base, People: map[string]programme.Person{}}
			s := New(p, nil, nil, Options{})
			if s.BasePath != tt.path {
				t.Errorf("BasePath = %q, want %q", s.BasePath, tt.path)
			}
		})
	}
	s := build([]entry{{"x", day(2024, 2, 1), "r1", "", "", nil, nil, true}}, Options{Now: day(2025, 1, 1)})
	if h := s.Posts[0]; h.URL != "posts/x/" || h.Href != "/mentoring/posts/x/" {
		t.Errorf("post address %q %q", h.URL, h.Href)
	}
}
