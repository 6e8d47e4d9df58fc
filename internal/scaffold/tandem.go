package scaffold

import (
	"bytes"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"go.yaml.in/yaml/v3"
)

// Tandem asks for a new tandem file.
type Tandem struct {
	ID      string
	Round   string
	Mentors []string
	Mentee  string
	Goals   []string
	// Start is the day the tandem begins, YYYY-MM-DD; empty means today
	// by the Site's clock, or the round's first day when that is later.
	// The diary-gap warning counts from it.
	Start string
}

// NewTandem writes content/tandems/<id>.yaml and returns its path. Round
// and people must exist in programme.yaml.
func (s Site) NewTandem(req Tandem) (string, error) {
	if err := checkID(diag.T("tandem"), req.ID); err != nil {
		return "", err
	}
	prog, err := s.loadProgramme("")
	if err != nil {
		return "", err
	}
	name := path.Join(programme.TandemDir, req.ID+".yaml")
	for _, ext := range []string{".yaml", ".yml"} {
		if other := path.Join(programme.TandemDir, req.ID+ext); fileExists(s.Root.FS(), other) {
			return "", exists(other)
		}
	}
	if err := checkTandem(prog, req); err != nil {
		return "", err
	}
	if req.Start, err = s.tandemStart(prog.Round(req.Round), req.Start); err != nil {
		return "", err
	}
	data, err := tandemYAML(req)
	if err != nil {
		return "", err
	}
	return name, s.create(name, data)
}

func checkTandem(prog *programme.Programme, req Tandem) error {
	if req.Round == "" {
		return fail(diag.T("add --round ID"), diag.T("the tandem needs a round"))
	}
	if prog.Round(req.Round) == nil {
		return unknown(diag.T("round"), req.Round, prog.RoundIDs(), diag.T("add one with tandem new round ID --title T --start D --end D"))
	}
	if len(req.Mentors) == 0 {
		return fail(diag.T("add --mentors a,b with the people keys of the apprentices"), diag.T("the tandem needs at least one mentor"))
	}
	if req.Mentee == "" {
		return fail(diag.T("add --mentee KEY"), diag.T("the tandem needs a mentee"))
	}
	if slices.Contains(req.Mentors, req.Mentee) {
		return fail(diag.T("name the mentee only with --mentee"), diag.T("%q is both mentor and mentee", req.Mentee))
	}
	for _, key := range append(slices.Clone(req.Mentors), req.Mentee) {
		if _, ok := prog.People[key]; !ok {
			return unknown(diag.T("person"), key, prog.PersonKeys(), diag.T("add people under people: in programme.yaml"))
		}
	}
	for _, g := range req.Goals {
		if err := checkLine(diag.T("goal"), g); err != nil {
			return err
		}
	}
	return nil
}

// tandemStart returns the start day of a new tandem in round r: start
// when given (checked), else today, or the round's first day when the
// round has not begun.
func (s Site) tandemStart(r *programme.Round, start string) (string, error) {
	if start != "" {
		_, err := checkDay("--start", start)
		return start, err
	}
	today := s.Clock().Format("2006-01-02")
	if first := r.Start.Format("2006-01-02"); !r.Start.IsZero() && first > today {
		return first, nil
	}
	return today, nil
}

// tandemYAML writes the tandem file with the YAML encoder, so any goal
// text is quoted as needed.
func tandemYAML(req Tandem) ([]byte, error) {
	str := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }
	list := func(items []string, style yaml.Style) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: style}
		for _, s := range items {
			n.Content = append(n.Content, str(strings.TrimSpace(s)))
		}
		return n
	}
	doc := &yaml.Node{Kind: yaml.MappingNode}
	doc.Content = append(doc.Content, str("round"), str(req.Round), str("mentors"), list(req.Mentors, yaml.FlowStyle), str("mentee"), str(req.Mentee))
	if len(req.Goals) > 0 {
		doc.Content = append(doc.Content, str("goals"), list(req.Goals, 0))
	}
	if req.Start != "" {
		doc.Content = append(doc.Content, str("start"), &yaml.Node{Kind: yaml.ScalarNode, Value: req.Start})
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), enc.Close()
}

func fileExists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}
