package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestUnsafeFileNames checks bundle and static files whose names cannot be
// written the same way everywhere: each is a positioned error.
func TestUnsafeFileNames(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 256) + ".png"
	post := "---\ntitle: Bündel\ndate: 2024-02-01\nround: r1\n---\nText\n"
	tests := []struct {
		file, want string
	}{
		{"content/posts/b/" + long, "a name in its path is 260 bytes long; file systems allow at most 255"},
		{"content/posts/b/bilder\\..\\..\\evil.png", "its name holds \\, which is a folder separator on Windows"},
		{"content/posts/b/zeile\nzwei.png", "its name holds a control character"},
		{"content/static/" + long, "a name in its path is 260 bytes long; file systems allow at most 255"},
		{"content/static/css\\..\\evil.css", "its name holds \\, which is a folder separator on Windows"},
		{"content/static/sub/\x7f.txt", "its name holds a control character"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			t.Parallel()
			site := baseSite(t, map[string]string{"content/posts/b/index.md": post, tt.file: "data"})
			c, problems := compileFS(t, tt.file, site, Options{Now: goldenNow, Preview: true})
			if c != nil {
				t.Fatal("the build succeeded")
			}
			// The path is printed with its control characters escaped.
			want := diag.Printable(tt.file) + ": this file cannot be copied safely: " + tt.want + "\n\thint: rename the file\n"
			if got := lines(problems, diag.Error); got != want {
				t.Errorf("errors:\n%q\nwant:\n%q", got, want)
			}
		})
	}
}

// TestSymlinksAreRefused links posts, bundles, bundle files, static files
// and whole content folders to files inside and outside the site. Every
// link is an error at its own path, and nothing it points to is
// published.
func TestSymlinksAreRefused(t *testing.T) {
	t.Parallel()
	secret := "GEHEIM-" + strings.Repeat("s", 8)
	post := "---\ntitle: Ziel\ndate: 2024-02-01\nround: r1\n---\n" + secret + "\n"
	tests := []struct {
		link   string // path below the site of the link
		target string // "inside:", "abs-inside:" (path below the site) or "outside:" (name)
	}{
		{"content/posts/link.md", "inside:drafts/post.md"},
		{"content/posts/link.md", "outside:post.md"},
		{"content/posts/bundle", "inside:drafts/bundle"},
		{"content/posts/bundle", "outside:bundle"},
		{"content/posts/real/bild.png", "inside:drafts/secret.png"},
		{"content/posts/real/bild.png", "outside:secret.png"},
		{"content/posts/real/index.md", "inside:drafts/post.md"},
		{"content/static/robots.txt", "inside:drafts/secret.png"},
		{"content/static/robots.txt", "outside:secret.png"},
		{"content/static/img", "inside:drafts/bundle"},
		{"content/static/img", "outside:bundle"},
		{"content/posts", "inside:drafts"},
		{"content/posts", "abs-inside:drafts"},
		{"content/posts/link.md", "abs-inside:drafts/post.md"},
		{"content/static", "inside:drafts"},
		{"content/static", "abs-inside:drafts"},
		{"content/tandems/t02.yaml", "inside:drafts/t.yaml"},
		{"content/tandems", "inside:drafts"},
		{"content/tandems", "abs-inside:drafts"},
		{"content/programme.yaml", "inside:drafts/programme.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.link+"->"+tt.target, func(t *testing.T) {
			t.Parallel()
			site, outside := t.TempDir(), t.TempDir()
			if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(corpusBase)); err != nil {
				t.Fatal(err)
			}
			os.RemoveAll(filepath.Join(site, "content/posts"))
			for _, base := range []string{filepath.Join(site, "drafts"), outside} {
				writeFiles(t, base, map[string]string{
					"post.md": post, "bundle/index.md": post, "bundle/secret.png": secret, "secret.png": secret,
					"t.yaml": "round: r1\nmentee: cleo\n", "programme.yaml": "title: " + secret + "\n",
				})
			}
			writeFiles(t, site, map[string]string{
				"content/posts/real/index.md": strings.Replace(post, secret, "Öffentlich", 1),
				"content/static/style.css":    "body{}",
			})
			link := filepath.Join(site, tt.link)
			kind, name, _ := strings.Cut(tt.target, ":")
			var target string
			switch kind {
			case "inside": // relative, so the link stays inside the site
				target, _ = filepath.Rel(filepath.Dir(link), filepath.Join(site, name))
			case "abs-inside":
				target = filepath.Join(site, name)
			default:
				target = filepath.Join(outside, name)
			}
			os.RemoveAll(link)
			os.MkdirAll(filepath.Dir(link), 0o755)
			if err := os.Symlink(target, link); err != nil {
				t.Fatal(err)
			}
			root, err := os.OpenRoot(site)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			c, problems := compileFS(t, tt.link, root.FS(), Options{Now: goldenNow, Preview: true})
			if c != nil {
				t.Fatal("the build succeeded")
			}
			found := false
			for _, p := range problems {
				found = found || (p.Severity == diag.Error && p.Path == tt.link &&
					(p.Code == "symlink" || strings.Contains(p.Msg, "symbolic link")))
			}
			if !found {
				t.Errorf("no symlink error at %s:\n%v", tt.link, problems)
			}
		})
	}
}

