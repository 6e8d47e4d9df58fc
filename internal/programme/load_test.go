package programme

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
)

func render(l diag.List) []string {
	var out []string
	for _, p := range l {
		out = append(out, fmt.Sprintf("%s %s: %s", p.Pos, p.Code, p.Msg))
	}
	return out
}

func wantProblems(t *testing.T, got diag.List, want []string) {
	t.Helper()
	if g := render(got); !slices.Equal(g, want) {
		t.Errorf("problems:\n got %q\nwant %q", g, want)
	}
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

const fullProgramme = `title: Reverse Mentoring
description: Azubis coachen den Vorstand.
language: en
base_url: https://intranet.example.com/mentoring
organisation: Beispiel AG
contact:
  name: Frauke Meier
  email: frauke@example.com
theme: plain
topics: [KI, Social Media]
page_size: 5
require_signed_approvals: true
rounds:
  - id: r1
    title: Runde 1
    start: 2024-01-01
    end: 2024-06-30
    summary: Die erste Runde.
  - id: r2
    start: 2024-09-01
    end: 2025-02-28
people:
  anna:
    name: Anna Azubi
    role: mentor
    department: IT
    signing_key: ssh-ed25519 AAAA anna
  frauke:
    name: Frauke Meier
    role: reviewer
reviewers: [frauke]
allow_static_html: true
require_photo_consent: true
allow_bundle_html: true
allow_server_config: true
images:
  widths: [960, 480, 960]
  quality: 70
  keep_originals: true
`

func TestLoadAllFields(t *testing.T) {
	t.Parallel()
	p, problems := Load(fstest.MapFS{File: file(fullProgramme), "themes/plain/templates/post.html": file("")})
	wantProblems(t, problems, nil)
	want := &Programme{
		Path: File, Title: "Reverse Mentoring", Description: "Azubis coachen den Vorstand.", Language: "en",
		BaseURL: "https://intranet.example.com/mentoring/", Organisation: "Beispiel AG",
		Contact: Contact{Name: "Frauke Meier", Email: "frauke@example.com"}, Theme: "plain",
		Topics: []string{"KI", "Social Media"}, PageSize: 5, RequireSignedApprovals: true, RequireSignedPos: pos(12, 27),
		AllowStaticHTML: true, AllowStaticHTMLPos: pos(32, 20),
		RequirePhotoConsent: true, RequirePhotoConsentPos: pos(33, 24),
		AllowBundleHTML: true, AllowBundleHTMLPos: pos(34, 20), AllowServerConfig: true, AllowServerConfigPos: pos(35, 22),
		Images: images.Settings{Widths: []int{480, 960}, Quality: 70, KeepOriginals: true, MaxPixels: images.DefaultMaxPixels, Sizes: images.DefaultSizes, CardSizes: images.DefaultCardSizes},
		Rounds: []Round{
			{ID: "r1", Title: "Runde 1", Start: day(2024, 1, 1), End: day(2024, 6, 30), Summary: "Die erste Runde.", Pos: pos(14, 5)},
			{ID: "r2", Title: "r2", Start: day(2024, 9, 1), End: day(2025, 2, 28), Pos: pos(19, 5)},
		},
		People: map[string]Person{
			"anna": {Key: "anna", Name: "Anna Azubi", Role: "mentor", Department: "IT", SigningKey: "ssh-ed25519 AAAA anna", Pos: pos(23, 3), SigningKeyPos: pos(27, 18),
				Consent: Consent{Name: true, Pos: pos(23, 3)}},
			"frauke": {Key: "frauke", Name: "Frauke Meier", Role: "reviewer", Pos: pos(28, 3), SigningKeyPos: pos(29, 5),
				Consent: Consent{Name: true, Pos: pos(28, 3)}},
		},
		Reviewers: []Ref{{Key: "frauke", Pos: pos(31, 13)}},
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("Load =\n%+v\nwant\n%+v", p, want)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func pos(line, col int) diag.Pos { return diag.Pos{Path: File, Line: line, Col: col} }

func TestLoadDefaults(t *testing.T) {
	t.Parallel()
	p, problems := Load(fstest.MapFS{File: file("title: T\n")})
	wantProblems(t, problems, nil)
	if p.Language != "de" || p.PageSize != 10 || p.Theme != "default" || p.BaseURL != "/" || p.RequireSignedApprovals {
		t.Errorf("defaults: language %q page_size %d theme %q base_url %q signed %v", p.Language, p.PageSize, p.Theme, p.BaseURL, p.RequireSignedApprovals)
	}
	if len(p.People) != 0 || p.Rounds != nil || p.Tandems != nil {
		t.Errorf("empty programme has people %v rounds %v tandems %v", p.People, p.Rounds, p.Tandems)
	}
}

func TestLoadProblems(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"broken YAML is one problem", "title: 'T\n", []string{`content/programme.yaml:1:1 yaml-syntax: a quoted text starting on this line is never closed`}},
		{"a list is one problem", "- title: T\n", []string{`content/programme.yaml:1:1 yaml-not-mapping: expected a list of "key: value" fields, found a list`}},
		{"missing title", "description: x\n", []string{`content/programme.yaml:1:1 missing-field: the required field "title" is missing`}},
		{"relative base_url", "title: T\nbase_url: intranet/mentoring\n",
			[]string{`content/programme.yaml:2:11 bad-base-url: base_url must be an absolute http(s) URL, found "intranet/mentoring"`}},
		{"base_url without host", "title: T\nbase_url: https:///x/\n",
			[]string{`content/programme.yaml:2:11 bad-base-url: base_url must be an absolute http(s) URL, found "https:///x/"`}},
		{"ftp base_url", "title: T\nbase_url: ftp://example.com/\n",
			[]string{`content/programme.yaml:2:11 bad-base-url: base_url must be an absolute http(s) URL, found "ftp://example.com/"`}},
		{"unknown language", "title: T\nlanguage: fr\n", []string{`content/programme.yaml:2:11 bad-value: "language" cannot be "fr"`}},
		{"page_size 0", "title: T\npage_size: 0\n", []string{"content/programme.yaml:2:12 bad-value: page_size must be at least 1, found 0"}},
		{"round ends before it starts", "title: T\nrounds:\n  - id: r1\n    start: 2024-06-30\n    end: 2024-01-01\n",
			[]string{`content/programme.yaml:5:10 bad-date: round "r1" ends before it starts`}},
		{"round without id and dates", "title: T\nrounds:\n  - title: Runde\n",
			[]string{`content/programme.yaml:3:5 missing-field: the required field "id" is missing`,
				`content/programme.yaml:3:5 missing-field: the required field "start" is missing`,
				`content/programme.yaml:3:5 missing-field: the required field "end" is missing`}},
		{"round with an impossible date", "title: T\nrounds:\n  - id: r1\n    start: 2024-02-30\n    end: 2024-06-30\n",
			[]string{`content/programme.yaml:4:12 bad-date: "start" is not a valid date: "2024-02-30"`}},
		{"unknown fields everywhere", "titel: T\ntitle: T\ncontact: {mail: x}\nrounds:\n  - {id: r1, start: 2024-01-01, end: 2024-02-01, ende: x}\npeople:\n  anna: {name: A, rolle: mentor}\n",
			[]string{
				`content/programme.yaml:1:1 unknown-field: programme.yaml has no field "titel"; it is ignored`,
				`content/programme.yaml:3:11 unknown-field: contact has no field "mail"; it is ignored`,
				`content/programme.yaml:5:50 unknown-field: a round has no field "ende"; it is ignored`,
				`content/programme.yaml:7:19 unknown-field: a person has no field "rolle"; it is ignored`,
			}},
		{"person without a name", "title: T\npeople:\n  anna:\n    role: mentor\n",
			[]string{`content/programme.yaml:4:5 missing-field: the required field "name" is missing`}},
		{"person that is not a mapping", "title: T\npeople:\n  anna: Anna\n",
			[]string{`content/programme.yaml:3:9 wrong-type: "anna" must hold fields, found the text "Anna"`}},
		{"reviewers after an empty entry", "title: T\nreviewers:\n  - ''\n  - frauke\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, problems := Load(fstest.MapFS{File: file(tt.yaml)})
			wantProblems(t, problems, tt.want)
		})
	}
}

