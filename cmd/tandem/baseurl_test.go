package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestBaseURLDeploysAtBothPaths builds the example programme twice with
// --base-url, once for the root of a server and once for /blog/, serves
// each output at its path and follows every link and asset from the home
// page: none may be broken, and the stylesheet must arrive as CSS. The
// Atom ids of both builds must be the same.
func TestBaseURLDeploysAtBothPaths(t *testing.T) {
	feeds := map[string]string{}
	for _, path := range []string{"/", "/blog/"} {
		dest := filepath.Join(t.TempDir(), "public")
		mux := http.NewServeMux()
		mux.Handle(path, http.StripPrefix(strings.TrimSuffix(path, "/"), http.FileServer(http.Dir(dest))))
		srv := httptest.NewServer(mux)
		defer srv.Close()
		base := srv.URL + path
		code, _, errs := runCmd(t, "build", "--no-history", "-s", "../..", "-d", dest, "--now", "2026-12-01", "--base-url", base)
		if code != exitOK {
			t.Fatalf("build for %s: exit %d: %s", base, code, errs)
		}
		pages, css := crawl(t, base)
		if pages < 40 || css == 0 {
			t.Errorf("at %s: crawled %d pages and %d stylesheets; the site was not found", path, pages, css)
		}
		feed, err := os.ReadFile(filepath.Join(dest, "feed.xml"))
		if err != nil {
			t.Fatal(err)
		}
		ids := strings.Join(regexp.MustCompile(`<id>[^<]*</id>`).FindAllString(string(feed), -1), "\n")
		if strings.Contains(ids, srv.URL) || !strings.HasPrefix(ids, "<id>urn:uuid:") {
			t.Errorf("the Atom ids depend on the base URL:\n%s", ids)
		}
		feeds[path] = ids
	}
	if feeds["/"] != feeds["/blog/"] {
		t.Errorf("the Atom ids differ between the two base URLs:\n%s\n---\n%s", feeds["/"], feeds["/blog/"])
	}
}

// crawl fetches every address the pages below base link to or load, on
// base's server, and fails the test for each that does not answer 200. It
// returns how many HTML pages it read and how many stylesheets arrived
// as text/css.
func crawl(t *testing.T, base string) (pages, css int) {
	t.Helper()
	start, _ := url.Parse(base)
	seen := map[string]bool{base: true}
	queue := []string{base}
	from := map[string]string{}
	for len(queue) > 0 {
		addr := queue[0]
		queue = queue[1:]
		resp, err := http.Get(addr)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("broken link %s (status %d), on %s", addr, resp.StatusCode, from[addr])
			continue
		}
		ctype := resp.Header.Get("Content-Type")
		if strings.HasPrefix(ctype, "text/css") {
			css++
		}
		if !strings.HasPrefix(ctype, "text/html") {
			continue
		}
		pages++
		for _, ref := range references(string(body)) {
			u, err := url.Parse(addr)
			if err != nil {
				t.Fatal(err)
			}
			next, err := u.Parse(ref)
			if err != nil || next.Host != start.Host || (next.Scheme != "http" && next.Scheme != "https") {
				continue // another site, mailto:
			}
			next.Fragment = ""
			if !seen[next.String()] {
				seen[next.String()] = true
				from[next.String()] = addr
				queue = append(queue, next.String())
			}
		}
	}
	return pages, css
}

// references returns the href and src attributes of a page.
func references(page string) []string {
	var refs []string
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return refs
		case html.StartTagToken, html.SelfClosingTagToken:
			for {
				key, val, more := z.TagAttr()
				if k := string(key); k == "href" || k == "src" {
					refs = append(refs, string(val))
				}
				if !more {
					break
				}
			}
		}
	}
}

// TestBaseURLFlag: build, check and serve take --base-url, checked as
// base_url is; serve listens at its path.
func TestBaseURLFlag(t *testing.T) {
	for _, cmd := range []string{"build", "check", "serve"} {
		code, _, errs := runCmd(t, cmd, "-s", goldenSite, "--base-url", "intranet/blog")
		if code != exitUsage || !strings.Contains(errs, `--base-url "intranet/blog" is not an absolute http(s) URL`) {
			t.Errorf("%s with a bad --base-url: exit %d: %s", cmd, code, errs)
		}
	}
	if code, out, errs := runCmd(t, "check", "--no-history", "-s", goldenSite, "--now", "2026-11-01", "--base-url", "https://staging.example.org/blog"); code != exitOK {
		t.Errorf("check with --base-url: exit %d\n%s%s", code, out, errs)
	}
	s := &session{o: serveOptions{baseURL: "https://staging.example.org/blog/"}}
	if got := s.basePath(); got != "/blog/" {
		t.Errorf("serve with --base-url listens at %q, want /blog/", got)
	}
}
