package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"text/template"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/themes"
)

// Post asks for a new draft post.
type Post struct {
	Title string
	// Tandem is the tandem whose diary the post belongs to; its round and
	// mentors fill in Round and the authors.
	Tandem string
	// Round is needed when there is no Tandem (an announcement, a
	// round's retrospective).
	Round string
	// Kind is diary (the default), retrospective or announcement.
	Kind string
	// Bundle makes a folder NAME/index.md, for posts with images.
	Bundle bool
	// Date is YYYY-MM-DD; empty means today by the Site's clock.
	Date string
	// Slug is the post's address (posts/SLUG/) and file name; empty means
	// one made from the title.
	Slug string
}

// Archetype is what a post archetype (a text/template) is given.
type Archetype struct {
	Title, Date, Tandem, Round, Kind string
	// Authors are the people keys of the tandem's mentors.
	Authors []string
	// Mentee is the mentee's name, Goals the tandem's learning goals.
	Mentee string
	Goals  []string
	Bundle bool
}

// NewPost writes a draft post from the theme's archetype and returns its
// path below the site root: content/posts/<round>/<date>-<slug>.md, or
// …/<date>-<slug>/index.md for a bundle. Everything is checked before
// anything is written.
func (s Site) NewPost(req Post) (string, error) {
	want := ""
	if req.Tandem != "" {
		want = path.Join(programme.TandemDir, req.Tandem+".yaml")
	}
	prog, err := s.loadProgramme(want)
	if err != nil {
		return "", err
	}
	a, err := s.archetypeData(req, prog)
	if err != nil {
		return "", err
	}
	slug := content.Slugify(a.Title)
	if req.Slug != "" {
		if content.Slugify(req.Slug) != req.Slug {
			return "", fail(diag.T("use lowercase letters, digits and hyphens, e.g. --slug %s", content.Slugify(req.Slug)), diag.T("--slug %q is not an address", req.Slug))
		}
		slug = req.Slug
	}
	if slug == "" {
		return "", fail(diag.T("use a title with letters or digits"), diag.T("the title %q gives no file name", a.Title))
	}
	name := path.Join(content.PostDir, a.Round, a.Date+"-"+slug+".md")
	if req.Bundle {
		name = path.Join(content.PostDir, a.Round, a.Date+"-"+slug, "index.md")
	}
	if err := s.checkFree(name, slug); err != nil {
		return "", err
	}
	text, err := s.renderArchetype(prog, a, name)
	if err != nil {
		return "", err
	}
	return name, s.create(name, text)
}

// archetypeData checks the request against the programme and resolves
// the round and authors.
func (s Site) archetypeData(req Post, prog *programme.Programme) (Archetype, error) {
	a := Archetype{Title: strings.TrimSpace(req.Title), Kind: req.Kind, Round: req.Round, Bundle: req.Bundle, Date: req.Date}
	if a.Title == "" {
		return a, fail(diag.T("write it in quotes after the flags: tandem new post --tandem t01 \"Unser erstes Treffen\""), diag.T("the post needs a title"))
	}
	if err := checkLine(diag.T("title"), a.Title); err != nil {
		return a, err
	}
	if a.Kind == "" {
		a.Kind = content.KindDiary
	}
	if !slices.Contains(content.Kinds(), a.Kind) {
		return a, fail(diag.T("allowed: %s", strings.Join(content.Kinds(), ", ")), diag.T("--kind %q is not a kind of post", a.Kind))
	}
	if a.Date == "" {
		a.Date = s.Clock().Format("2006-01-02")
	} else if _, err := checkDay("--date", a.Date); err != nil {
		return a, err
	}
	if req.Tandem != "" {
		t := prog.Tandem(req.Tandem)
		if t == nil {
			return a, unknown(diag.T("tandem"), req.Tandem, prog.TandemIDs(), diag.T("create one with tandem new tandem ID --round ID --mentors a,b --mentee c"))
		}
		if a.Round != "" && a.Round != t.Round.Key {
			return a, fail(diag.T("leave --round out; it follows from the tandem"), diag.T("--round %q does not match tandem %q, which belongs to round %q", a.Round, t.ID, t.Round.Key))
		}
		a.Tandem, a.Round = t.ID, t.Round.Key
		for _, m := range t.Mentors {
			a.Authors = append(a.Authors, m.Key)
		}
		a.Mentee, a.Goals = prog.People[t.Mentee.Key].Name, t.GoalTexts()
	}
	if a.Round == "" {
		return a, fail(diag.T("add --tandem ID for a diary post, or --round ID for a retrospective or announcement"), diag.T("the post belongs to no tandem or round"))
	}
	if prog.Round(a.Round) == nil {
		return a, unknown(diag.T("round"), a.Round, prog.RoundIDs(), diag.T("add one with tandem new round ID --title T --start D --end D"))
	}
	return a, nil
}

