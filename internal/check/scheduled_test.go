package check

import (
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestScheduledLinks: a production check checks the links of an approved
// post dated after now (held back until then, and published as it is by
// the first build after it) against what is published at its date (its
// own tag page, not that of a tag only a later or unapproved post has),
// and says that the post is scheduled; the links of other held-back
// posts are not checked, and those of a preview are checked as before.
func TestScheduledLinks(t *testing.T) {
	fsys := newSite(map[string]string{
		"content/posts/r1/2024-01-15-start.md": post("Start", "2024-01-15", "Hallo.\n"),
		"content/posts/r1/2024-03-10-soon.md":  post("Soon", "2024-03-10", "Bald.\n"),
		"content/posts/r1/2024-03-20-plan.md": tagged(post("Plan", "2024-03-20T10:00:00+01:00",
			"[a](../start/) [b](../soon/) [c](../gone/) [d](../later/) [e](../draft/) ![f](missing.png)\n"+
				"[g](/mentoring/tags/neu/) [h](/mentoring/tags/spaeter/) [i](/mentoring/tags/entwurf/)\n"), "Neu"),
		"content/posts/r1/2024-04-01-later.md": tagged(post("Later", "2024-04-01", "[back](../plan/)\n"), "Später"),
		"content/posts/r1/2024-02-01-draft.md": tagged(post("Draft", "2024-02-01", "[x](../nowhere/)\n"), "Entwurf"),
	})
	for _, name := range []string{"start", "soon", "plan", "later"} {
		approve(t, fsys, map[string]string{"start": "content/posts/r1/2024-01-15-start.md", "soon": "content/posts/r1/2024-03-10-soon.md",
			"plan": "content/posts/r1/2024-03-20-plan.md", "later": "content/posts/r1/2024-04-01-later.md"}[name])
	}
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	run := func(preview bool) diag.List {
		o, probs := build.NewCompiler(fsys, build.Options{Preview: preview, Now: now}).Outline()
		if o == nil {
			t.Fatalf("the test site does not compile:\n%v", diag.ListError(probs))
		}
		return Run(fsys, o, Options{Now: now})
	}
	got := only(run(false), "scheduled-broken-link", "scheduled-missing-image", "scheduled-link-to-unpublished", "broken-link", "missing-image", "link-to-unpublished")
	want := `content/posts/r1/2024-03-20-plan.md:13:34: link "../gone/" leads to /mentoring/posts/gone/, which is not a page or file of the site (in a post scheduled for 2024-03-20 10:00 +01:00, which is published then as it is)
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/posts/r1/2024-03-20-plan.md:13:48: link "../later/" in the post "Plan", scheduled for 2024-03-20 10:00 +01:00, leads to the post "Later" (content/posts/r1/2024-04-01-later.md), which will not be published then (scheduled)
	hint: date content/posts/r1/2024-04-01-later.md no later than 2024-03-20 10:00 +01:00, or remove the link until that post is published
content/posts/r1/2024-03-20-plan.md:13:63: link "../draft/" in the post "Plan", scheduled for 2024-03-20 10:00 +01:00, leads to the post "Draft" (content/posts/r1/2024-02-01-draft.md), which will not be published then (draft)
	hint: approve content/posts/r1/2024-02-01-draft.md, or remove the link until it is; the build on that day refuses it
content/posts/r1/2024-03-20-plan.md:13:79: image "missing.png" is missing: the site has no file /mentoring/posts/plan/missing.png (in a post scheduled for 2024-03-20 10:00 +01:00, which is published then as it is)
	hint: turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root
content/posts/r1/2024-03-20-plan.md:14:31: link "/mentoring/tags/spaeter/" leads to /mentoring/tags/spaeter/, which is not a page or file of the site (in a post scheduled for 2024-03-20 10:00 +01:00, which is published then as it is)
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
content/posts/r1/2024-03-20-plan.md:14:61: link "/mentoring/tags/entwurf/" leads to /mentoring/tags/entwurf/, which is not a page or file of the site (in a post scheduled for 2024-03-20 10:00 +01:00, which is published then as it is)
	hint: another post is at ../SLUG/ from a post (or /mentoring/posts/SLUG/); check the slug of the post you mean
`
	if lines(got) != want {
		t.Errorf("production check, got:\n%s\nwant:\n%s", lines(got), want)
	}
	for _, p := range got {
		if !strings.HasPrefix(p.Code, "scheduled-") || p.Severity != diag.Error {
			t.Errorf("%s %s: want an error whose code says the post is scheduled", p.Severity, p.Code)
		}
	}
	if got := only(run(true), "scheduled-broken-link", "scheduled-missing-image", "scheduled-link-to-unpublished"); len(got) > 0 {
		t.Errorf("a preview, which checks every post as shown, reported scheduled findings:\n%s", lines(got))
	}
}

// tagged gives the post text the tag.
func tagged(text, tag string) string {
	return strings.Replace(text, "\n---\n", "\ntags: ["+tag+"]\n---\n", 1)
}

// TestScheduledLinksToLaterPages: a scheduled post may link a later page
// of a list that it lengthens (the second page of its tag's, its
// author's and the post archive's lists, page_size 2) and its own tag's
// page, which the site has once it is published; not a page the site has
// not even then, nor one only a post scheduled later makes.
func TestScheduledLinksToLaterPages(t *testing.T) {
	fsys := newSite(map[string]string{
		"content/programme.yaml":              testProgramme + "page_size: 2\n",
		"content/posts/r1/2024-01-15-eins.md": tagged(post("Eins", "2024-01-15", "Eins.\n"), "Alt"),
		"content/posts/r1/2024-01-20-zwei.md": tagged(post("Zwei", "2024-01-20", "Zwei.\n"), "Alt"),
		"content/posts/r1/2024-03-20-drei.md": tagged(post("Drei", "2024-03-20",
			"[a](/mentoring/tags/alt/page/2/) [b](/mentoring/posts/page/2/) [c](/mentoring/authors/ada/page/2/) [d](/mentoring/tags/neu/)\n"+
				"[e](/mentoring/tags/alt/page/3/) [f](/mentoring/tags/neu/page/2/) [g](/mentoring/tags/vier/)\n"), "Alt, Neu"),
		"content/posts/r1/2024-04-01-vier.md": tagged(post("Vier", "2024-04-01", "[h](/mentoring/tags/alt/page/2/)\n"), "Vier"),
	})
	for _, name := range []string{"eins", "zwei", "drei", "vier"} {
		approve(t, fsys, map[string]string{"eins": "content/posts/r1/2024-01-15-eins.md", "zwei": "content/posts/r1/2024-01-20-zwei.md",
			"drei": "content/posts/r1/2024-03-20-drei.md", "vier": "content/posts/r1/2024-04-01-vier.md"}[name])
	}
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	o, probs := build.NewCompiler(fsys, build.Options{Now: now}).Outline()
	if o == nil {
		t.Fatalf("the test site does not compile:\n%v", diag.ListError(probs))
	}
	var got []string
	for _, p := range only(Run(fsys, o, Options{Now: now}), "scheduled-broken-link") {
		got = append(got, p.Pos.String()+" "+p.Msg[:strings.Index(p.Msg, " leads")])
	}
	want := []string{
		`content/posts/r1/2024-03-20-drei.md:14:5 link "/mentoring/tags/alt/page/3/"`,
		`content/posts/r1/2024-03-20-drei.md:14:38 link "/mentoring/tags/neu/page/2/"`,
		`content/posts/r1/2024-03-20-drei.md:14:71 link "/mentoring/tags/vier/"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestScheduledOutlines: the site at a scheduled post's date is outlined
// only for a link that leads nowhere today but somewhere at the latest
// scheduled date, so a thousand scheduled posts on distinct dates, each
// with a link that leads nowhere at any date, cost one outline (the one
// at the latest date), not a thousand; a file the site has only from a
// later date is still not there at an earlier one.
func TestScheduledOutlines(t *testing.T) {
	day := func(n int) time.Time { return time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n) }
	end := day(1000)
	var outlines int
	at := hasAt(func(when time.Time) files {
		outlines++
		f := files{"tags/alt/index.html": true}
		if !when.Before(day(500)) {
			f["tags/neu/index.html"] = true
		}
		return f
	}, end)
	for n := 0; n <= 1000; n++ {
		if at(day(n), "tags/nirgends/index.html") {
			t.Fatalf("day %d has a file that the site has at no date", n)
		}
	}
	if outlines != 1 {
		t.Errorf("links that lead nowhere on 1,001 dates outlined the site %d times, want once", outlines)
	}
	for _, c := range []struct {
		day  int
		want bool
	}{{10, false}, {499, false}, {500, true}, {1000, true}} {
		if got := at(day(c.day), "tags/neu/index.html"); got != c.want {
			t.Errorf("day %d has tags/neu/: %v, want %v", c.day, got, c.want)
		}
	}
	if outlines != 4 { // the latest date's, then days 10, 499 and 500
		t.Errorf("%d outlines, want 4", outlines)
	}
}
