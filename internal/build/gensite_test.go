package build

import (
	"fmt"
	"maps"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// generateSite writes a programme with n posts below dir: three rounds,
// ten people, five tandems, tags, a bundle with an image every tenth
// post, and a few static files. Two posts in three are approved (some
// scheduled after goldenNow), the rest are drafts or wait for review.
// tag varies the text, so two generated sites can differ.
func generateSite(t testing.TB, dir string, n int, tag string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("title: Generiert " + tag + "\nbase_url: https://intranet.example.com/mentoring/\nlanguage: de\npage_size: 7\n")
	b.WriteString("rounds:\n")
	for i, start := range []string{"2024-01-01", "2024-07-01", "2025-01-01"} {
		end, _ := time.Parse("2006-01-02", start)
		fmt.Fprintf(&b, "  - id: r%d\n    title: Runde %d\n    start: %s\n    end: %s\n    summary: Runde %d mit Tandems.\n",
			i+1, i+1, start, end.AddDate(0, 6, -1).Format("2006-01-02"), i+1)
	}
	b.WriteString("people:\n")
	for i := range 10 {
		role := []string{"mentor", "mentee"}[i%2]
		fmt.Fprintf(&b, "  p%d: {name: Person %d, role: %s, department: Abteilung %d}\n", i, i, role, i%3)
	}
	b.WriteString("  rev: {name: Rita Review, role: reviewer}\nreviewers: [rev]\n")
	files := map[string]string{"content/programme.yaml": b.String(),
		"content/static/robots.txt": "User-agent: *\n", "content/static/img/logo.png": "\x89PNG logo"}
	for i := range 5 {
		files[fmt.Sprintf("content/tandems/t%02d.yaml", i)] = fmt.Sprintf(
			"round: r%d\nmentors: [p%d]\nmentee: p%d\ntopics: [Thema %d]\ngoals:\n  - Ziel %d\ncadence: alle zwei Wochen\n", i%3+1, 2*i, 2*i+1, i, i)
	}
	for i := range n {
		// within the round of its tandem, t%02d (i%5), which is r(i%5%3+1)
		date := time.Date(2024, time.Month(1+6*(i%5%3)), 3, 9, 0, 0, 0, time.UTC).Add(time.Duration(i*61%(170*24)) * time.Hour)
		name := fmt.Sprintf("content/posts/r%d/%s-eintrag-%d", i%3+1, date.Format("2006-01-02"), i)
		front := fmt.Sprintf("title: Eintrag %d %s\ndate: %s\ntandem: t%02d\nauthors: [p%d]\ntags: [Tag %d, Alle]\n",
			i, tag, date.Format(time.RFC3339), i%5, (i%5)*2, i%7)
		body := fmt.Sprintf("Erster Absatz von Eintrag %d.\n\n## Abschnitt\n\n- Punkt *eins*\n- Punkt **zwei**\n\n> Zitat %d\n", i, i)
		file, bundle := name+".md", map[string]string{}
		if i%10 == 0 {
			file = name + "/index.md"
			body += "\n![Bild](bild.png)\n"
			bundle[name+"/bild.png"] = fmt.Sprintf("\x89PNG bild %d %s", i, tag)
		}
		switch {
		case i%3 == 2 && i%2 == 0:
			files[file] = "---\n" + front + "status: review\n---\n" + body
		case i%3 == 2:
			files[file] = "---\n" + front + "---\n" + body
		default:
			files[file] = approvedFile(t, files, file, front, body, bundle)
		}
		maps.Copy(files, bundle)
	}
	writeFiles(t, dir, files)
}

// approvedFile returns the post file name approved by rev, its digest
// taken over the text and the bundle files given, after validate against
// the programme and tandems among site (which fills in the round).
func approvedFile(t testing.TB, site map[string]string, name, front, body string, bundle map[string]string) string {
	t.Helper()
	m := fstest.MapFS{name: {Data: []byte("---\n" + front + "---\n" + body)}}
	for k, v := range site {
		if k == programme.File || strings.HasPrefix(k, programme.TandemDir+"/") {
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
	}
	for k, v := range bundle {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	var p *content.Post
	var problems diag.List
	if path.Base(name) == "index.md" {
		p, problems = content.LoadBundle(m, path.Dir(name))
	} else {
		p, problems = content.LoadFile(m, name)
	}
	if p == nil || problems.HasErrors() {
		t.Fatalf("generated post %s does not load: %v", name, problems.Err())
	}
	prog, problems := programme.Load(m)
	if problems.Add(validate.Check(prog, []*content.Post{p})...); problems.HasErrors() {
		t.Fatalf("generated post %s is not valid: %v", name, problems.Err())
	}
	return "---\n" + front + "status: approved\nreview:\n  approved_by: rev\n  approved_at: 2024-01-01T00:00:00Z\n  digest: " +
		review.Digest(p) + "\n---\n" + body
}

// TestGeneratedSite checks the generator itself: the site builds, without
// problems, and shows the posts it should.
func TestGeneratedSite(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	generateSite(t, dir, 60, "a")
	c, problems := compileDir(t, dir, Options{Now: goldenNow})
	if c == nil || len(problems) > 0 {
		t.Fatalf("problems:\n%v", problems)
	}
	if got := len(c.Site.Posts); got != 40 {
		t.Errorf("%d posts published, want 40", got)
	}
}

// compileDir compiles the site in the folder dir.
func compileDir(t testing.TB, dir string, opts Options) (*Compiled, diag.List) {
	t.Helper()
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { root.Close() })
	return NewCompiler(root.FS(), opts).Compile()
}