// checkFree refuses a post whose file exists or whose address another
// post already has.
func (s Site) checkFree(name, slug string) error {
	for _, p := range []string{name, path.Dir(name)} {
		if _, err := fs.Stat(s.Root.FS(), p); err == nil && (p == name || path.Base(name) == "index.md") {
			return exists(p)
		}
	}
	posts, _ := content.LoadContext(s.ctx(), s.Root.FS())
	if err := s.ctx().Err(); err != nil {
		return err
	}
	for _, p := range posts {
		if p.Slug == slug {
			return fail(diag.T("choose another title, or give the new post its own address with --slug"), diag.T("the post %s already has the address /posts/%s/", p.Path, slug))
		}
	}
	return nil
}

// renderArchetype runs the theme's archetype and checks that the result
// reads back as a post with exactly the values given.
func (s Site) renderArchetype(prog *programme.Programme, a Archetype, name string) ([]byte, error) {
	theme, err := themes.Open(s.Root.FS(), prog.Theme)
	if err != nil {
		return nil, err
	}
	file, src, err := archetypeSource(theme, prog.Theme, a.Kind, prog.Language)
	if err != nil {
		return nil, err
	}
	tmpl, err := template.New(file).Option("missingkey=error").Funcs(template.FuncMap{"yaml": yamlValue}).Parse(string(src))
	if err != nil {
		return nil, fail(diag.T("fix the template"), diag.T("the archetype %s cannot be read: %v", file, err))
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, a); err != nil {
		return nil, fail(diag.T("fix the template"), diag.T("the archetype %s failed: %v", file, err))
	}
	if err := readsBack(buf.Bytes(), name, a); err != nil {
		return nil, fail(diag.T("write values with {{yaml .Title}}, which quotes them as YAML needs"), diag.T("the archetype %s makes a post that does not read back: %v", file, err))
	}
	return buf.Bytes(), nil
}

// archetypeSource finds the archetype for a kind of post: archetypes/
// <kind>.<lang>.md, <kind>.md, post.<lang>.md or post.md, in the site's
// theme and then in the default theme.
func archetypeSource(theme fs.FS, themeName, kind, lang string) (string, []byte, error) {
	name, src, err := themes.Archetype(theme, kind, lang)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil, fail(diag.T("add themes/%s/archetypes/post.md", themeName), diag.T("the theme %q has no archetype for posts", themeName))
	}
	if err != nil {
		return "", nil, err
	}
	return path.Join("themes", themeName, name), src, nil
}

// readsBack parses a generated post and compares its fields with a.
func readsBack(text []byte, name string, a Archetype) error {
	p, problems := content.Parse(name, text)
	for _, prob := range problems {
		if prob.Severity == diag.Error {
			return fmt.Errorf("%s: %s", prob.Pos, prob.Msg)
		}
	}
	var authors []string
	for _, r := range p.Authors {
		authors = append(authors, r.Key)
	}
	got := fmt.Sprintf("%q %s %q %q %s %q %s", p.Title, p.Date.Format("2006-01-02"), p.Tandem.Key, p.Round.Key, p.Kind, authors, p.Status)
	want := fmt.Sprintf("%q %s %q %q %s %q %s", a.Title, a.Date, a.Tandem, a.Round, a.Kind, a.Authors, content.StatusDraft)
	if got != want {
		return fmt.Errorf("it says %s instead of %s", got, want)
	}
	return nil
}
