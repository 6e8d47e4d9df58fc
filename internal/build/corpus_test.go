package build

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// corpusFile is one file of the test corpus: an invalid or golden site's
// post, programme or tandem file.
type corpusFile struct {
	site, name string // site folder below testdata, path below it
	data       []byte
}

// corpus reads every content file of testdata/invalid and testdata/sites.
func corpus(t *testing.T) []corpusFile {
	t.Helper()
	var out []corpusFile
	for _, group := range []string{"testdata/invalid", "testdata/sites"} {
		sites, err := os.ReadDir(group)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sites {
			dir := filepath.Join(group, s.Name())
			err := fs.WalkDir(os.DirFS(dir), "content", func(name string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || (path.Ext(name) != ".md" && path.Ext(name) != ".yaml") {
					return err
				}
				data, err := os.ReadFile(filepath.Join(dir, name))
				out = append(out, corpusFile{site: dir, name: name, data: data})
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(out) < 50 {
		t.Fatalf("only %d corpus files found", len(out))
	}
	return out
}

// TestCorpusInEveryRole feeds every file of the corpus through the full
// Compile as a post, as programme.yaml and as a tandem file. Nothing may
// panic, a build fails exactly when it reports an error, and every
// problem names a file.
func TestCorpusInEveryRole(t *testing.T) {
	t.Parallel()
	roles := []string{"content/posts/probe.md", "content/programme.yaml", "content/tandems/t09.yaml"}
	files := corpus(t)
	t.Logf("%d corpus files, each in %d roles", len(files), len(roles))
	for _, f := range files {
		for _, role := range roles {
			site := baseSite(t, nil)
			site[role] = &fstest.MapFile{Data: f.data, Mode: 0o644}
			what := f.site + "/" + f.name + " as " + role
			c, problems := compileFS(t, what, site, Options{Now: goldenNow, Preview: true})
			if (c == nil) != problems.HasErrors() {
				t.Errorf("%s: compiled=%v but errors=%v", what, c != nil, problems.HasErrors())
			}
			for _, p := range problems {
				if p.Path == "" || (p.Path == role && p.Line < 1) {
					t.Errorf("%s: problem without a position: %v", what, p.Error())
				}
			}
		}
	}
}

// TestBrokenPostsDoNotHideEachOther puts every post of the invalid corpus
// into one site. Each error a post causes on its own must still be
// reported when all of them are broken at once.
func TestBrokenPostsDoNotHideEachOther(t *testing.T) {
	t.Parallel()
	all := baseSite(t, nil)
	alone := map[string][]string{} // combined path -> its errors on its own
	for _, f := range corpus(t) {
		if !strings.HasPrefix(f.site, "testdata/invalid") || !strings.HasPrefix(f.name, "content/posts/") {
			continue
		}
		name := "content/posts/" + path.Base(f.site) + "-" + path.Base(f.name)
		site := baseSite(t, map[string]string{name: string(f.data)})
		_, problems := compileFS(t, name, site, Options{Now: goldenNow})
		alone[name] = errorsOf(problems, name)
		all[name] = &fstest.MapFile{Data: f.data, Mode: 0o644}
	}
	_, problems := compileFS(t, "all broken posts", all, Options{Now: goldenNow})
	broken := 0
	for name, want := range alone {
		if len(want) > 0 {
			broken++
		}
		got := errorsOf(problems, name)
		for _, w := range want {
			if !contains(got, w) {
				t.Errorf("%s: error lost when other posts are broken too: %s", name, w)
			}
		}
	}
	t.Logf("%d corpus posts, %d broken on their own", len(alone), broken)
	if broken < 30 {
		t.Errorf("only %d of %d corpus posts fail on their own", broken, len(alone))
	}
}

// errorsOf returns the errors at file name, without the file name.
func errorsOf(problems diag.List, name string) []string {
	var out []string
	for _, p := range problems {
		if p.Severity == diag.Error && p.Path == name {
			out = append(out, strings.TrimPrefix(p.Error(), name))
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
