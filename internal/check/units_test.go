package check

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

func TestThousands(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 4200: "4,200", 10000: "10,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestProgress(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	p := newProgress(&buf, "checking links", 3)
	for range 3 {
		p.add(1)
	}
	p.finish()
	want := "\rchecking links 0/3\rchecking links 1/3\rchecking links 2/3\rchecking links 3/3\r\033[K"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
	silent := newProgress(nil, "x", 10)
	silent.add(5) // must not panic
	silent.finish()
}

func TestProgressThrottles(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	p := newProgress(&buf, "checking links", 10000)
	for range 10000 {
		p.add(1)
	}
	if n := bytes.Count(buf.Bytes(), []byte("\r")); n > 202 {
		t.Errorf("the line was redrawn %d times for 10,000 pages", n)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("checking links 10,000/10,000")) {
		t.Errorf("last state %q", buf.String()[buf.Len()-40:])
	}
}

func TestRelPath(t *testing.T) {
	t.Parallel()
	tests := []struct{ dir, to, want string }{
		{"posts/a", "posts/b/", "../b/"},
		{"posts/a", "posts/a/bild.png", "bild.png"},
		{"rounds/r1", "posts/b/", "../../posts/b/"},
		{".", "posts/b/", "posts/b/"},
		{"tags/x/page/2", "tags/y/", "../../../y/"},
	}
	for _, tt := range tests {
		if got := relPath(tt.dir, tt.to); got != tt.want {
			t.Errorf("relPath(%q, %q) = %q, want %q", tt.dir, tt.to, got, tt.want)
		}
	}
}

func TestPageKind(t *testing.T) {
	t.Parallel()
	for page, want := range map[string]string{
		"index.html": "home", "404.html": "404", "posts/x/index.html": "post", "rounds/index.html": "rounds",
		"rounds/r1/page/2/index.html": "round", "tandems/t1/index.html": "tandem", "tags/index.html": "tags",
		"tags/ki/index.html": "tag", "authors/ada/index.html": "author", "review/index.html": "review", "other.html": "base",
	} {
		if got := pageKind(page); got != want {
			t.Errorf("pageKind(%q) = %q, want %q", page, got, want)
		}
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	r := newResolver("https://intranet.example.com/mentoring/", "/mentoring/")
	tests := []struct {
		page, ref string
		how       outcome
		to        string
	}{
		{"posts/a/index.html", "../b/", inside, "posts/b/"},
		{"posts/a/index.html", "bild%20eins.png", inside, "posts/a/bild eins.png"},
		{"posts/a/index.html", "../b/?x=1#top", inside, "posts/b/"},
		{"posts/a/index.html", "/mentoring", inside, ""},
		{"index.html", "https://INTRANET.example.com/mentoring/feed.xml", inside, "feed.xml"},
		{"index.html", "//intranet.example.com/mentoring/x/", inside, "x/"},
		{"posts/a/index.html", "/posts/b/", outside, "/posts/b/"},
		{"posts/a/index.html", "../../../../etc/", outside, "/etc/"},
		{"index.html", "https://example.org/mentoring/", skip, ""},
		{"index.html", "mailto:a@example.com", skip, ""},
		{"index.html", "tel:+4930", skip, ""},
		{"index.html", "data:image/png;base64,AAAA", skip, ""},
		{"index.html", "#main", skip, ""},
		{"index.html", "  ", skip, ""},
		{"index.html", "http://[::1", invalid, ""},
	}
	for _, tt := range tests {
		how, to := r.resolve(tt.page, tt.ref)
		if how != tt.how || to != tt.to {
			t.Errorf("resolve(%q, %q) = %v %q, want %v %q", tt.page, tt.ref, how, to, tt.how, tt.to)
		}
	}
	root := newResolver("/", "/")
	if how, to := root.resolve("posts/a/index.html", "/posts/b/"); how != inside || to != "posts/b/" {
		t.Errorf("without base_url: %v %q", how, to)
	}
}

func TestPageRefs(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><link rel="stylesheet" href="a.css"><script src="s.js"></script>
<script>var x = '<a href="no.html">';</script></head><body>
<!-- <a href="comment/"> -->
<a href="x/?a=1&amp;b=2">x</a><img src="i.png" srcset="i-1.png 1x, i-2.png 2x" alt="">
<video poster="p.jpg"><source src="v.mp4"></video><base href="/b/"><A HREF='Y/'>y</A>
</body></html>`
	var got []string
	for _, r := range pageRefs([]byte(page)) {
		got = append(got, r.Tag+" "+r.Attr+" "+r.Value)
	}
	want := []string{"link href a.css", "script src s.js", "a href x/?a=1&b=2", "img src i.png", "img srcset i-1.png", "img srcset i-2.png",
		"video poster p.jpg", "source src v.mp4", "a href Y/"}
	if len(got) != len(want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("ref %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestResolveFastPath makes sure the shortcut for plain paths gives what
// full URL resolution gives.
func TestResolveFastPath(t *testing.T) {
	t.Parallel()
	r := newResolver("https://intranet.example.com/mentoring/", "/mentoring/")
	for _, ref := range []string{
		"/mentoring/posts/a/", "/mentoring/", "/mentoring/assets/style.css", "/mentoring/a/../b/", "/mentoring/./a",
		"/mentoring/a/.", "/mentoring/a/..", "/mentoring//a", "/mentoring/a%20b", "/mentoring/a?x#y", "/mentoring/..", "/mentoring/.",
	} {
		how, to := r.resolve("posts/x/index.html", ref)
		u, _ := url.Parse(ref)
		full := r.base.ResolveReference(u).Path
		wantHow, want := outside, full
		switch {
		case strings.HasPrefix(full, "/mentoring/"):
			wantHow, want = inside, strings.TrimPrefix(full, "/mentoring/")
		case full == "/mentoring":
			wantHow, want = inside, ""
		}
		if how != wantHow || to != want {
			t.Errorf("%q: %v %q, want %v %q", ref, how, to, wantHow, want)
		}
	}
}

func TestWeeksText(t *testing.T) {
	t.Parallel()
	for days, want := range map[int]string{7: "1 week", 9: "over 1 week", 56: "8 weeks", 58: "over 8 weeks", 63: "9 weeks", 200: "over 28 weeks"} {
		if got := weeksText(time.Duration(days) * day).String(); got != want {
			t.Errorf("%d days: %q, want %q", days, got, want)
		}
	}
}

func TestSortedOnce(t *testing.T) {
	t.Parallel()
	a := diag.Problem{Pos: diag.Pos{Path: "a.md", Line: 2}, Severity: diag.Error, Code: "markdown", Msg: "x"}
	b := diag.Problem{Pos: diag.Pos{Path: "a.md", Line: 1}, Severity: diag.Error, Code: "broken-link", Msg: "y"}
	got := sortedOnce(diag.List{a, b, a})
	if len(got) != 2 || got[0].Error() != b.Error() || got[1].Error() != a.Error() {
		t.Errorf("got %v, want %v then %v once", got, b, a)
	}
}

// TestFilesInFolders counts every file of a folder an outline names
// only by its folder (the search index's vocabulary) as served, and
// nothing beside it.
func TestFilesInFolders(t *testing.T) {
	f := files{"search/index.html": true, "search/w/*": true}
	for rel, want := range map[string]bool{"search/w/6b75.json": true, "search/": true, "search/w": false,
		"search/p/1.json": false, "search/x.json": false} {
		if got := f.has(rel); got != want {
			t.Errorf("has(%q) = %v, want %v", rel, got, want)
		}
	}
}
