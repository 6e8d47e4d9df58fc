package build

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/approval"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

const leakProgramme = `title: Leak test
language: en
base_url: https://intranet.example.com/mentoring/
page_size: 2
rounds:
  - id: r1
    title: Round one
    start: 2024-01-01
    end: 2024-12-31
people:
  anna: {name: Anna, role: mentor, consent: {photo: true}}
  ben: {name: Ben, role: mentee}
  frauke: {name: Frauke, role: reviewer}
  gerd: {name: Gerd, role: organiser}
  hanna: {name: Hanna, role: comms}
  zzhiddenauthorzz: {name: Hidden zzhiddenauthorzz, role: mentor}
reviewers: [frauke, hanna]
require_photo_consent: true
review_policy:
  announcement: [any, comms]
`

// leakNow is the build time: everything below is in the past except the
// scheduled post.
var leakNow = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

// Notes reviewers wrote; they must never reach production output.
// oldNote stays in the review block of a published post.
const (
	leakNote = "zzreviewnotezz"
	oldNote  = "zzoldnotezz"
)

// hiddenPost is a post that must not be published, with the marker in its
// title, body, slug, its own tag and its bundle image. spoil turns an
// approved file into the broken state; nil leaves the post unapproved.
type hiddenPost struct {
	marker, status string
	date           string
	approve        bool
	spoil          func(text string) string
	extra          []string
}

var hiddenPosts = []hiddenPost{
	{marker: "zzdraftzz", date: "2024-05-01", extra: []string{"kind: retrospective"}},
	{marker: "zzinreviewzz", status: "review", date: "2024-05-02", extra: []string{"review:", "  submitted_at: 2024-05-02T08:00:00Z"}},
	{marker: "zzsentbackzz", date: "2024-05-03", extra: []string{"review:", "  changes_requested:", "    by: frauke", "    at: 2024-05-04T08:00:00Z", "    note: Please drop " + leakNote + "."}},
	{marker: "zzstalezz", date: "2024-05-04", approve: true, spoil: func(s string) string { return strings.Replace(s, "Secret body", "Secret body, edited", 1) }},
	{marker: "zznonreviewerzz", date: "2024-05-05", approve: true, spoil: func(s string) string { return strings.Replace(s, "approved_by: frauke", "approved_by: gerd", 1) }},
	{marker: "zzforgedzz", date: "2024-05-06", approve: true, spoil: func(s string) string {
		return regexp.MustCompile(`digest: sha256:[0-9a-f]{64}`).ReplaceAllString(s, "digest: sha256:"+strings.Repeat("ab", 32))
	}},
	{marker: "zzincompletezz", date: "2024-05-07", approve: true, spoil: func(s string) string {
		return regexp.MustCompile(`\n  digest: .*`).ReplaceAllString(s, "")
	}},
	// a request for changes later than the approval, written into the block by hand
	{marker: "zzrequestlaterzz", date: "2024-05-11", approve: true, spoil: func(s string) string {
		return strings.Replace(s, "review:\n", "review:\n  changes_requested:\n    by: frauke\n    at: 2024-05-21T08:00:00Z\n    note: Bitte nochmal.\n", 1)
	}},
	{marker: "zzfuturezz", date: "2024-12-01", approve: true},
	{marker: "zzwrongstatuszz", status: "approved", date: "2024-05-08"},
	// review_policy: an announcement needs a second approval, by comms
	{marker: "zzpolicywaitingzz", date: "2024-05-09", approve: true, extra: []string{"kind: announcement"}},
	{marker: "zzpolicystalezz", date: "2024-05-10", approve: true, extra: []string{"kind: announcement"}, spoil: func(s string) string {
		return secondApproval(s, "hanna", "sha256:"+strings.Repeat("0", 64))
	}},
	{marker: "zznoconsentzz", date: "2024-05-12", approve: true, extra: []string{"pictured: [anna, ben]"}}, // ben: no photo consent
	{marker: "zzpolicytwicezz", date: "2024-05-11", approve: true, extra: []string{"kind: announcement"}, spoil: func(s string) string {
		return secondApproval(s, "frauke", "")
	}},
}