func TestLoadBaseURL(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"https://example.com":             "https://example.com/",
		"https://example.com/mentoring":   "https://example.com/mentoring/",
		"http://example.com/a/b/":         "http://example.com/a/b/",
		"https://example.com/x/?q=1#frag": "https://example.com/x/",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			t.Parallel()
			p, problems := Load(fstest.MapFS{File: file("title: T\nbase_url: " + in + "\n")})
			wantProblems(t, problems, nil)
			if p.BaseURL != want {
				t.Errorf("BaseURL = %q, want %q", p.BaseURL, want)
			}
		})
	}
}

func TestReviewerPosition(t *testing.T) {
	t.Parallel()
	p, _ := Load(fstest.MapFS{File: file("title: T\nreviewers:\n  - ''\n  - frauke\n")})
	if len(p.Reviewers) != 1 || p.Reviewers[0].Pos != pos(4, 5) {
		t.Errorf("reviewers = %+v, want frauke at 4:5", p.Reviewers)
	}
}

func TestLoadMissingOrLarge(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		site fstest.MapFS
		want []string
	}{
		{"no programme", fstest.MapFS{"content/posts/a.md": file("x")},
			[]string{"content/programme.yaml missing-programme: cannot read the programme: open content/programme.yaml: file does not exist"}},
		{"too large", fstest.MapFS{File: {Data: make([]byte, MaxFileSize+1)}},
			[]string{"content/programme.yaml missing-programme: cannot read the programme: read content/programme.yaml: the file is larger than 1 MiB"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, problems := Load(tt.site)
			wantProblems(t, problems, tt.want)
			if p == nil || p.Language != "de" {
				t.Errorf("Load must return a usable programme with defaults")
			}
		})
	}
}

