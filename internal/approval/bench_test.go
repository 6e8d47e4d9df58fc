package approval

import (
	"crypto/ed25519"

	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/review/reviewtest"
	"github.com/tandem-mentoring/tandem/internal/signature"
	"golang.org/x/crypto/ssh"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// benchSite writes n posts in review to a new site folder and returns
// their names.
func benchSite(b *testing.B, n int) (*os.Root, []string) {
	b.Helper()
	dir := b.TempDir()
	for _, f := range [][2]string{{"content/programme.yaml", reviewtest.ProgrammeYAML}, {"content/tandems/t01.yaml", reviewtest.TandemYAML}} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f[0])), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f[0]), []byte(f[1]), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("content/posts/%03d/2024-03-01-post-%05d.md", i/100, i)
		text := reviewtest.Post("title: Beitrag "+fmt.Sprint(i), "date: 2024-03-01", "tandem: t01", "authors: [anna, ben]",
			"tags: [Führung, Social Media]", "# Woche 3", "status: review", "review:", "  submitted_at: 2024-03-01T08:00:00Z")
		full := filepath.Join(dir, filepath.FromSlash(names[i]))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { root.Close() })
	return root, names
}

// BenchmarkApprove approves 10,000 posts in one batch, as
// "tandem review approve content/posts/**/*.md --by frauke" does. Each
// iteration approves them again (which rewrites every file).
func BenchmarkApprove(b *testing.B) {
	root, names := benchSite(b, 10000)
	prog := reviewtest.Programme(b)
	w := Workflow{Programme: prog}
	approve := func(p *content.Post, data []byte) (Edit, error) {
		return w.Approve(p, data, "frauke", reviewtest.Day(5), ApproveOptions{})
	}
	for b.Loop() {
		for _, o := range (Batch{Root: root, Programme: prog, Strict: true}).Run(names, approve) {
			if o.Err != nil {
				b.Fatalf("%s: %v", o.Path, o.Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/10k-posts")
}

// BenchmarkApproveEdit is the in-memory part of approving one post: parse,
// edit the front matter, check the result.
func BenchmarkApproveEdit(b *testing.B) {
	prog := reviewtest.Programme(b)
	w := Workflow{Programme: prog}
	text := reviewtest.Post("title: Beitrag", "date: 2024-03-01", "tandem: t01", "authors: [anna, ben]", "status: review")
	data := []byte(text)
	for b.Loop() {
		p, _ := content.Parse(name, data)
		if _, err := w.Approve(p, data, "frauke", reviewtest.Day(5), ApproveOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApproveSigned approves 10,000 posts in one call and signs each
// approval with an ed25519 key held in process (as with --key).
func BenchmarkApproveSigned(b *testing.B) {
	root, names := benchSite(b, 10000)
	prog := reviewtest.Programme(b)
	_, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		b.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		b.Fatal(err)
	}
	sign := func(a review.Approval) (string, error) { return signature.Sign(signer, a.Signed()) }
	w := Workflow{Programme: prog}
	approve := func(p *content.Post, data []byte) (Edit, error) {
		return w.Approve(p, data, "frauke", reviewtest.Day(5), ApproveOptions{Sign: sign})
	}
	for b.Loop() {
		for _, o := range (Batch{Root: root, Programme: prog, Strict: true}).Run(names, approve) {
			if o.Err != nil {
				b.Fatalf("%s: %v", o.Path, o.Err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/10k-posts")
}
