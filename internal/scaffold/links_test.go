package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/diag"
)

// TestNewRefusesLinkedFolders links a folder on the way to the file
// tandem new writes (content/posts/<round>, content/posts,
// content/tandems, content itself) to somewhere else, inside the site or
// outside: the command refuses with an error at the link, and nothing is
// written where it points. (A programme.yaml that is a link is refused
// when it is read.)
func TestNewRefusesLinkedFolders(t *testing.T) {
	t.Parallel()
	post := func(s Site) error { _, err := s.NewPost(Post{Title: "Durch den Link", Tandem: "t01"}); return err }
	tandem := func(s Site) error {
		_, err := s.NewTandem(Tandem{ID: "t02", Round: "r1", Mentors: []string{"ada"}, Mentee: "cleo"})
		return err
	}
	round := func(s Site) error {
		_, err := s.NewRound(Round{ID: "r2", Title: "Runde 2", Start: "2024-09-02", End: "2025-02-28"})
		return err
	}
	tests := []struct {
		name    string
		link    string // below the site
		inside  bool   // the link points inside the site
		run     func(Site) error
		wantPos string
	}{
		{"the round's folder, outside", "content/posts/r1", false, post, "content/posts/r1"},
		{"the round's folder, inside", "content/posts/r1", true, post, "content/posts/r1"},
		{"the posts folder", "content/posts", true, post, "content/posts"},
		{"the tandems folder", "content/tandems", false, tandem, "content/tandems"},
		{"the content folder", "content", true, round, "content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, dir := newTestSite(t, nil)
			target := filepath.Join(t.TempDir(), "elsewhere")
			if tt.inside {
				target = filepath.Join(dir, "elsewhere")
			}
			link := filepath.Join(dir, filepath.FromSlash(tt.link))
			if _, err := os.Stat(link); err == nil {
				if err := os.Rename(link, target); err != nil { // what was there now lives behind the link
					t.Fatal(err)
				}
			} else if err := os.MkdirAll(target, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
				t.Fatal(err)
			}
			to := target
			if tt.inside { // relative, so that the os.Root follows it
				to, _ = filepath.Rel(filepath.Dir(link), target)
			}
			if err := os.Symlink(to, link); err != nil {
				t.Fatal(err)
			}
			before := tree(t, target)
			err := tt.run(s)
			var problems diag.ListError
			if !errors.As(err, &problems) || len(problems) != 1 || problems[0].Path != tt.wantPos || problems[0].Code != "symlink" ||
				!strings.Contains(problems[0].Msg, "symbolic link") || !strings.Contains(problems[0].Hint, "real") {
				t.Fatalf("got %v, want one symlink problem at %s", err, tt.wantPos)
			}
			if after := tree(t, target); after != before {
				t.Errorf("written through the link:\n--- before\n%s--- after\n%s", before, after)
			}
		})
	}
}

// tree lists the files below (or at) p with their contents.
func tree(t *testing.T, p string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.Walk(p, func(name string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		data, err := os.ReadFile(name)
		b.WriteString(name + ": " + string(data) + "\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
