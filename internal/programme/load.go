package programme

import (
	"errors"
	"io/fs"
	"net/url"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// File is where programme.yaml lives below the site root.
const File = "content/programme.yaml"

// TandemDir is the folder of tandem files below the site root.
const TandemDir = "content/tandems"

// MaxFileSize is the largest programme or tandem file tandem reads.
const MaxFileSize = 1 << 20

var programmeFields = []string{"title", "description", "language", "base_url", "organisation", "contact", "theme", "topics", "page_size", "rounds", "people", "reviewers", "require_signed_approvals", "allow_static_html", "allow_bundle_html", "allow_server_config", "review_policy", "images", "require_photo_consent", "brand"}
var roundFields = []string{"id", "title", "start", "end", "summary", "survey", "events"}
var personFields = []string{"name", "role", "department", "signing_key", "consent"}
var tandemFields = []string{"round", "mentors", "mentee", "topics", "goals", "cadence", "start"}

// Languages are the UI languages the default theme speaks (a new slice
// on every call).
func Languages() []string { return []string{"de", "en"} }

// Load reads programme.yaml and every tandem file from site.
func Load(site fs.FS) (*Programme, diag.List) {
	data, err := readFile(site, File)
	if err != nil {
		p := newProgramme()
		p.Unreadable = true
		var problems diag.List
		problems.Errorf(diag.Pos{Path: File}, "missing-programme", diag.T("run tandem in the site folder (the one holding content/), or pass -s DIR"), "cannot read the programme: %v", err)
		return p, problems
	}
	p, m, problems := parse(data)
	if m != nil {
		checkTheme(site, p, m, &problems)
		checkBrand(site, p, &problems)
	}
	tandems, probs := loadTandems(site)
	p.Tandems = tandems
	problems.Add(probs...)
	return p, problems
}

// Parse reads the text of programme.yaml on its own, as Load reads the
// file: the programme without tandems, its theme folder not looked for
// (Load does both, having the site folder). Problems name File.
func Parse(data []byte) (*Programme, diag.List) {
	p, _, problems := parse(data)
	return p, problems
}

// newProgramme is a programme holding the defaults.
func newProgramme() *Programme {
	return &Programme{Path: File, People: map[string]Person{}, Language: "de", Theme: "default", PageSize: 10, BaseURL: "/", Images: images.Defaults()}
}

// parse decodes the text of programme.yaml; the map is nil when the YAML
// is unreadable.
func parse(data []byte) (*Programme, *metadata.Map, diag.List) {
	p := newProgramme()
	m, problems := metadata.Parse(File, data, 0)
	if unreadable(m, problems) {
		// Unreadable YAML: decoding what is left would only add "missing
		// field" noise, and every reference to it would look unknown.
		p.Unreadable = true
		return p, nil, problems
	}
	decodeProgramme(p, m, &problems)
	return p, m, problems
}

// checkTheme reports a theme: naming no folder themes/NAME beside
// content/ (the default theme needs none), where it is written.
func checkTheme(site fs.FS, p *Programme, m *metadata.Map, l *diag.List) {
	if p.Theme == "default" {
		return
	}
	dir := "themes/" + p.Theme
	if strings.Contains(p.Theme, "/") || !fs.ValidPath(dir) {
		l.Errorf(m.Pos("theme"), "unknown-theme", diag.T("write the name of a folder in themes/, e.g. theme: plain"), "%q is not the name of a theme folder", p.Theme)
		return
	}
	if info, err := fs.Stat(site, dir); err != nil || !info.IsDir() {
		l.Errorf(m.Pos("theme"), "unknown-theme", diag.T("create the folder %s beside content/ (it is layered over the default theme), or remove theme: to use the default", dir),
			"theme %q not found: there is no folder %s", p.Theme, dir)
	}
}

// readFile reads a programme or tandem file. Symbolic links are not
// followed: a link could publish a file from anywhere.
func readFile(site fs.FS, name string) ([]byte, error) {
	info, err := fs.Lstat(site, name)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return nil, &fs.PathError{Op: "open", Path: pe.Path, Err: pe.Err} // "lstat" means nothing to a reader
	}
	if err != nil {
		return nil, err
	}
	if info.Mode()&fs.ModeSymlink != 0 {
		return nil, &fs.PathError{Op: "read", Path: name, Err: linkError{}}
	}
	if info.Size() > MaxFileSize {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errTooLarge}
	}
	return fs.ReadFile(site, name)
}

type sizeError struct{}

func (sizeError) Error() string { return "the file is larger than 1 MiB" }

var errTooLarge error = sizeError{}

type linkError struct{}

func (linkError) Error() string {
	return "it is a symbolic link, and links are not followed in content/; copy the file instead"
}

