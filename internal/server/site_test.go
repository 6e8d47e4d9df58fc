package server

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

func TestServeSite(t *testing.T) {
	t.Parallel()
	s := servedWith(t, Options{}, fakeSite())
	tests := []struct {
		method, target string
		status         int
		ctype          string // prefix of Content-Type
		body           string // substring of the body
		location       string
	}{
		{"GET", "/", 200, "text/html; charset=utf-8", "home", ""},
		{"GET", "/index.html", 200, "text/html", "home", ""},
		{"GET", "/posts/x/", 200, "text/html", "post x", ""},
		{"GET", "/posts/x", 301, "text/plain", "moved", "/posts/x/"},
		{"GET", "/posts/x?utm=1", 301, "text/plain", "", "/posts/x/?utm=1"},
		{"GET", "/posts/noindex/", 404, "text/html", "lost", ""},
		{"GET", "/missing", 404, "text/html", "lost", ""},
		{"GET", "/feed.xml", 200, "application/atom+xml", "<feed/>", ""},
		{"GET", "/tandems/t1/feed.xml", 200, "application/atom+xml", "<feed/>", ""},
		{"GET", "/sitemap.xml", 200, "application/xml", "<urlset/>", ""},
		{"GET", "/style.css", 200, "text/css", "body{}", ""},
		{"GET", "/app.js", 200, "text/javascript", "let a", ""},
		{"GET", "/logo.svg", 200, "image/svg+xml", "<svg>", ""},
		{"GET", "/img/a.png", 200, "image/png", "png", ""},
		{"GET", "/img/b.jpg", 200, "image/jpeg", "jpg", ""},
		{"GET", "/img/c.webp", 200, "image/webp", "webp", ""},
		{"GET", "/robots.txt", 200, "text/plain", "User-agent", ""},
		{"GET", "/search.json", 200, "application/json", "{}", ""},
		{"GET", "/favicon.ico", 200, "image/x-icon", "ico", ""},
		{"GET", "/fonts/f.woff2", 200, "font/woff2", "woff2", ""},
		{"GET", "/data.bin", 200, "application/octet-stream", "", ""},
		{"GET", "/_tandem/live.js", 200, "text/javascript", "EventSource", ""},
		{"GET", "/_tandem/other", 404, "text/html", "lost", ""},
		{"HEAD", "/posts/x/", 200, "text/html", "", ""},
		{"POST", "/", 405, "text/plain", "GET and HEAD", ""},
		{"DELETE", "/posts/x/", 405, "text/plain", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			t.Parallel()
			w := request(s.Handler(), tt.method, tt.target)
			if w.Code != tt.status {
				t.Fatalf("status = %d, want %d (body %q)", w.Code, tt.status, w.Body)
			}
			h := w.Header()
			if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type = %q, want %q…", ct, tt.ctype)
			}
			if !strings.Contains(w.Body.String(), tt.body) {
				t.Errorf("body %q lacks %q", w.Body, tt.body)
			}
			if got := h.Get("Location"); got != tt.location {
				t.Errorf("Location = %q, want %q", got, tt.location)
			}
			for k, v := range map[string]string{
				"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer",
			} {
				if h.Get(k) != v {
					t.Errorf("%s = %q, want %q", k, h.Get(k), v)
				}
			}
			if tt.method == "HEAD" && w.Body.Len() != 0 {
				t.Errorf("HEAD wrote a body of %d bytes", w.Body.Len())
			}
			if tt.method == "HEAD" && h.Get("Content-Length") == "" {
				t.Error("HEAD without Content-Length")
			}
			if tt.status == 405 && h.Get("Allow") != "GET, HEAD" {
				t.Errorf("Allow = %q", h.Get("Allow"))
			}
		})
	}
}

func TestBasePath(t *testing.T) {
	t.Parallel()
	tests := []struct {
		base, target string
		status       int
		location     string
		tag          string
	}{
		{"/mentoring/", "/mentoring/posts/x/", 200, "", `<script src="/mentoring/_tandem/live.js" data-build="`},
		{"mentoring", "/mentoring/", 200, "", `<script src="/mentoring/_tandem/live.js" data-build="`},
		{"/a/b", "/a/b/", 200, "", `<script src="/a/b/_tandem/live.js" data-build="`},
		{"/mentoring/", "/mentoring", 301, "/mentoring/", ""},
		{"/mentoring/", "/", 404, "", ""},
		{"/mentoring/", "/posts/x/", 404, "", ""},
		{"/mentoring/", "/mentoringx/", 404, "", ""},
		{"/mentoring/", "/mentoring/_tandem/live.js", 200, "", ""},
		{"", "/", 200, "", `<script src="/_tandem/live.js" data-build="`},
		{"/", "/", 200, "", `<script src="/_tandem/live.js" data-build="`},
		{"/a b/", "/a b/", 200, "", `<script src="/a%20b/_tandem/live.js" data-build="`},
		{`/"x/`, `/"x/`, 200, "", `<script src="/%22x/_tandem/live.js" data-build="`},
	}
	for _, tt := range tests {
		t.Run(tt.base+" "+tt.target, func(t *testing.T) {
			t.Parallel()
			s := servedWith(t, Options{BasePath: tt.base}, fakeSite())
			w := request(s.Handler(), "GET", strings.ReplaceAll(tt.target, " ", "%20"))
			if w.Code != tt.status {
				t.Fatalf("status = %d, want %d", w.Code, tt.status)
			}
			if got := w.Header().Get("Location"); got != tt.location {
				t.Errorf("Location = %q, want %q", got, tt.location)
			}
			if tt.tag != "" && strings.Count(w.Body.String(), tt.tag) != 1 {
				t.Errorf("body %q lacks one %q", w.Body, tt.tag)
			}
		})
	}
}

