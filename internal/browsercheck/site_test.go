package browsercheck

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
	"time"

	"github.com/chromedp/chromedp"
	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/folder"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
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

// generatedSite writes a made-up site of 60 posts (some bundles with
// images, three rounds, every post approved) into a temporary folder and
// returns it.
func generatedSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	s, err := synthetic.Plan(synthetic.Options{Posts: 60, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteTandem(synthetic.NewDir(dir)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// servedSite builds the site folder src (for production, or as a
// preview) into a temporary folder, as tandem build --no-history --now
// exampleNow does, and serves the output below /mentoring/ of a local
// address until the test ends. It returns the output folder and the
// site's address.
func servedSite(t *testing.T, src string, preview bool) (out, url string) {
	t.Helper()
	out = filepath.Join(t.TempDir(), "public")
	mux := http.NewServeMux()
	mux.Handle("/mentoring/", http.StripPrefix("/mentoring", http.FileServer(http.Dir(out))))
	srv := httptest.NewUnstartedServer(mux)
	url = "http://" + srv.Listener.Addr().String() + "/mentoring/"
	root, err := folder.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	opts := build.Options{Preview: preview, Now: now(t), Context: context.Background(), BaseURL: url}
	if _, problems, err := build.Build(out, root.FS(), opts); err != nil || problems.HasErrors() {
		t.Fatalf("building %s: %v %v", src, err, problems)
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return out, url
}

// now is exampleNow as a time.
func now(t *testing.T) time.Time {
	t.Helper()
	day, err := time.Parse(time.DateOnly, exampleNow)
	if err != nil {
		t.Fatal(err)
	}
	return day
}

// step runs browser actions, each step within 30 seconds.
func step(ctx context.Context, t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
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
