package build

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// corpusBase is the programme and tandem every invalid corpus site shares.
const corpusBase = "testdata/invalid/malformed-yaml/content"

// baseSite returns the corpus programme and tandem t01 as a MapFS, plus
// the extra files given (name -> contents).
func baseSite(t *testing.T, files map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{"programme.yaml", "tandems/t01.yaml"} {
		data, err := os.ReadFile(filepath.Join(corpusBase, name))
		if err != nil {
			t.Fatal(err)
		}
		m["content/"+name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
	}
	return m
}

// compileFS compiles site, turning a panic into a test failure that names
// what was being compiled.
func compileFS(t *testing.T, what string, site fs.FS, opts Options) (c *Compiled, problems diag.List) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: Compile panicked: %v", what, r)
		}
	}()
	return NewCompiler(site, opts).Compile()
}

// approvedPost returns the post file name approved by ada with the
// digest of its current text.
func approvedPost(t *testing.T, name, front, body string) string {
	t.Helper()
	draft := "---\n" + front + "---\n" + body
	p, problems := content.Parse(name, []byte(draft))
	if p == nil || problems.HasErrors() {
		t.Fatalf("test post does not parse: %v", problems.Err())
	}
	return "---\n" + front + "status: approved\nreview:\n  approved_by: ada\n  approved_at: 2024-02-02T10:00:00Z\n  digest: " +
		review.Digest(p) + "\n---\n" + body
}