// published are the posts that must appear: five in round r1 (three
// pages at page_size 2), three tagged "shared".
var published = []struct{ name, front string }{
	{"2024-03-01-one.md", "tandem: t01\ntags: [shared]"},
	{"2024-03-02-two.md", "tandem: t01\ntags: [shared, other]\npictured: [anna]"},
	{"2024-03-03-three.md", "round: r1\ntags: [shared]"},
	{"2024-03-04-four.md", "tandem: t01\ntags: [other]"},
	{"2024-03-05-five.md", "round: r1\nkind: retrospective"},
}

// leakSite builds the site's files, approving what needs approval with
// the review workflow, as a reviewer would.
func leakSite(t *testing.T) fstest.MapFS {
	t.Helper()
	site := fstest.MapFS{
		"content/programme.yaml":   {Data: []byte(leakProgramme)},
		"content/tandems/t01.yaml": {Data: []byte("round: r1\nmentors: [anna]\nmentee: ben\n")},
		staticLeakPhoto:            {Data: leakPNG(t, staticLeak)},
	}
	for _, p := range published {
		text := fmt.Sprintf("---\ntitle: Published %s\ndate: %s\nauthors: [anna]\n%s\nstatus: review\n---\nVisible text.\n\n%s\n", p.name, p.name[:10], p.front, staticLeakImage)
		site["content/posts/"+p.name] = &fstest.MapFile{Data: []byte(text)}
	}
	for _, h := range hiddenPosts {
		dir := "content/posts/" + h.date + "-bundle-" + h.marker
		front := []string{"title: Hidden " + h.marker, "date: " + h.date, "tandem: t01", "authors: [anna, zzhiddenauthorzz]",
			"tags: [shared, tag-" + h.marker + "]", "slug: slug-" + h.marker, "summary: Summary " + h.marker, "image: img-" + h.marker + ".png"}
		if h.status != "" {
			front = append(front, "status: "+h.status)
		}
		front = append(front, h.extra...)
		site[dir+"/index.md"] = &fstest.MapFile{Data: []byte("---\n" + strings.Join(front, "\n") + "\n---\nSecret body " + h.marker + ".\n\n![image](img-" + h.marker + ".png)\n\n" + heldStaticImage(h.marker) + "\n")}
		site[dir+"/img-"+h.marker+".png"] = &fstest.MapFile{Data: leakImage(t, h.marker)}
		site[dir+"/anim-"+h.marker+".gif"] = &fstest.MapFile{Data: markedGIF(t)}
		site[dir+"/pic-"+h.marker+".webp"] = &fstest.MapFile{Data: markedWebP()} // derivatives: pic-MARKER-1w.jpg
	}
	prog, problems := programme.Load(site)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	w := approval.Workflow{Programme: prog}
	approve := func(name string, spoil func(string) string) {
		data := site[name].Data
		p, problems := content.ParsePost(site, name, data)
		if problems.HasErrors() {
			t.Fatal(problems.Err())
		}
		validate.Check(prog, []*content.Post{p}) // fills in the round, as tandem review approve does
		ed, err := w.Approve(p, data, "frauke", time.Date(2024, 5, 20, 9, 0, 0, 0, time.UTC), approval.ApproveOptions{Force: true})
		if err != nil {
			t.Fatal(err)
		}
		text := string(ed.Data)
		if spoil != nil {
			if text = spoil(text); text == string(ed.Data) {
				t.Fatalf("%s: spoiling changed nothing", name)
			}
		}
		site[name] = &fstest.MapFile{Data: []byte(text)}
	}
	for i, p := range published {
		var spoil func(string) string
		if i == 0 { // a note left over from an earlier round of review, dated before the approval
			spoil = func(s string) string {
				return strings.Replace(s, "review:\n", "review:\n  changes_requested:\n    by: frauke\n    at: 2024-05-01T08:00:00Z\n    note: Old note "+oldNote+"\n", 1)
			}
		}
		approve("content/posts/"+p.name, spoil)
	}
	for _, h := range hiddenPosts {
		if h.approve {
			approve("content/posts/"+h.date+"-bundle-"+h.marker+"/index.md", h.spoil)
		}
	}
	return site
}

