package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzServePath serves arbitrary decoded paths: whatever the path, the
// answer is one of the expected statuses and never a hidden file.
// Seeds: testdata/fuzz/FuzzServePath.
func FuzzServePath(f *testing.F) {
	site := fstest.MapFS{
		"index.html":         {Data: []byte("<body>home</body>")},
		"posts/x/index.html": {Data: []byte("<body>x</body>")},
		".env":               {Data: []byte("SECRET")},
		"posts/.git/config":  {Data: []byte("SECRET")},
		".hidden/index.html": {Data: []byte("SECRET")},
	}
	s := New(Options{})
	s.Publish(Update{Site: site})
	h := s.Handler()
	f.Fuzz(func(t *testing.T, rel string) {
		r := httptest.NewRequest("GET", "/", nil)
		r.URL.Path = "/" + rel
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		switch w.Code {
		case http.StatusOK, http.StatusMovedPermanently, http.StatusBadRequest, http.StatusNotFound:
		default:
			t.Fatalf("%q: status %d", rel, w.Code)
		}
		if strings.Contains(w.Body.String(), "SECRET") {
			t.Fatalf("%q: served a hidden file", rel)
		}
		if w.Code == http.StatusOK && checkPath(rel) != pathOK {
			t.Fatalf("%q: served although checkPath refuses it", rel)
		}
		if loc := w.Header().Get("Location"); loc != "" && (!strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//")) {
			t.Fatalf("%q: redirect to %q leaves the site", rel, loc)
		}
	})
}

// FuzzInjectScript checks that the script is added exactly once and that
// removing it gives back the page. Seeds: testdata/fuzz/FuzzInjectScript.
func FuzzInjectScript(f *testing.F) {
	tag := []byte(liveTag)
	f.Fuzz(func(t *testing.T, page []byte) {
		orig := bytes.Clone(page)
		out := injectScript(page, tag)
		if !bytes.Equal(page, orig) {
			t.Fatal("page changed")
		}
		if len(out) != len(page)+len(tag) || bytes.Count(out, tag) != bytes.Count(page, tag)+1 {
			t.Fatalf("%q: want the tag added once, got %q", page, out)
		}
		if !removable(out, tag, page) {
			t.Fatalf("%q: removing the tag from %q does not give the page back", page, out)
		}
		lower := bytes.ToLower(page)
		if bytes.Contains(lower, []byte("</body>")) && !bytes.Contains(bytes.ToLower(out), append(bytes.ToLower(tag), "</body"...)) {
			t.Fatalf("%q: tag not placed before </body>: %q", page, out)
		}
	})
}

// removable reports whether taking one tag out of out gives page.
func removable(out, tag, page []byte) bool {
	for from := 0; ; {
		i := bytes.Index(out[from:], tag)
		if i < 0 {
			return false
		}
		at := from + i
		if bytes.Equal(append(bytes.Clone(out[:at]), out[at+len(tag):]...), page) {
			return true
		}
		from = at + 1
	}
}
