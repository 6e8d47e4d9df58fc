package check

import (
	"strings"
	"testing"
	"time"
)

var practiceCodes = []string{"same-department", "no-goals", "no-retrospective", "diary-gap", "no-summary"}

const retro = "---\ntitle: Rückblick\ndate: 2024-06-30\nround: r1\nkind: retrospective\n---\nWar gut.\n"

func TestPractice(t *testing.T) {
	t.Parallel()
	words := func(n int) string { return strings.Repeat("Wort ", n) + "\n" }
	diary := func(date string) string { return post("Treffen "+date, date, "Wir haben uns getroffen.\n") }
	regular := map[string]string{ // one diary post a month and a retrospective: nothing to report
		"content/posts/r1/a.md": diary("2024-01-20"),
		"content/posts/r1/b.md": diary("2024-03-01"),
		"content/posts/r1/c.md": diary("2024-04-20"),
		"content/posts/r1/d.md": diary("2024-06-10"),
		"content/posts/r1/r.md": retro,
	}
	with := func(extra map[string]string) map[string]string {
		out := map[string]string{}
		for k, v := range regular {
			out[k] = v
		}
		for k, v := range extra {
			if v == "" {
				delete(out, k)
			} else {
				out[k] = v
			}
		}
		return out
	}
	tests := []struct {
		name    string
		files   map[string]string
		now     time.Time
		preview bool
		want    string
	}{
		{name: "a tandem in good shape", files: regular, preview: true},
		{name: "drafts count too", files: regular, preview: false},
		{
			name:    "mentor from the mentee's department",
			files:   with(map[string]string{"content/tandems/t01.yaml": "round: r1\nmentors: [ada, bo]\nmentee: cleo\ngoals: [x]\n"}),
			preview: true,
			want: `content/tandems/t01.yaml:2:16: warning: mentor bo and mentee cleo both work in Vorstand
	hint: pair the mentee with an apprentice from another department
`,
		},
		{
			name:    "no learning goals",
			files:   with(map[string]string{"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\n"}),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 has no learning goals
	hint: add the goals, one per line: goals: ["Kurzvideos verstehen", "Einen Beitrag selbst posten"]
`,
		},
		{
			name:    "a round that ended without retrospective",
			files:   with(map[string]string{"content/posts/r1/r.md": ""}),
			preview: true,
			want: `content/programme.yaml:4:5: warning: round r1 ended on 2024-06-28 and has no retrospective
	hint: write one: tandem new post --round r1 --kind retrospective "Title"
`,
		},
		{
			name:    "a round still running needs no retrospective yet",
			files:   with(map[string]string{"content/posts/r1/r.md": ""}),
			now:     time.Date(2024, 6, 28, 18, 0, 0, 0, time.UTC),
			preview: true,
		},
		{
			name: "gaps in the diary",
			files: with(map[string]string{
				"content/posts/r1/a.md": diary("2024-03-18"),
				"content/posts/r1/b.md": "", "content/posts/r1/c.md": "",
				"content/posts/r1/d.md": diary("2024-05-20"),
			}),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 wrote its first diary post 10 weeks into round r1 (on 2024-03-18)
	hint: write a diary post after every meeting; if the tandem began after its round began, add its first day to content/tandems/t01.yaml: start: YYYY-MM-DD
content/tandems/t01.yaml:1:1: warning: tandem t01 wrote no diary post for 9 weeks, from 2024-03-18 to 2024-05-20
	hint: write a diary post after every meeting: tandem new post --tandem t01 "Title"
`,
		},
		{
			name:    "silence at the end of the round",
			files:   with(map[string]string{"content/posts/r1/d.md": ""}),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 wrote no diary post in the last 10 weeks of round r1 (after 2024-04-20)
	hint: write a diary post after every meeting: tandem new post --tandem t01 "Title"
`,
		},
		{
			name:    "silence up to now in a running round",
			files:   with(map[string]string{"content/posts/r1/d.md": ""}),
			now:     time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 has no diary post since 2024-04-20 (over 9 weeks)
	hint: write a diary post after every meeting: tandem new post --tandem t01 "Title"
`,
		},
		{
			name:    "no diary at all, counted up to now",
			files:   map[string]string{"content/posts/r1/r.md": retro},
			now:     time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 has no diary post yet, 12 weeks into round r1
	hint: write a diary post after every meeting; if the tandem began after its round began, add its first day to content/tandems/t01.yaml: start: YYYY-MM-DD
`,
		},
		{
			name:    "no diary in a whole round",
			files:   map[string]string{"content/posts/r1/r.md": retro},
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 wrote no diary post in round r1
	hint: write a diary post after every meeting; if the tandem began after its round began, add its first day to content/tandems/t01.yaml: start: YYYY-MM-DD
`,
		},
		{
			name:    "a tandem that began a week ago has had no time to meet",
			files:   map[string]string{"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [x]\nstart: 2024-05-25\n"},
			now:     time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC),
			preview: true,
		},
		{
			name: "a diary gap counts from the tandem's start",
			files: map[string]string{
				"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [x]\nstart: 2024-02-01\n",
				"content/posts/r1/a.md":    diary("2024-05-10"), "content/posts/r1/r.md": retro,
			},
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 wrote its first diary post over 14 weeks after it began on 2024-02-01 (on 2024-05-10)
	hint: write a diary post after every meeting: tandem new post --tandem t01 "Title"
`,
		},
		{
			name:    "a tandem that began 9 weeks ago without a post",
			files:   map[string]string{"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [x]\nstart: 2024-03-01\n"},
			now:     time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC),
			preview: true,
			want: `content/tandems/t01.yaml:1:1: warning: tandem t01 has no diary post yet, 9 weeks after it began on 2024-03-01
	hint: write a diary post after every meeting: tandem new post --tandem t01 "Title"
`,
		},
		{
			name:    "a round not started yet",
			files:   map[string]string{},
			now:     time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC),
			preview: true,
		},
		{
			name: "a long post without summary",
			files: with(map[string]string{
				"content/posts/r1/b.md": post("Lang", "2024-03-01", words(301)),
				"content/posts/r1/c.md": post("Genau 300", "2024-04-20", words(300)),
				"content/posts/r1/d.md": "---\ntitle: Lang mit Summary\ndate: 2024-06-10\ntandem: t01\nsummary: Kurz gesagt.\n---\n" + words(500),
			}),
			preview: true,
			want: `content/posts/r1/b.md:2:1: warning: the post has 301 words but no summary, so the home page and the feed show its first paragraph
	hint: add a line "summary: …" with one or two sentences to the front matter
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			now := tt.now
			if now.IsZero() {
				now = testNow
			}
			c := outline(t, newSite(tt.files), tt.preview)
			got := lines(only(Practice(c, Options{Now: now}), practiceCodes...))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestDiaryGapWaitsForTheFirstMeeting: a short DiaryGap does not warn a
// tandem before its meeting interval (its cadence) has passed.
func TestDiaryGapWaitsForTheFirstMeeting(t *testing.T) {
	t.Parallel()
	c := outline(t, newSite(map[string]string{"content/tandems/t01.yaml": "round: r1\nmentors: [ada]\nmentee: cleo\ngoals: [x]\ncadence: alle drei Wochen\n"}), true)
	for _, tt := range []struct {
		now  time.Time
		want int
	}{{time.Date(2024, 1, 28, 0, 0, 0, 0, time.UTC), 0}, {time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC), 1}} {
		l := Practice(c, Options{Now: tt.now, DiaryGap: 7 * day}) // r1 starts 2024-01-08: 20 and 22 days
		if n := len(only(l, "diary-gap")); n != tt.want {
			t.Errorf("now %s: %d diary-gap warnings, want %d\n%s", ymd(tt.now), n, tt.want, lines(l))
		}
	}
}

func TestPracticeOptions(t *testing.T) {
	t.Parallel()
	c := outline(t, newSite(map[string]string{
		"content/posts/r1/a.md": post("A", "2024-01-20", strings.Repeat("Wort ", 50)),
		"content/posts/r1/b.md": post("B", "2024-03-01", "kurz"),
		"content/posts/r1/r.md": retro,
	}), true)
	l := Practice(c, Options{Now: testNow, SummaryWords: 40, DiaryGap: 4 * 7 * day})
	if n := len(only(l, "no-summary")); n != 1 {
		t.Errorf("SummaryWords 40: %d no-summary warnings, want 1", n)
	}
	if n := len(only(l, "diary-gap")); n != 2 {
		t.Errorf("DiaryGap 4 weeks: %d diary-gap warnings, want 2 (Jan 20 to Mar 1, Mar 1 to the end)\n%s", n, lines(l))
	}
}
