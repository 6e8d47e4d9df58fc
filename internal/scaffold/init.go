package scaffold

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
)

// Programme asks for a new programme folder (tandem init). Empty fields
// take the defaults InitDefaults documents.
type Programme struct {
	Title, Organisation string
	// Language is de or en: the site's language and that of the example
	// files.
	Language string
	// BaseURL is the address the site will have, checked as base_url is.
	BaseURL string
	// Round is the id of the first round; it starts today by the Site's
	// clock and lasts six months.
	Round string
}

// Default values of tandem init, used for every field not given.
const (
	DefaultLanguage = "de"
	DefaultBaseURL  = "http://localhost:1414/"
)

// Initial files of a new programme, below the folder.
const (
	GitIgnore  = ".gitignore"
	CIWorkflow = ".github/workflows/tandem.yml"
)

// InitDefaults returns the values tandem init uses for fields left
// empty, in the given language (de when it is neither de nor en): the
// title "Reverse Mentoring", no organisation, language de, base URL
// http://localhost:1414/ (where tandem serve shows the site) and the
// round runde-1 (round-1 in English).
func InitDefaults(language string) Programme {
	if language != "en" {
		language = DefaultLanguage
	}
	return Programme{Title: "Reverse Mentoring", Language: language, BaseURL: DefaultBaseURL, Round: texts(language).round}
}

// withDefaults fills the empty fields of req.
func (req Programme) withDefaults() Programme {
	d := InitDefaults(req.Language)
	for _, f := range []struct {
		v   *string
		def string
	}{
		{&req.Title, d.Title}, {&req.Language, d.Language}, {&req.BaseURL, d.BaseURL}, {&req.Round, d.Round},
	} {
		if strings.TrimSpace(*f.v) == "" {
			*f.v = f.def
		}
		*f.v = strings.TrimSpace(*f.v)
	}
	req.Organisation = strings.TrimSpace(req.Organisation)
	return req
}

// Check refuses a value tandem init cannot write. It is what Init checks
// first, and what the questions on a terminal check each answer with.
func (req Programme) Check() error {
	req = req.withDefaults()
	if err := checkLine(diag.T("title"), req.Title); err != nil {
		return err
	}
	if err := checkLine(diag.T("organisation"), req.Organisation); err != nil {
		return err
	}
	if !slices.Contains(programme.Languages(), req.Language) {
		return fail(diag.T("use one of %s", strings.Join(programme.Languages(), ", ")), diag.T("--language %q is not a language tandem speaks", req.Language))
	}
	if _, err := programme.ParseBaseURL(req.BaseURL); err != nil {
		return fail(programme.BaseURLHint(), diag.T("--base-url %q is not an absolute http(s) URL", req.BaseURL))
	}
	return checkID(diag.T("round"), req.Round)
}

// Init writes a new programme into the site folder, which must be empty
// (a .git folder aside): content/programme.yaml with the first round and
// three example people, one tandem, one example draft post in the
// programme's language, a .gitignore for what tandem writes beside the
// content and a GitHub Actions workflow. The default theme is not
// copied. It returns the paths it wrote, slash-separated. Nothing is
// written when a value is refused or the folder is not empty; no file is
// written through a symbolic link.
func (s Site) Init(req Programme) ([]string, error) {
	if err := req.Check(); err != nil {
		return nil, err
	}
	req = req.withDefaults()
	req.BaseURL, _ = programme.ParseBaseURL(req.BaseURL)
	if err := s.checkEmpty(); err != nil {
		return nil, err
	}
	files, err := initFiles(req, s.Clock())
	if err != nil {
		return nil, err
	}
	if err := selfCheck(files); err != nil {
		return nil, err
	}
	var written []string
	for _, f := range files {
		if err := s.create(f.name, f.data); err != nil {
			return written, err
		}
		written = append(written, f.name)
	}
	return written, nil
}

// checkEmpty refuses a folder that holds anything but a .git folder:
// tandem init never mixes a new programme into existing files.
func (s Site) checkEmpty() error {
	entries, err := fs.ReadDir(s.Root.FS(), ".")
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries {
		if e.Name() != ".git" {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil
	}
	shown := names[:min(len(names), 5)]
	return fail(diag.T("give tandem init a new or empty folder, e.g. tandem init mein-programm"),
		diag.T("the folder is not empty (it holds %s%s); tandem init writes only into an empty folder", strings.Join(shown, ", "), more(len(names)-len(shown))))
}

func more(n int) diag.Text {
	if n <= 0 {
		return diag.Text{}
	}
	return diag.T(" and %d more", n)
}

// selfCheck reads the new programme and post back as a build would, so a
// value that slipped through Check cannot leave a folder that does not
// build.
func selfCheck(files []initFile) error {
	for _, f := range files {
		var problems []string
		switch {
		case f.name == programme.File:
			_, probs := programme.Parse(f.data)
			for _, p := range probs {
				problems = append(problems, p.Msg)
			}
		case strings.HasPrefix(f.name, content.PostDir+"/"):
			_, probs := content.Parse(f.name, f.data)
			for _, p := range probs {
				problems = append(problems, p.Msg)
			}
		}
		if len(problems) > 0 {
			return errors.New("tandem init made a file that does not read back: " + path.Base(f.name) + ": " + strings.Join(problems, "; "))
		}
	}
	return nil
}
