package review

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

func queuePosts(t *testing.T) []*content.Post {
	t.Helper()
	texts := map[string]string{
		"content/posts/w-new.md":    reviewtest.Post("title: Neu", "date: 2024-03-04", "tandem: t01", "authors: [anna, ben]", "status: review", "review:", "  submitted_at: 2024-03-04T10:00:00Z"),
		"content/posts/w-old.md":    reviewtest.Post("title: Alt", "date: 2024-03-04", "tandem: t01", "authors: [ben]", "status: review", "review:", "  submitted_at: 2024-02-20T10:00:00Z"),
		"content/posts/w-nodate.md": reviewtest.Post("title: Ohne", "date: 2024-02-25", "round: r1", "status: review"),
		"content/posts/stale.md":    strings.Replace(approvedPost(t, "slug: stale"), "Erster Absatz.", "Geändert.", 1),
		"content/posts/invalid.md":  strings.Replace(approvedPost(t, "slug: invalid"), "approved_by: frauke", "approved_by: anna", 1),
		"content/posts/back.md":     reviewtest.Post("title: Zurück", "date: 2024-03-01", "tandem: t01", "review:", "  changes_requested:", "    by: gerd", "    at: 2024-03-03T08:00:00Z", "    note: Bitte kürzen."),
		"content/posts/future.md":   approvedPostOn(t, "2024-04-01"),
		"content/posts/live.md":     approvedPost(t, "slug: live"),
		"content/posts/draft.md":    reviewtest.Post("title: Entwurf", "date: 2024-03-01", "tandem: t01"),
	}
	var posts []*content.Post
	for name, text := range texts {
		posts = append(posts, reviewtest.Parse(t, name, text))
	}
	if problems := validate.Check(reviewtest.Programme(t), posts); problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	return posts
}

// approvedPostOn is approvedPost with another date.
func approvedPostOn(t *testing.T, date string) string {
	t.Helper()
	front := []string{"title: Später", "date: " + date, "tandem: t01", "slug: later", "status: approved"}
	d := validDigest(t, name, reviewtest.Post(front...))
	return reviewtest.Post(append(front, "review:", "  approved_by: gerd", "  approved_at: 2024-03-02T10:00:00Z", "  digest: "+d)...)
}

func TestQueue(t *testing.T) {
	t.Parallel()
	o := Queue(Gate{Programme: reviewtest.Programme(t), Now: reviewtest.Day(10)}, queuePosts(t))
	paths := func(es []Entry) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Path)
		}
		return strings.Join(s, " ")
	}
	checks := []struct{ what, got, want string }{
		{"waiting", paths(o.Waiting), "content/posts/w-old.md content/posts/w-nodate.md content/posts/w-new.md"},
		{"stale", paths(o.Stale), "content/posts/stale.md"},
		{"invalid", paths(o.Invalid), "content/posts/invalid.md"},
		{"changes requested", paths(o.ChangesRequested), "content/posts/back.md"},
		{"scheduled", paths(o.Scheduled), "content/posts/future.md"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %s, want %s", c.what, c.got, c.want)
		}
	}
	if o.Drafts != 1 || o.Published != 1 {
		t.Errorf("drafts %d, published %d; want 1, 1", o.Drafts, o.Published)
	}
	if len(o.Waiting) == 3 {
		days := [3]int{o.Waiting[0].DaysWaiting, o.Waiting[1].DaysWaiting, o.Waiting[2].DaysWaiting}
		if days != [3]int{18, 14, 5} {
			t.Errorf("days waiting %v, want [18 14 5]", days)
		}
		if w := o.Waiting[2]; strings.Join(w.Authors, ",") != "anna,ben" || w.Round != "r1" || w.Tandem != "t01" {
			t.Errorf("entry %+v lacks authors, round or tandem", w)
		}
	}
	if len(o.Stale) == 1 {
		if got := o.Stale[0].Problem(); got != "content/posts/stale.md: approval by frauke on 2024-03-02 is stale: the text changed since" {
			t.Errorf("stale problem %q", got)
		}
	}
	if len(o.ChangesRequested) == 1 {
		if cr := o.ChangesRequested[0].ChangesRequested; cr == nil || cr.By != "gerd" || cr.Note != "Bitte kürzen." {
			t.Errorf("changes requested %+v", cr)
		}
	}
}

func TestQueueJSON(t *testing.T) {
	t.Parallel()
	prog := reviewtest.Programme(t)
	tests := []struct {
		name  string
		posts []*content.Post
		// want maps a group to how many entries it must have.
		want map[string]int
	}{
		{"empty site", nil, map[string]int{"waiting": 0, "stale": 0, "invalid": 0, "changes_requested": 0, "scheduled": 0}},
		{"full queue", queuePosts(t), map[string]int{"waiting": 3, "stale": 1, "invalid": 1, "changes_requested": 1, "scheduled": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			data, err := json.Marshal(Queue(Gate{Programme: prog, Now: reviewtest.Day(10)}, tt.posts))
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			if got["now"] != "2024-03-10T09:00:00Z" || got["drafts"] == nil || got["published"] == nil {
				t.Errorf("now, drafts or published missing: %s", data)
			}
			for group, n := range tt.want {
				list, ok := got[group].([]any)
				if !ok || len(list) != n {
					t.Errorf("%s = %v, want a list of %d", group, got[group], n)
				}
			}
			if waiting, _ := got["waiting"].([]any); len(waiting) > 0 {
				e := waiting[0].(map[string]any)
				for _, key := range []string{"path", "title", "date", "authors", "round", "tandem", "state", "submitted_at", "days_waiting"} {
					if _, ok := e[key]; !ok {
						t.Errorf("a waiting entry lacks %q: %v", key, e)
					}
				}
				if e["state"] != "review" || e["days_waiting"] != 18.0 {
					t.Errorf("state %v, days %v", e["state"], e["days_waiting"])
				}
			}
		})
	}
}
