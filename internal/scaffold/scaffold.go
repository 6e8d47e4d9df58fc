package scaffold

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"time"
	"unicode"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"go.yaml.in/yaml/v3"
)

// Site is a site folder that scaffold adds files to.
type Site struct {
	// Root is the site folder (the one holding content/); every read and
	// write goes through it, so nothing outside it can be touched.
	Root *os.Root
	// Clock tells the time; a new post is dated today by it.
	Clock func() time.Time
	// Context, when set, stops the command once it is done, if it has not
	// written yet: it returns the context's error and nothing is written.
	// nil never stops.
	Context context.Context
}

// ctx is s.Context, or a context that never ends.
func (s Site) ctx() context.Context {
	if s.Context == nil {
		return context.Background()
	}
	return s.Context
}

// fail returns a *diag.Failure saying msg and then hint, what to do:
// "message; hint" in English, "Message. Hint" in German, whose sentences
// start with a capital. It is for a mistake in what was asked for, such
// as an unknown tandem or a file that exists already.
func fail(hint, msg diag.Text) error {
	if hint.Format == "" {
		return diag.Fail(msg)
	}
	return diag.Fail(diag.T("%s; %s", msg, hint))
}

// loadProgramme loads the programme and returns its errors, if any, as a
// diag.ListError. Problems in tandem files other than want do not count:
// one broken tandem must not keep the others from writing.
func (s Site) loadProgramme(want string) (*programme.Programme, error) {
	prog, problems := programme.Load(s.Root.FS())
	var blocking diag.List
	for _, p := range problems {
		if p.Severity == diag.Error && (!strings.HasPrefix(p.Path, programme.TandemDir+"/") || want != "" && p.Path == want) {
			blocking = append(blocking, p)
		}
	}
	if len(blocking) > 0 {
		return nil, diag.ListError(blocking)
	}
	return prog, nil
}

// unknown describes a key that names nothing, suggesting the closest one.
func unknown(what diag.Text, key string, known []string, create diag.Text) error {
	if len(known) == 0 {
		return fail(create, diag.T("%s %q is unknown: there are none yet", what, key))
	}
	return fail(diag.Suggest(key, known), diag.T("%s %q is unknown", what, key))
}

// checkID refuses an id that is not a clean URL segment.
func checkID(what diag.Text, id string) error {
	clean := content.Slugify(id)
	switch {
	case id == "":
		return fail(diag.Text{}, diag.T("the %s needs an id", what))
	case clean == "":
		return fail(diag.T("use letters a-z, digits and -"), diag.T("the %s id %q has no letters or digits", what, id))
	case clean != id:
		return fail(diag.T("use %q", clean), diag.T("the %s id %q may only contain a-z, 0-9 and -", what, id))
	}
	return nil
}

// checkLine refuses text that would not fit on one line of YAML.
func checkLine(what diag.Text, s string) error {
	if strings.IndexFunc(s, unicode.IsControl) >= 0 {
		return fail(diag.T("write it on one line"), diag.T("the %s contains a line break or control character", what))
	}
	return nil
}

// checkDay parses a date written as YYYY-MM-DD; flag is required.
func checkDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, fail(diag.T("add it as YYYY-MM-DD, e.g. %s 2024-03-05", flag), diag.T("%s is missing", flag))
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fail(diag.T("write it as YYYY-MM-DD, e.g. 2024-03-05"), diag.T("%s %q is not a date", flag, s))
	}
	return t, nil
}

// yamlValue encodes a string or list of strings as YAML, quoting only
// where YAML needs it ("Titel: Teil 2" becomes 'Titel: Teil 2'). Lists
// are written in brackets: [ada, bo].
func yamlValue(v any) (string, error) {
	var n *yaml.Node
	switch v := v.(type) {
	case string:
		n = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	case []string:
		n = &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, s := range v {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s})
		}
	default:
		return "", fmt.Errorf("yaml: cannot write a %T", v)
	}
	b, err := yaml.Marshal(n)
	return strings.TrimSuffix(string(b), "\n"), err
}

// create writes a new file, making its folder; it never replaces one.
func (s Site) create(name string, data []byte) error {
	if err := s.ctx().Err(); err != nil {
		return err
	}
	if err := s.refuseLinks(name); err != nil {
		return err
	}
	if err := s.Root.MkdirAll(path.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := s.Root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return exists(name)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		_ = s.Root.Remove(name)
		return err
	}
	return f.Close()
}

func exists(name string) error {
	return fail(diag.T("tandem new never replaces a file; choose another name or edit the file"), diag.T("%s exists already", name))
}
