package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
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
