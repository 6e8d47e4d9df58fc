package synthetic_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/synthetic"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

func plan(t testing.TB, posts int, seed uint64) *synthetic.Site {
	t.Helper()
	s, err := synthetic.Plan(synthetic.Options{Posts: posts, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestEveryPostParsesWithItsDigest writes a 100-post site to disk and
// reads every post back: it parses without problems and its review
// digest is the one review.Digest computes.
func TestEveryPostParsesWithItsDigest(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := plan(t, 100, 7).WriteTandem(synthetic.NewDir(dir)); err != nil {
		t.Fatal(err)
	}
	site := os.DirFS(dir)
	var files int
	err := fs.WalkDir(site, content.PostDir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(name) != ".md" {
			return err
		}
		files++
		data, err := fs.ReadFile(site, name)
		if err != nil {
			return err
		}
		p, problems := content.Parse(name, data)
		if len(problems) > 0 {
			t.Errorf("%s: %v", name, problems)
		}
		if p.Status != content.StatusApproved || p.Review.ApprovedBy == "" || p.Review.ApprovedAt.IsZero() {
			t.Errorf("%s: not approved: status %q, review %+v", name, p.Status, p.Review)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	posts, problems := content.Load(site)
	if len(problems) > 0 {
		t.Fatalf("loading the site: %v", problems)
	}
	if files != 100 || len(posts) != 100 {
		t.Fatalf("found %d files and loaded %d posts, want 100", files, len(posts))
	}
	prog, problems := programme.Load(site)
	problems.Add(validate.Check(prog, posts)...) // fills in rounds from tandems, as a build does
	if problems.HasErrors() {
		t.Fatalf("validating the site: %v", problems.Err())
	}
	var bundles int
	for _, p := range posts {
		if p.Bundle != "" {
			bundles++
		}
		if got := review.Digest(p); got != p.Review.Digest {
			t.Errorf("%s: written digest %s, review.Digest gives %s", p.Path, p.Review.Digest, got)
		}
	}
	if bundles == 0 {
		t.Error("no bundle posts among 100")
	}
}

// TestProductionBuildPublishesEverything compiles a generated site: no
// problems, and the review gate lets every post through.
func TestProductionBuildPublishesEverything(t *testing.T) {
	t.Parallel()
	files := synthetic.Files{}
	if err := plan(t, 100, 3).WriteTandem(files); err != nil {
		t.Fatal(err)
	}
	c := build.NewCompiler(files.FS(), build.Options{Now: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)})
	compiled, problems := c.Compile()
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(compiled.Site.Posts) != 100 || len(compiled.Held) != 0 {
		t.Errorf("published %d posts and held back %d, want 100 and 0", len(compiled.Site.Posts), len(compiled.Held))
	}
}

// TestSameSeedSameFiles makes both sites twice: the same seed gives the
// same bytes, another seed other posts.
func TestSameSeedSameFiles(t *testing.T) {
	t.Parallel()
	write := func(seed uint64) synthetic.Files {
		files, hugo := synthetic.Files{}, synthetic.Files{}
		s := plan(t, 120, seed)
		if err := s.WriteTandem(files); err != nil {
			t.Fatal(err)
		}
		if err := s.WriteHugo(hugo, false); err != nil {
			t.Fatal(err)
		}
		for name, data := range hugo {
			files["hugo/"+name] = data
		}
		return files
	}
	a, b, other := write(42), write(42), write(43)
	if !maps.EqualFunc(a, b, bytes.Equal) {
		for name := range a {
			if !bytes.Equal(a[name], b[name]) {
				t.Errorf("%s differs between two runs with the same seed", name)
			}
		}
		t.Fatalf("same seed, different files (%d and %d files)", len(a), len(b))
	}
	if maps.EqualFunc(a, other, bytes.Equal) {
		t.Error("seeds 42 and 43 gave the same site")
	}
}

func TestPlanShape(t *testing.T) {
	t.Parallel()
	tests := []struct {
		posts, rounds          int
		minTandems, maxTandems int
	}{
		{posts: 1, rounds: 3, minTandems: 3, maxTandems: 3},
		{posts: 100, rounds: 3, minTandems: 3, maxTandems: 3},
		{posts: 4000, rounds: 5, minTandems: 95, maxTandems: 105},
		{posts: 15000, rounds: 10, minTandems: 370, maxTandems: 380},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.posts), func(t *testing.T) {
			t.Parallel()
			s := plan(t, tt.posts, 1)
			if len(s.Posts) != tt.posts || len(s.Rounds) != tt.rounds {
				t.Errorf("%d posts in %d rounds, want %d in %d", len(s.Posts), len(s.Rounds), tt.posts, tt.rounds)
			}
			if n := len(s.Tandems); n < tt.minTandems || n > tt.maxTandems {
				t.Errorf("%d tandems, want %d to %d", n, tt.minTandems, tt.maxTandems)
			}
			if len(s.Tags) != 300 {
				t.Errorf("%d tags, want 300", len(s.Tags))
			}
			checkPosts(t, s)
		})
	}
}

// checkPosts checks what the front matter of every post promises.
func checkPosts(t *testing.T, s *synthetic.Site) {
	t.Helper()
	slugs := map[string]bool{}
	other := 0
	for i, p := range s.Posts {
		if slugs[p.Slug] || content.Slugify(p.Slug) != p.Slug {
			t.Fatalf("post %d: slug %q is taken or not clean", i, p.Slug)
		}
		slugs[p.Slug] = true
		if p.Kind != content.KindDiary {
			other++
		} else if tandem := s.Tandem(p.Tandem); tandem == nil || tandem.Round != p.Round {
			t.Fatalf("post %d: tandem %q does not belong to round %q", i, p.Tandem, p.Round)
		}
		round := roundOf(s, p.Round)
		if round == nil || p.Date.Before(round.Start) || p.Date.After(round.End) || !p.ApprovedAt.After(p.Date) {
			t.Fatalf("post %d: dated %s, approved %s, outside round %q", i, p.Date, p.ApprovedAt, p.Round)
		}
		if r := s.Person(p.Reviewer); r == nil || r.Role != "reviewer" || !slices.Contains(s.Reviewers, p.Reviewer) {
			t.Fatalf("post %d: approved by %q, who is no reviewer", i, p.Reviewer)
		}
		if len(p.Tags) < 2 || len(p.Authors) == 0 || slices.Contains(p.Links, i) {
			t.Fatalf("post %d: tags %v, authors %v, links %v", i, p.Tags, p.Authors, p.Links)
		}
	}
	if n := len(s.Posts); n >= 1000 && (other*100 < n*3 || other*100 > n*8) {
		t.Errorf("%d of %d posts are retrospectives or announcements, want about 5%%", other, n)
	}
}

func roundOf(s *synthetic.Site, id string) *synthetic.Round {
	for i := range s.Rounds {
		if s.Rounds[i].ID == id {
			return &s.Rounds[i]
		}
	}
	return nil
}

func TestBody(t *testing.T) {
	t.Parallel()
	s := plan(t, 200, 5)
	for i, p := range s.Posts {
		body := string(s.Body(i))
		words := len(strings.Fields(body))
		if words < 450 || words > 1000 {
			t.Errorf("post %d: %d words, want about 500 to 800", i, words)
		}
		for _, want := range []string{"\n## ", "](../"} {
			if !strings.Contains(body, want) {
				t.Errorf("post %d: no %q in the body", i, want)
			}
		}
		if hasImage := strings.Contains(body, "]("+synthetic.BundleImage+")"); hasImage != p.Bundle {
			t.Errorf("post %d: bundle %t, image in body %t", i, p.Bundle, hasImage)
		}
		if body != string(s.Body(i)) {
			t.Fatalf("post %d: Body gives another text the second time", i)
		}
	}
}

func TestPlanRejectsEmptySite(t *testing.T) {
	t.Parallel()
	for _, n := range []int{0, -5} {
		if _, err := synthetic.Plan(synthetic.Options{Posts: n}); err == nil {
			t.Errorf("Plan with %d posts: no error", n)
		}
	}
}

// TestHugoSite checks the Hugo site's configuration, layouts and posts,
// for current and for old Hugo versions.
func TestHugoSite(t *testing.T) {
	t.Parallel()
	tests := []struct {
		legacy        bool
		config, files []string
	}{
		{false, []string{"[pagination]\npagerSize = 10", "[permalinks.page]\nposts = \"/posts/:slug/\"", "[services.rss]\nlimit = 20"},
			[]string{"layouts/baseof.html", "layouts/single.html", "layouts/term.html", "layouts/taxonomy.html", "layouts/home.html", "layouts/404.html"}},
		{true, []string{"paginate = 10", "rssLimit = 20", "[permalinks]\nposts = \"/posts/:slug/\""},
			[]string{"layouts/_default/baseof.html", "layouts/_default/single.html", "layouts/_default/term.html", "layouts/index.html", "layouts/404.html"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint("legacy=", tt.legacy), func(t *testing.T) {
			t.Parallel()
			s := plan(t, 60, 9)
			files := synthetic.Files{}
			if err := s.WriteHugo(files, tt.legacy); err != nil {
				t.Fatal(err)
			}
			config := string(files["hugo.toml"])
			for _, want := range append(tt.config, "round = \"rounds\"", "tandem = \"tandems\"", "author = \"authors\"", "tag = \"tags\"") {
				if !strings.Contains(config, want) {
					t.Errorf("hugo.toml lacks %q:\n%s", want, config)
				}
			}
			for _, name := range tt.files {
				if len(files[name]) == 0 {
					t.Errorf("no %s", name)
				}
			}
			for i := range s.Posts {
				p := &s.Posts[i]
				post := string(files[p.Path()])
				if !strings.Contains(post, "slug: "+p.Slug+"\n") || !strings.Contains(post, "rounds: ["+p.Round+"]") || !strings.HasSuffix(post, string(s.Body(i))+"\n") {
					t.Fatalf("%s lacks its slug, round or body:\n%s", p.Path(), post)
				}
			}
			if len(files["content/rounds/r1/_index.md"]) == 0 || len(files["content/tandems/"+s.Tandems[0].ID+"/_index.md"]) == 0 {
				t.Error("no term pages for rounds and tandems")
			}
		})
	}
}

func BenchmarkWriteTandem(b *testing.B) {
	s := plan(b, 1000, 1)
	for b.Loop() {
		if err := s.WriteTandem(synthetic.Files{}); err != nil {
			b.Fatal(err)
		}
	}
}