// TestOddButValidInputBuilds covers input that looks odd but is fine: it
// must build, with the expected warnings and nothing else.
func TestOddButValidInputBuilds(t *testing.T) {
	t.Parallel()
	post := "---\ntitle: Gut\ndate: 2024-02-01\nround: r1\n%s---\nText\n"
	tests := []struct {
		name     string
		front    string
		warnings []string // "path:line:col: message" of each warning
		check    func(t *testing.T, c *Compiled)
	}{
		{"one tag without brackets", "tags: Snapchat\n", nil, func(t *testing.T, c *Compiled) {
			if got := c.Site.Posts[0].Tags; len(got) != 1 || got[0].Name != "Snapchat" {
				t.Errorf("tags = %+v, want the one tag Snapchat", got)
			}
			if !hasOutput(c, "tags/snapchat/index.html") {
				t.Error("no page for the tag")
			}
		}},
		{"tags with path characters stay below /tags/", "tags: [../../etc, a/b, ..\\x, /abs]\n", nil, func(t *testing.T, c *Compiled) {
			for _, page := range []string{"tags/etc/index.html", "tags/a-b/index.html", "tags/x/index.html", "tags/abs/index.html"} {
				if !hasOutput(c, page) {
					t.Errorf("no page %s", page)
				}
			}
		}},
		{"unknown field is a warning with a suggestion", "titel: Tippfehler\n",
			[]string{`content/posts/gut.md:5:1: warning: a post has no field "titel"; it is ignored` + "\n\thint: did you mean \"title\"?"}, nil},
		{"unknown field in the review block", "review:\n  approvd_by: ada\n",
			[]string{`content/posts/gut.md:6:3: warning: the review block has no field "approvd_by"; it is ignored` + "\n\thint: did you mean \"approved_by\"?"}, nil},
		{"empty lists and empty summary", "tags: []\nauthors: []\nsummary:\n", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := baseSite(t, map[string]string{"content/posts/gut.md": fmt.Sprintf(post, tt.front)})
			c, problems := compileFS(t, tt.name, site, Options{Now: goldenNow, Preview: true})
			if c == nil {
				t.Fatalf("the build failed:\n%v", problems.Err())
			}
			var warnings []string
			for _, p := range problems {
				warnings = append(warnings, p.Error())
			}
			if !slices.Equal(warnings, tt.warnings) {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(tt.warnings, "\n"))
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func hasOutput(c *Compiled, name string) bool {
	return slices.ContainsFunc(c.Result.Outputs, func(o render.Output) bool { return o.Path == name })
}

// TestLineEndingsAndBOMDoNotMatter builds the same site written with LF,
// with CRLF and a byte-order mark, and with old Mac CR endings: the output
// must be byte-identical, and an approval given to the LF text must still
// count after an editor rewrote the line endings.
func TestLineEndingsAndBOMDoNotMatter(t *testing.T) {
	t.Parallel()
	files := map[string]string{
		"content/posts/a.md": approvedPost(t, "content/posts/a.md", "title: Zeilenenden\ndate: 2024-02-01\nround: r1\ntags: [Büro, Homeoffice]\n",
			"Erster Absatz\nüber zwei Zeilen.\n\n- Punkt eins\n- Punkt zwei\n\n```\ncode\n```\n"),
		"content/posts/b.md": "---\ntitle: Entwurf\ndate: 2024-02-03\ntandem: t01\nsummary: |\n  Zwei\n  Zeilen\n---\nText\n",
	}
	lf := baseSite(t, files)
	variants := map[string]func([]byte) []byte{
		"CRLF and BOM": func(b []byte) []byte {
			return append([]byte("\ufeff"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
		},
		"CR only": func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r")) },
	}
	want, problems := compileFS(t, "LF", lf, Options{Now: goldenNow})
	if want == nil {
		t.Fatal(problems.Err())
	}
	if len(want.Site.Posts) != 1 || want.Site.Posts[0].Title != "Zeilenenden" {
		t.Fatalf("the approved post is not published in the LF site")
	}
	for name, convert := range variants {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			site := fstest.MapFS{}
			for p, f := range lf {
				site[p] = &fstest.MapFile{Data: convert(f.Data), Mode: f.Mode}
			}
			if name == "CR only" {
				// YAML knows no CR-only line ends; programme files stay LF.
				for p, f := range lf {
					if path.Ext(p) == ".yaml" {
						site[p] = f
					}
				}
			}
			got, problems := compileFS(t, name, site, Options{Now: goldenNow})
			if got == nil {
				t.Fatal(problems.Err())
			}
			if len(problems) != 0 {
				t.Errorf("unexpected problems:\n%v", problems)
			}
			compareOutputs(t, want, got)
		})
	}
}

// compareOutputs fails for every output of got that differs from want.
func compareOutputs(t *testing.T, want, got *Compiled) {
	t.Helper()
	if len(want.Result.Outputs) != len(got.Result.Outputs) {
		t.Fatalf("%d outputs, want %d", len(got.Result.Outputs), len(want.Result.Outputs))
	}
	for i, w := range want.Result.Outputs {
		g := got.Result.Outputs[i]
		if g.Path != w.Path || !bytes.Equal(g.Data, w.Data) {
			t.Errorf("%s differs:\n%s", w.Path, firstDiff(string(w.Data), string(g.Data)))
		}
	}
}

// TestTooLargePost writes a post just over content.MaxPostSize into a
// real folder: it is reported at 1:1 without being read, and a post of
// exactly the limit still builds.
func TestTooLargePost(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(corpusBase)); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(dir, "content/posts"))
	head := "---\ntitle: Lang\ndate: 2024-02-01\nround: r1\n---\n"
	line := strings.Repeat("Wort ", 200) + "\n\n"
	fill := func(size int) []byte {
		b := []byte(head + strings.Repeat(line, size/len(line)+1))
		return b[:size]
	}
	write := func(name string, data []byte) {
		p := filepath.Join(dir, "content/posts", name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("gross.md", fill(content.MaxPostSize+1))
	write("grenze.md", fill(content.MaxPostSize))
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	c, problems := compileFS(t, "large", root.FS(), Options{Now: goldenNow, Preview: true})
	if c != nil {
		t.Fatal("the build succeeded")
	}
	want := "content/posts/gross.md:1:1: the post is 1025 KiB; posts may be at most 1024 KiB\n" +
		"\thint: split the post in two, or move large data into a bundle file\n"
	if got := lines(problems, diag.Error); got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	os.Remove(filepath.Join(dir, "content/posts/gross.md"))
	if c, problems = compileFS(t, "at the limit", root.FS(), Options{Now: goldenNow, Preview: true}); c == nil {
		t.Fatalf("a post of exactly MaxPostSize does not build:\n%v", problems.Err())
	}
}