func decodeProgramme(p *Programme, m *metadata.Map, l *diag.List) {
	m.WarnUnknown(programmeFields, diag.Verbatim("programme.yaml"), l)
	p.Title = m.String("title", true, l)
	p.Description = m.String("description", false, l)
	p.Language = m.Enum("language", "de", Languages(), l)
	p.BaseURL = baseURL(m, l)
	p.Organisation = m.String("organisation", false, l)
	if c := m.Sub("contact", l); c != nil {
		c.WarnUnknown([]string{"name", "email"}, diag.Verbatim("contact"), l)
		p.Contact = Contact{Name: c.String("name", false, l), Email: c.String("email", false, l)}
	}
	if t := m.String("theme", false, l); t != "" {
		p.Theme = t
	}
	p.Topics = m.Strings("topics", l)
	p.PageSize = m.Int("page_size", 10, l)
	if p.PageSize < 1 {
		l.Errorf(m.Pos("page_size"), "bad-value", diag.T("use a number of posts per page, e.g. 10"), "page_size must be at least 1, found %d", p.PageSize)
		p.PageSize = 10
	}
	p.RequireSignedApprovals = m.Bool("require_signed_approvals", false, l)
	p.RequireSignedPos = m.Pos("require_signed_approvals")
	p.AllowStaticHTML = m.Bool("allow_static_html", false, l)
	p.AllowStaticHTMLPos = m.Pos("allow_static_html")
	p.AllowBundleHTML = m.Bool("allow_bundle_html", false, l)
	p.AllowBundleHTMLPos = m.Pos("allow_bundle_html")
	p.AllowServerConfig = m.Bool("allow_server_config", false, l)
	p.AllowServerConfigPos = m.Pos("allow_server_config")
	decodeImages(p, m, l)
	decodeBrand(p, m, l)
	for _, r := range m.Items("rounds", l) {
		p.Rounds = append(p.Rounds, decodeRound(r, l))
	}
	decodePeople(p, m, l)
	p.Reviewers = m.Refs("reviewers", l)
	decodePolicy(p, m, l)
	checkPolicy(p, l)
}

func baseURL(m *metadata.Map, l *diag.List) string {
	s := m.String("base_url", false, l)
	if s == "" {
		return "/"
	}
	u, err := ParseBaseURL(s)
	if err != nil {
		l.Errorf(m.Pos("base_url"), "bad-base-url", BaseURLHint(), "base_url must be an absolute http(s) URL, found %q", s)
		return "/"
	}
	return u
}

// BaseURLHint says how to write a base URL.
func BaseURLHint() diag.Text {
	return diag.T("write a full address such as https://intranet.example.com/mentoring/")
}

// ParseBaseURL checks a base URL as base_url in programme.yaml is
// checked (an absolute http or https URL) and returns it as the site uses
// it: its path ending in "/", without query or fragment. tandem's
// --base-url flag goes through it too.
func ParseBaseURL(s string) (string, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return "", diag.Fail(diag.T("%q is not an absolute http(s) URL; %s", s, BaseURLHint()))
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawQuery, u.Fragment = "", ""
	return u.String(), nil
}

func decodeRound(r *metadata.Map, l *diag.List) Round {
	r.WarnUnknown(roundFields, diag.T("a round"), l)
	round := Round{
		ID:      r.String("id", true, l),
		Title:   r.String("title", false, l),
		Start:   r.Date("start", true, l),
		End:     r.Date("end", true, l),
		Summary: r.String("summary", false, l),
		Pos:     r.Start(),
	}
	if round.Title == "" {
		round.Title = round.ID
	}
	if !round.Start.IsZero() && !round.End.IsZero() && round.End.Before(round.Start) {
		l.Errorf(r.Pos("end"), "bad-date", diag.T("swap start and end"), "round %q ends before it starts", round.ID)
	}
	decodeRoundFacts(r, &round, l)
	return round
}

func decodePeople(p *Programme, m *metadata.Map, l *diag.List) {
	people := m.Sub("people", l)
	if people == nil {
		return
	}
	for _, key := range people.Keys() {
		pm := people.Sub(key, l)
		if pm == nil {
			continue
		}
		pm.WarnUnknown(personFields, diag.T("a person"), l)
		p.People[key] = Person{
			Key:        key,
			Name:       pm.String("name", true, l),
			Role:       pm.String("role", false, l),
			Department: pm.String("department", false, l),
			SigningKey: pm.String("signing_key", false, l),
			Pos:        people.KeyPos(key),
			// where the key is written, or the person's name when it is not
			SigningKeyPos: pm.Pos("signing_key"),
			Consent:       decodeConsent(pm, people.KeyPos(key), l),
		}
	}
}

func sortStrings(s []string) { slices.Sort(s) }