// writeFiles writes files (path -> contents) below dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteStaysInsideDestination hands Write outputs with hostile paths,
// as a bug in an earlier stage might: each is refused, the previous
// output stays as it was, and nothing appears beside it.
func TestWriteStaysInsideDestination(t *testing.T) {
	t.Parallel()
	tests := []string{
		"../escape.html",
		"/tmp/absolute.html",
		"posts/../../escape.html",
		"posts/a\x00b/index.html",
		"posts/" + strings.Repeat("y", 300) + "/index.html",
		"",
	}
	for _, name := range tests {
		t.Run(strings.ReplaceAll(name, "/", "|"), func(t *testing.T) {
			t.Parallel()
			parent := t.TempDir()
			dest := filepath.Join(parent, "public")
			good := &Compiled{Result: render.Result{Outputs: []render.Output{{Path: "index.html", Data: []byte("alt")}}}}
			if _, err := Write(dest, fstest.MapFS{}, good); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, parent)
			bad := &Compiled{Result: render.Result{Outputs: []render.Output{
				{Path: "index.html", Data: []byte("neu")}, {Path: name, Data: []byte("böse")}}}}
			if _, err := Write(dest, fstest.MapFS{}, bad); err == nil {
				t.Fatal("Write accepted the path")
			}
			if after := snapshot(t, parent); after != before {
				t.Errorf("the folder changed:\n--- before\n%s--- after\n%s", before, after)
			}
		})
	}
}

// snapshot lists every file below dir with its contents, for comparing a
// whole tree before and after.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	for _, name := range listFiles(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + ": " + string(data) + "\n")
	}
	return b.String()
}

// TestCheckDestinationSymlinks refuses a destination that reaches the
// site, its parent or content/ through a symbolic link, also when the
// destination does not exist yet.
func TestCheckDestinationSymlinks(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site := filepath.Join(top, "site")
	elsewhere := filepath.Join(top, "elsewhere")
	os.MkdirAll(filepath.Join(site, "content"), 0o755)
	os.MkdirAll(elsewhere, 0o755)
	links := map[string]string{"to-site": site, "to-top": top, "to-content": filepath.Join(site, "content"), "to-elsewhere": elsewhere,
		"dangling-to-content": filepath.Join(site, "content", "new"), "dangling-elsewhere": filepath.Join(elsewhere, "new")}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(top, name)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		dest string
		ok   bool
	}{
		{"to-site", false},
		{"to-top", false},
		{"to-content", false},
		{"to-content/new", false},
		{"to-site/content/new/deeper", false},
		{"to-site/public", true},
		{"to-elsewhere", true},
		{"to-elsewhere/new", true},
		{"dangling-to-content", false},
		{"dangling-elsewhere", true},
	}
	for _, tt := range tests {
		err := CheckDestination(site, filepath.Join(top, tt.dest))
		if (err == nil) != tt.ok {
			t.Errorf("CheckDestination(%s) = %v, want ok=%v", tt.dest, err, tt.ok)
		}
	}
}

// TestWriteThroughSymlinkedDestination keeps a destination that is a
// link the user named (-d public, public -> /srv/www/site) a link, and
// writes into its target.
func TestWriteThroughSymlinkedDestination(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	target := filepath.Join(top, "srv", "site")
	link := filepath.Join(top, "public")
	os.MkdirAll(filepath.Dir(target), 0o755)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	dest, err := OutputFolder(filepath.Join(top, "site"), link, "public")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"eins", "zwei"} {
		c := &Compiled{Result: render.Result{Outputs: []render.Output{{Path: "index.html", Data: []byte(text)}}}}
		if _, err := Write(dest, fstest.MapFS{}, c); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", info, err)
		}
		if data, _ := os.ReadFile(filepath.Join(target, "index.html")); string(data) != text {
			t.Errorf("target holds %q, want %q", data, text)
		}
	}
}