func TestNothingUnpublishedLeaks(t *testing.T) {
	t.Parallel()
	site := leakSite(t)
	prod := buildLeakSite(t, site, false)
	preview := buildLeakSite(t, site, true)
	markers := []string{leakNote, "zzhiddenauthorzz", oldVersion}
	for _, h := range hiddenPosts {
		markers = append(markers, h.marker)
	}
	checkStrippedGIFs(t, preview)
	for _, m := range markers {
		if !anyContains(preview, m) {
			t.Errorf("the preview does not show %q anywhere, so this test could not see it leak", m)
		}
		for name, text := range prod {
			if strings.Contains(name, m) || strings.Contains(text, m) {
				t.Errorf("production output %s contains %q", name, m)
			}
		}
	}
	checkSearchIndex(t, prod, preview, markers)
	if anyContains(prod, oldNote) {
		t.Errorf("production output shows the note %q left in a published post", oldNote)
	}
	checkCovers(t, preview)
	checkStaticPhoto(t, prod, preview)
	if _, ok := preview["review/index.html"]; !ok {
		t.Error("the preview has no review dashboard")
	}
	dashboardListsFiles(t, preview["review/index.html"])
	if _, ok := prod["review/index.html"]; ok {
		t.Error("production output has the review dashboard")
	}
}

// dashboardListsFiles checks that the preview's dashboard links every
// bundle file of every held-back post where the preview publishes it:
// the reviewer sees the files an approval covers, not only those the
// page shows (TestNothingUnpublishedLeaks checks that production never
// names them).
func dashboardListsFiles(t *testing.T, dashboard string) {
	t.Helper()
	for _, h := range hiddenPosts {
		want := `<a href="/mentoring/posts/slug-` + h.marker + `/img-` + h.marker + `.png">img-` + h.marker + `.png</a>`
		if !strings.Contains(dashboard, want) {
			t.Errorf("the dashboard does not list %s's bundle file: want %s", h.marker, want)
		}
	}
}

func anyContains(files map[string]string, s string) bool {
	for name, text := range files {
		if strings.Contains(name, s) || strings.Contains(text, s) {
			return true
		}
	}
	return false
}

func TestListsCountOnlyPublishedPosts(t *testing.T) {
	t.Parallel()
	prod := buildLeakSite(t, leakSite(t), false)
	postPages := 0
	for name := range prod {
		if strings.HasPrefix(name, "posts/") && strings.HasSuffix(name, "/index.html") && strings.Count(name, "/") == 2 { // not the archive
			postPages++
		}
	}
	if postPages != len(published) {
		t.Errorf("%d post pages, want %d", postPages, len(published))
	}
	checks := []struct{ file, want string }{
		{"index.html", "5 posts"},
		{"rounds/index.html", "5 posts"},
		{"rounds/r1/index.html", "5 posts"},
		{"tags/shared/index.html", "3 posts"},
		{"tags/other/index.html", "2 posts"},
		{"tags/index.html", "(3)"},
		{"tandems/index.html", "3 posts"},
		{"authors/anna/index.html", "5 posts"},
		{"authors/index.html", "(5 posts)"},
		{"rounds/r1/page/2/index.html", "Published"},
		{"posts/page/3/index.html", "Page 3 of 3"},
	}
	for _, c := range checks {
		if text, ok := prod[c.file]; !ok || !strings.Contains(text, c.want) {
			t.Errorf("%s should say %q (present: %v)", c.file, c.want, ok)
		}
	}
	for _, absent := range []string{"rounds/r1/page/3/index.html", "tags/shared/page/3/index.html", "authors/zzhiddenauthorzz/index.html", "posts/page/4/index.html"} {
		if _, ok := prod[absent]; ok {
			t.Errorf("%s exists: unpublished posts made it longer", absent)
		}
	}
	counts := regexp.MustCompile(`(\d+) posts`)
	for name, text := range prod {
		for _, m := range counts.FindAllStringSubmatch(text, -1) {
			if n, _ := strconv.Atoi(m[1]); n > len(published) {
				t.Errorf("%s says %q: more than the %d published posts", name, m[0], len(published))
			}
		}
	}
	for _, feed := range []string{"feed.xml", "rounds/r1/feed.xml"} {
		if n := strings.Count(prod[feed], "<entry>"); n != len(published) {
			t.Errorf("%s has %d entries, want %d", feed, n, len(published))
		}
	}
	if n := strings.Count(prod["sitemap.xml"], "<lastmod>"); n != len(published) {
		t.Errorf("sitemap lists %d posts, want %d", n, len(published))
	}
}
