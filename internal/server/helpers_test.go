package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// liveTag is a script element like the one New adds for BasePath "/"
// (the build id differs: see tagOf).
const liveTag = `<script src="/_tandem/live.js" data-build="abc123-1" defer></script>`

// tagOf returns the script element s adds to the pages it serves now.
func tagOf(s *Server) string { return string(s.currentSite().tag) }

// fakeSite is a small built site covering every kind of file.
func fakeSite() fstest.MapFS {
	page := func(s string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("<!doctype html><html><body><p>" + s + "</p></body></html>")}
	}
	return fstest.MapFS{
		"index.html":              page("home"),
		"404.html":                page("lost"),
		"posts/x/index.html":      page("post x"),
		"posts/noindex/a.txt":     {Data: []byte("a")},
		"no-body.html":            {Data: []byte("<p>fragment")},
		"upper.html":              {Data: []byte("<HTML><BODY>up</BODY></HTML>")},
		"feed.xml":                {Data: []byte("<feed/>")},
		"tandems/t1/feed.xml":     {Data: []byte("<feed/>")},
		"sitemap.xml":             {Data: []byte("<urlset/>")},
		"style.css":               {Data: []byte("body{}</body>")},
		"app.js":                  {Data: []byte("let a = '</body>';")},
		"logo.svg":                {Data: []byte("<svg></svg>")},
		"img/a.png":               {Data: []byte("png")},
		"img/b.jpg":               {Data: []byte("jpg")},
		"img/c.webp":              {Data: []byte("webp")},
		"robots.txt":              {Data: []byte("User-agent: *")},
		"search.json":             {Data: []byte("{}")},
		"favicon.ico":             {Data: []byte("ico")},
		"fonts/f.woff2":           {Data: []byte("woff2")},
		"data.bin":                {Data: []byte{0, 1, 2}},
		".env":                    {Data: []byte("SECRET=1")},
		".git/config":             {Data: []byte("[core]")},
		"posts/.draft/index.html": page("draft"),
	}
}

// request runs one request against h and returns the recorded response.
func request(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		if header[i] == "Host" {
			r.Host = header[i+1]
			continue
		}
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// servedWith returns a server already publishing site.
func servedWith(t *testing.T, opts Options, site fstest.MapFS) *Server {
	t.Helper()
	s := New(opts)
	s.Publish(Update{Site: site})
	t.Cleanup(s.Close)
	return s
}

// countTags counts the live script elements in body.
func countTags(body string) int { return strings.Count(body, "_tandem/live.js") }

// brokenBuild returns the problems of a failed build; the message holds
// markup that must reach the page as text.
func brokenBuild() []diag.Problem {
	return []diag.Problem{{
		Pos:      diag.Pos{Path: "content/posts/x.md", Line: 3, Col: 7},
		Severity: diag.Error, Code: "unknown-tandem",
		Msg:  `tandem "t9" is not defined <img src=x onerror=alert(1)>`,
		Hint: `did you mean "t1"?`,
	}}
}