func TestInjection(t *testing.T) {
	t.Parallel()
	site := fakeSite()
	before := map[string][]byte{}
	for name, f := range site {
		before[name] = bytes.Clone(f.Data)
	}
	s := servedWith(t, Options{}, site)
	liveTag := tagOf(s)
	tests := []struct {
		target string
		want   string // exact body; "" means: the file unchanged
	}{
		{"/posts/x/", "<!doctype html><html><body><p>post x</p>" + liveTag + "</body></html>"},
		{"/upper.html", "<HTML><BODY>up" + liveTag + "</BODY></HTML>"},
		{"/no-body.html", "<p>fragment" + liveTag},
		{"/missing", "<!doctype html><html><body><p>lost</p>" + liveTag + "</body></html>"},
		{"/style.css", ""},
		{"/app.js", ""},
		{"/logo.svg", ""},
		{"/feed.xml", ""},
		{"/search.json", ""},
		{"/robots.txt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			t.Parallel()
			w := request(s.Handler(), "GET", tt.target)
			want := tt.want
			if want == "" {
				want = string(before[strings.TrimPrefix(tt.target, "/")])
			}
			if w.Body.String() != want {
				t.Errorf("body = %q, want %q", w.Body, want)
			}
			if n, _ := strconv.Atoi(w.Header().Get("Content-Length")); n != w.Body.Len() {
				t.Errorf("Content-Length = %d, body has %d bytes", n, w.Body.Len())
			}
			if tt.want != "" && countTags(w.Body.String()) != 1 {
				t.Errorf("want exactly one script tag in %q", w.Body)
			}
		})
	}
	t.Run("files unchanged", func(t *testing.T) {
		t.Parallel()
		for name, data := range before {
			if !bytes.Equal(site[name].Data, data) {
				t.Errorf("%s changed on disk: %q", name, site[name].Data)
			}
		}
	})
}

func TestInjectScript(t *testing.T) {
	t.Parallel()
	tag := []byte("<T>")
	tests := []struct{ page, want string }{
		{"", "<T>"},
		{"<body></body>", "<body><T></body>"},
		{"<body></body >", "<body><T></body >"},
		{"<body><!-- </body> --></body>", "<body><!-- </body> --><T></body>"},
		{"<body></bodyx>", "<body></bodyx><T>"},
		{"</body", "</body<T>"},
		{"<", "<<T>"},
		{"a</BoDy>b", "a<T></BoDy>b"},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			t.Parallel()
			page := []byte(tt.page)
			if got := string(injectScript(page, tag)); got != tt.want {
				t.Errorf("injectScript(%q) = %q, want %q", tt.page, got, tt.want)
			}
			if string(page) != tt.page {
				t.Errorf("page changed to %q", page)
			}
		})
	}
}

func TestPublishKeepsLastGoodSite(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	t.Cleanup(s.Close)
	get := func() (int, string) {
		w := request(s.Handler(), "GET", "/")
		return w.Code, w.Body.String()
	}
	site := func(text string) fstest.MapFS {
		return fstest.MapFS{"index.html": {Data: []byte("<body>" + text + "</body>")}}
	}
	broken := []Update{{Problems: brokenBuild()}}
	steps := []struct {
		name   string
		update []Update
		status int
		body   string
	}{
		{"nothing built yet", nil, http.StatusServiceUnavailable, "No site yet"},
		{"first build failed", broken, http.StatusServiceUnavailable, "tandem-reload"},
		{"first good build", []Update{{Site: site("one")}}, 200, "one"},
		{"failed build keeps site", broken, 200, "one"},
		{"failed build with a site keeps old", []Update{{Site: site("half"), Problems: brokenBuild()}}, 200, "one"},
		{"ok build without site keeps old", []Update{{}}, 200, "one"},
		{"next good build", []Update{{Site: site("two")}}, 200, "two"},
	}
	for _, st := range steps { // in order: each step builds on the last
		for _, u := range st.update {
			s.Publish(u)
		}
		status, body := get()
		if status != st.status || !strings.Contains(body, st.body) {
			t.Errorf("%s: got %d %q, want %d with %q", st.name, status, body, st.status, st.body)
		}
		if countTags(body) != 1 {
			t.Errorf("%s: want one script tag in %q", st.name, body)
		}
	}
}

// TestPlaceholderListsProblems checks that the page served before the
// first good build lists the build's problems, escaped, for a client
// without the live script, and lists none before any build.
func TestPlaceholderListsProblems(t *testing.T) {
	t.Parallel()
	s := New(Options{})
	t.Cleanup(s.Close)
	if body := request(s.Handler(), "GET", "/").Body.String(); strings.Contains(body, "<ul>") {
		t.Errorf("a list before any build: %q", body)
	}
	s.Publish(Update{Problems: []diag.Problem{{Pos: diag.Pos{Path: "content/posts/a.md", Line: 2, Col: 8},
		Severity: diag.Error, Msg: `tandem "<t1>" is unknown`, Hint: "did you mean t01?"}}})
	w := request(s.Handler(), "GET", "/")
	want := "<li><code>content/posts/a.md:2:8</code>: tandem &#34;&lt;t1&gt;&#34; is unknown<br>hint: did you mean t01?</li>"
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), want) {
		t.Errorf("got %d %q, want 503 with %q", w.Code, w.Body.String(), want)
	}
}