func TestThemeFolderChecked(t *testing.T) {
	for theme, want := range map[string]string{
		"default": "",
		"plain":   "",
		"fehlt":   `content/programme.yaml:2:8 unknown-theme: theme "fehlt" not found: there is no folder themes/fehlt`,
		"../x":    `content/programme.yaml:2:8 unknown-theme: "../x" is not the name of a theme folder`,
		"a/b":     `content/programme.yaml:2:8 unknown-theme: "a/b" is not the name of a theme folder`,
	} {
		site := fstest.MapFS{File: file("title: T\ntheme: " + theme + "\n"), "themes/plain/templates/post.html": file("")}
		_, problems := Load(site)
		got := ""
		for _, p := range problems {
			got += fmt.Sprintf("%s %s: %s", p.Pos, p.Code, p.Msg)
		}
		if got != want {
			t.Errorf("theme %s: got %q, want %q", theme, got, want)
		}
	}
}

// TestParseIsLoadWithoutTheSite checks that Parse reads programme.yaml's
// text as Load reads the file, with no tandems and no theme check, and
// marks unreadable YAML as Load does.
func TestParseIsLoadWithoutTheSite(t *testing.T) {
	t.Parallel()
	loaded, _ := Load(fstest.MapFS{File: file(fullProgramme), "themes/plain/templates/post.html": file("")})
	parsed, problems := Parse([]byte(fullProgramme))
	wantProblems(t, problems, nil)
	if !reflect.DeepEqual(parsed, loaded) {
		t.Errorf("Parse =\n%+v\nLoad =\n%+v", parsed, loaded)
	}
	bad, problems := Parse([]byte("title: [unclosed\n"))
	if !bad.Unreadable || len(problems) == 0 || problems[0].Path != File {
		t.Errorf("unreadable YAML: Unreadable %v, problems %v", bad.Unreadable, problems)
	}
}

// TestTandemFileNameNotUTF8: a tandem file named in Latin-1 is an error
// that says so, not "invalid argument" with a hint about permissions.
func TestTandemFileNameNotUTF8(t *testing.T) {
	t.Parallel()
	_, problems := Load(fstest.MapFS{File: file("title: T\n"), "content/tandems/m\xfcller.yaml": file("round: r1\n")})
	if len(problems) != 1 || problems[0].Code != "bad-name" || problems[0].Path != "content/tandems/m\xfcller.yaml" ||
		!strings.Contains(problems[0].Msg, "not UTF-8") {
		t.Errorf("problems = %v, want one bad-name at the file", problems)
	}
}
