package validate

import (
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
)

func TestSlugs(t *testing.T) {
	t.Parallel()
	const f = head + "round: r1\n"
	tests := []struct {
		name, path, fields string
		want               []problem
	}{
		{"clean", "p.md", f + "slug: erste-schritte\n", nil},
		{"parent folder", "p.md", f + "slug: ../x\n", []problem{{"p.md:5:7", `unsafe-slug: slug "../x" would write outside /posts/`, `use a plain name such as "x"`}}},
		{"sub-folder", "p.md", f + "slug: a/b\n", []problem{{"p.md:5:7", `unsafe-slug: slug "a/b" would write outside /posts/`, `use a plain name such as "a-b"`}}},
		{"windows parent", "p.md", f + "slug: '..\\x'\n", []problem{{"p.md:5:7", `unsafe-slug: slug "..\\x" would write outside /posts/`, `use a plain name such as "x"`}}},
		{"dots alone", "p.md", f + "slug: ..\n", []problem{{"p.md:5:7", `unsafe-slug: slug ".." would write outside /posts/`, `use a plain name such as ""`}}},
		{"capitals and spaces", "p.md", f + "slug: Erste Schritte\n", []problem{{"p.md:5:7", `bad-slug: slug "Erste Schritte" may only contain a-z, 0-9 and -`, `use "erste-schritte"`}}},
		{"umlaut", "p.md", f + "slug: rückblick\n", []problem{{"p.md:5:7", `bad-slug: slug "rückblick" may only contain a-z, 0-9 and -`, `use "rueckblick"`}}},
		{"underscore", "p.md", f + "slug: a_b\n", []problem{{"p.md:5:7", `bad-slug: slug "a_b" may only contain a-z, 0-9 and -`, `use "a-b"`}}},
		{"dot", "p.md", f + "slug: index.html\n", []problem{{"p.md:5:7", `bad-slug: slug "index.html" may only contain a-z, 0-9 and -`, `use "index-html"`}}},
		{"archive pages", "p.md", f + "slug: page\n", []problem{{"p.md:5:7", `reserved-slug: the slug "page" is taken by the pages of the post archive (/posts/page/2/)`,
			"give the post another slug in its front matter, such as page-1"}}},
		{"file name gives no slug", "content/posts/2024-03-05-!!!.md", f, []problem{{"content/posts/2024-03-05-!!!.md:2:1",
			"bad-slug: the post's name gives an empty slug", "add a slug: made of a-z, 0-9 and - to the front matter"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			check(t, Check(load(t, programmeYAML), []*content.Post{post(t, tt.path, tt.fields)}), tt.want)
		})
	}
}

func TestSamePage(t *testing.T) {
	t.Parallel()
	const f = head + "round: r1\n"
	posts := []*content.Post{
		post(t, "content/posts/r1/2024-03-05-start.md", f),
		post(t, "content/posts/r2/2024-09-05-start.md", f),
		post(t, "content/posts/r2/anders.md", f+"slug: start\n"),
		post(t, "content/posts/r2/ok.md", f),
	}
	check(t, Check(load(t, programmeYAML), posts), []problem{
		{"content/posts/r2/2024-09-05-start.md:2:1", "duplicate-page: this post and content/posts/r1/2024-03-05-start.md would both write /posts/start/",
			"give one of them another slug: in its front matter (slug: start-2)"},
		{"content/posts/r2/anders.md:5:7", "duplicate-page: this post and content/posts/r1/2024-03-05-start.md would both write /posts/start/",
			"give one of them another slug: in its front matter (slug: start-2)"},
	})
}

func TestTags(t *testing.T) {
	t.Parallel()
	const f = head + "round: r1\n"
	tests := []struct {
		name, fields string
		want         []problem
	}{
		{"fine", f + "tags: [KI, Führung]\n", nil},
		{"no letters", f + "tags: [KI, '!!!']\n", []problem{{"p.md:5:12", `bad-tag: tag "!!!" gives an empty address`, "use letters or digits in tag names"}}},
		{"one tag as text", f + "tags: '???'\n", []problem{{"p.md:5:7", `bad-tag: tag "???" gives an empty address`, "use letters or digits in tag names"}}},
		{"after a repeated tag", f + "tags:\n  - KI\n  - KI\n  - '!!!'\n", []problem{{"p.md:8:5", `bad-tag: tag "!!!" gives an empty address`, "use letters or digits in tag names"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			check(t, Check(load(t, programmeYAML), []*content.Post{post(t, "p.md", tt.fields)}), tt.want)
		})
	}
}

func TestPostWithoutFrontMatterIsSkipped(t *testing.T) {
	t.Parallel()
	p, _ := content.Parse("p.md", []byte("no front matter"))
	check(t, Check(load(t, programmeYAML), []*content.Post{p}), nil)
}

// TestPagesForgetsBetweenChecks: a Pages used again reports what
// CheckPages reports for the posts of each call alone.
func TestPagesForgetsBetweenChecks(t *testing.T) {
	t.Parallel()
	const f = head + "round: r1\n"
	first := []*content.Post{post(t, "content/posts/a/2024-03-05-start.md", f), post(t, "content/posts/b/2024-03-05-start.md", f)}
	second := []*content.Post{post(t, "content/posts/c/2024-03-05-start.md", f)}
	var pages Pages
	for i, posts := range [][]*content.Post{first, second, first} {
		if got, want := pages.Check(posts), CheckPages(posts); len(got) != len(want) || len(got) != 1-i%2 ||
			len(got) == 1 && got[0].Error() != want[0].Error() {
			t.Errorf("check %d: %v, want %v", i, got, want)
		}
	}
}
