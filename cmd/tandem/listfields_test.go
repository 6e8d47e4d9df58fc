package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestEveryListFieldTakesOneText: every list of names in a post, a tandem
// file and programme.yaml takes one text as a list of one, without a
// word (tags: ki is the tag ki), and warns, at the value, in English and
// German, when that one text holds a comma (tags: ki, ml is one tag, not
// two). goals, whose entries are sentences, take commas as they are.
func TestEveryListFieldTakesOneText(t *testing.T) {
	t.Parallel()
	programme := strings.Replace(checkProgramme, "reviewers: [frauke]\n", "reviewers: frauke, ada\n", 1) +
		"topics: KI, Social Media\nreview_policy:\n  diary: any, role:reviewer\nimages:\n  widths: 480, 960\n"
	one := writeSite(t, map[string]string{
		"content/programme.yaml":               strings.Replace(checkProgramme, "reviewers: [frauke]\n", "reviewers: frauke\n", 1) + "topics: KI\n",
		"content/tandems/t01.yaml":             "round: r1\nmentors: ada\nmentee: cleo\ntopics: Video\ngoals: Verstehen, wie Kurzvideos wirken\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\nauthors: ada\npictured: cleo\ntags: ki\nsummary: Gut.\n---\nText.\n",
	})
	commas := writeSite(t, map[string]string{
		"content/programme.yaml":               programme,
		"content/tandems/t01.yaml":             "round: r1\nmentors: ada, cleo\nmentee: cleo\ntopics: Video, Text\ngoals: [KI verstehen]\n",
		"content/posts/r1/2024-01-15-start.md": "---\ntitle: Start\ndate: 2024-01-15\ntandem: t01\nauthors: ada, cleo\npictured: cleo, ada\ntags: ki, ml\nsummary: Gut.\n---\nText.\n",
	})
	type finding struct{ Code, Message, Hint, File string }
	run := func(dir, lang string) []finding {
		_, out, errs := runCmdEnv(t, []string{"TANDEM_LANG=" + lang}, "check", "--preview", "-s", dir, "--no-history", "--now", "2024-03-01", "--format", "json")
		var found []finding
		if err := json.Unmarshal([]byte(out), &found); err != nil {
			t.Fatalf("%s: %v\n%s\n%s", lang, err, out, errs)
		}
		for i := range found {
			found[i].File = strings.TrimPrefix(found[i].File, dir+"/")
		}
		return found
	}
	if got := run(one, "en"); len(got) > 0 {
		t.Errorf("one text in each list field: got %+v, want no findings", got)
	}
	want := map[string][]string{
		"en": {
			`content/posts/r1/2024-01-15-start.md: authors is one text, "ada, cleo", not a list of 2 / write a list: authors: [ada, cleo]`,
			`content/posts/r1/2024-01-15-start.md: pictured is one text, "cleo, ada", not a list of 2 / write a list: pictured: [cleo, ada]`,
			`content/posts/r1/2024-01-15-start.md: tags is one text, "ki, ml", not a list of 2 / write a list: tags: [ki, ml]`,
			`content/programme.yaml: reviewers is one text, "frauke, ada", not a list of 2 / write a list: reviewers: [frauke, ada]`,
			`content/programme.yaml: topics is one text, "KI, Social Media", not a list of 2 / write a list: topics: [KI, Social Media]`,
			`content/programme.yaml: diary is one text, "any, role:reviewer", not a list of 2 / write a list: diary: [any, role:reviewer]`,
			`content/programme.yaml: widths is one text, "480, 960", not a list of 2 / write a list: widths: [480, 960]`,
			`content/tandems/t01.yaml: mentors is one text, "ada, cleo", not a list of 2 / write a list: mentors: [ada, cleo]`,
			`content/tandems/t01.yaml: topics is one text, "Video, Text", not a list of 2 / write a list: topics: [Video, Text]`,
		},
		"de": {
			`content/posts/r1/2024-01-15-start.md: tags ist ein einziger Text, "ki, ml", keine Liste mit 2 Einträgen / Schreibe eine Liste: tags: [ki, ml]`,
			`content/tandems/t01.yaml: mentors ist ein einziger Text, "ada, cleo", keine Liste mit 2 Einträgen / Schreibe eine Liste: mentors: [ada, cleo]`,
		},
	}
	for lang, lines := range want {
		var got []string
		for _, f := range run(commas, lang) {
			if f.Code == "list-as-text" {
				got = append(got, f.File+": "+f.Message+" / "+f.Hint)
			}
		}
		for _, w := range lines {
			if !slices.Contains(got, w) {
				t.Errorf("%s: the list-as-text warnings lack\n%s\ngot\n%s", lang, w, strings.Join(got, "\n"))
			}
		}
		if lang == "en" && len(got) != len(lines) {
			t.Errorf("%d list-as-text warnings, want %d:\n%s", len(got), len(lines), strings.Join(got, "\n"))
		}
	}
}
