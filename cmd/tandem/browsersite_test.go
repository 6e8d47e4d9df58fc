package main

import (
	"cmp"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// exampleNow is the day the browser tests build the example site for, as
// the screenshots do.
const exampleNow = "2026-12-01"

// exampleSite copies the repository's example site (content/) into a
// temporary folder and returns the folder.
func exampleSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// generatedSite writes a made-up site of a few dozen posts (some bundles
// with images, three rounds) into a temporary folder and returns it.
func generatedSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	generateSite(t, dir, 60)
	return dir
}

// servedSite builds the site folder src (for production, or with
// --preview) below a temporary folder and serves the output below
// /mentoring/ of a local address, as a web server would, until the test
// ends. It returns the output folder and the site's address.
func servedSite(t *testing.T, src string, preview bool) (out, url string) {
	t.Helper()
	out = filepath.Join(t.TempDir(), "public")
	mux := http.NewServeMux()
	mux.Handle("/mentoring/", http.StripPrefix("/mentoring", http.FileServer(http.Dir(out))))
	srv := httptest.NewUnstartedServer(mux)
	url = "http://" + srv.Listener.Addr().String() + "/mentoring/"
	args := []string{"build", "--no-history", "-s", src, "-d", out, "--now", exampleNow, "--base-url", url}
	if preview {
		args = append(args, "--preview")
	}
	if code, _, errs := runCmd(t, args...); code != exitOK {
		t.Fatalf("tandem %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return out, url
}

var (
	bodyKind  = regexp.MustCompile(`<body class="kind-([a-z0-9-]+)`)
	laterPage = regexp.MustCompile(`(^|/)page/[0-9]+/index\.html$`)
)

// pageKinds returns one page of every kind in the output folder out, as
// paths below the site's address: the kind is the body's kind-* class,
// and a later page of a paginated list (…/page/N/) is a kind of its own.
// Of each kind it takes the largest file, the page with the most in it
// (images, tables, a long list).
func pageKinds(t *testing.T, out string) []string {
	t.Helper()
	type pick struct {
		path string
		size int
	}
	picks := map[string]pick{}
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(p, out+string(filepath.Separator)))
		m := bodyKind.FindSubmatch(data)
		if m == nil {
			t.Errorf("%s: no <body class=\"kind-…\">", rel)
			return nil
		}
		kind := string(m[1])
		if laterPage.MatchString(rel) {
			kind += " (a later page)"
		}
		if old, ok := picks[kind]; !ok || len(data) > old.size || len(data) == old.size && rel < old.path {
			picks[kind] = pick{rel, len(data)}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, p := range picks {
		paths = append(paths, strings.TrimSuffix(p.path, "index.html"))
	}
	slices.SortFunc(paths, cmp.Compare)
	return paths
}

// evalJSON evaluates expr, a promise of a JSON text, in the page of ctx
// and decodes the text into v.
func evalJSON(ctx context.Context, expr string, v any) error {
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return err
	}
	return json.Unmarshal([]byte(text), v)
}
