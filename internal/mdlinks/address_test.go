package mdlinks

import (
	"net/url"
	"testing"

	"github.com/yuin/goldmark/util"
)

// TestResolvePlain checks the shortcut for plain relative paths against
// resolving them as URLs, and that it leaves everything else alone; and
// that Resolve and Address, which take it on plain pages, give what
// resolving as a URL gives on any page.
func TestResolvePlain(t *testing.T) {
	t.Parallel()
	shortcut := map[string]bool{"x": true, "bild.png": true, "../x/": true, "../../tags/ki/": true, "../../../a": true, "../": true,
		"a/b/": true, "../.hidden": true, "a~b_c-d.e": true}
	for _, dest := range []string{
		"x", "bild.png", "../x/", "../../tags/ki/", "../../../a", "../../../../a", "../", "../..", "a/b/", "a//b", "./a", "a/./b", "a/../b",
		"/mentoring/x/", "../x y/", "../ä/", "../a%20b/", "../a?x", "../a#b", "https://example.org/", "..", ".", "../.hidden", "a~b_c-d.e",
	} {
		for _, page := range []string{"/mentoring/posts/p/", "/posts/p/", "/p/", "/", "/mein blog/p/", "/größe/p/", "posts/p/", "/a//p/", "/a/../p/"} {
			base := &url.URL{Path: page}
			want := string(util.URLEscape(resolveURL(base, []byte(dest)), true))
			got, ok := resolvePlain(page, []byte(dest))
			if ok && plainPage(page) && string(got) != want {
				t.Errorf("%q on %s: %q, resolving as a URL gives %q", dest, page, got, want)
			}
			if page == "/mentoring/posts/p/" && ok != shortcut[dest] {
				t.Errorf("%q: shortcut taken %t, want %t", dest, ok, shortcut[dest])
			}
			sameResolved(t, base, dest)
		}
	}
	for page, plain := range map[string]bool{"/mentoring/posts/p/": true, "/": true, "/p": true, "/mein blog/p/": false, "posts/p/": false, "/a//p/": false, "/a/../p/": false} {
		if plainPage(page) != plain {
			t.Errorf("plainPage(%q) = %t, want %t", page, !plain, plain)
		}
	}
}

// sameResolved fails when Resolve or Address of dest on base differs from
// resolving dest as a URL (and escaping it, for Address).
func sameResolved(t *testing.T, base *url.URL, dest string) {
	t.Helper()
	want := string(resolveURL(base, []byte(dest)))
	if got := string(Resolve(base, []byte(dest))); got != want {
		t.Errorf("Resolve(%q) on %s = %q, resolving as a URL gives %q", dest, base.Path, got, want)
	}
	if got, want := string(Address(base, []byte(dest))), string(util.URLEscape([]byte(want), true)); got != want {
		t.Errorf("Address(%q) on %s = %q, resolving as a URL gives %q", dest, base.Path, got, want)
	}
}

// FuzzResolvePlain checks that the shortcut for plain relative paths
// gives what resolving them as URLs gives.
func FuzzResolvePlain(f *testing.F) {
	for _, seed := range []string{"../x/", "a/b", "../../c", "x.png", "../", "a//b", "a/./b"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, dest string) {
		const page = "/mentoring/posts/p/"
		if got, ok := resolvePlain(page, []byte(dest)); ok {
			if want := string(util.URLEscape(resolveURL(&url.URL{Path: page}, []byte(dest)), true)); string(got) != want {
				t.Fatalf("%q: %q, resolving as a URL gives %q", dest, got, want)
			}
		}
		sameResolved(t, &url.URL{Path: page}, dest)
	})
}

// TestResolve checks which destinations are resolved against the page
// and which stay as written, as render writes them.
func TestResolve(t *testing.T) {
	t.Parallel()
	base := &url.URL{Path: "/mentoring/posts/p/"}
	for dest, want := range map[string]string{
		"../x/":                 "/mentoring/posts/x/",
		"bild.png":              "/mentoring/posts/p/bild.png",
		"./a/../b":              "/mentoring/posts/p/b",
		"../../../../etc/":      "/etc/",
		"../x/?a=1#oben":        "/mentoring/posts/x/?a=1#oben",
		"/posts/x/":             "/posts/x/",
		"#oben":                 "#oben",
		"?seite=2":              "?seite=2",
		"https://example.org/x": "https://example.org/x",
		"//example.org/x":       "//example.org/x",
		"mailto:a@example.org":  "mailto:a@example.org",
		"http://[::1":           "http://[::1",
		"":                      "",
	} {
		if got := string(Resolve(base, []byte(dest))); got != want {
			t.Errorf("Resolve(%q) = %q, want %q", dest, got, want)
		}
	}
}

// TestAddress checks the escaped form render writes, by the shortcut and
// by resolving as a URL.
func TestAddress(t *testing.T) {
	t.Parallel()
	base := &url.URL{Path: "/m/posts/p/"}
	for dest, want := range map[string]string{
		"../x/":                   "/m/posts/x/",
		"mein bild.png":           "/m/posts/p/mein%20bild.png",
		"gr%C3%B6%C3%9Fe/":        "/m/posts/p/gr%C3%B6%C3%9Fe/",
		"größe/":                  "/m/posts/p/gr%C3%B6%C3%9Fe/",
		"a&b/":                    "/m/posts/p/a&b/",
		"/x/":                     "/x/",
		"https://example.org/a b": "https://example.org/a%20b",
	} {
		if got := string(Address(base, []byte(dest))); got != want {
			t.Errorf("Address(%q) = %q, want %q", dest, got, want)
		}
	}
}
