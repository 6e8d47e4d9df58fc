package programme

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/metadata"
)

// loadTandems reads every tandem file in content/tandems, sorted by id.
func loadTandems(site fs.FS) ([]Tandem, diag.List) {
	var problems diag.List
	if info, err := fs.Lstat(site, TandemDir); errors.Is(err, fs.ErrNotExist) {
		return nil, problems // no tandems folder: a programme may start without tandems
	} else if err == nil && info.Mode()&fs.ModeSymlink != 0 {
		problems.Errorf(diag.Pos{Path: TandemDir}, "symlink", diag.T("make content/tandems a real folder"), "symbolic links are not followed in content/")
		return nil, problems
	}
	entries, err := fs.ReadDir(site, TandemDir)
	if err != nil {
		problems.Errorf(diag.Pos{Path: TandemDir}, "unreadable", diag.Text{}, "cannot read the tandems: %v", err)
		return nil, problems
	}
	var tandems []Tandem
	for _, e := range entries {
		ext := path.Ext(e.Name())
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := path.Join(TandemDir, e.Name())
		if !utf8.ValidString(e.Name()) {
			problems.Errorf(diag.Pos{Path: name}, "bad-name", diag.T("rename it to the tandem's id, e.g. t03.yaml (a-z, 0-9 and -)"),
				"this name is not UTF-8 text; a tandem file is named by the tandem's id")
			continue
		}
		data, err := readFile(site, name)
		if err != nil {
			problems.Errorf(diag.Pos{Path: name}, "unreadable", diag.T("check that the file is still there and that you may read it (its permissions)"), "cannot read the tandem file: %v", err)
			continue
		}
		m, probs := metadata.Parse(name, data, 0)
		problems.Add(probs...)
		id := strings.TrimSuffix(e.Name(), ext)
		if unreadable(m, probs) {
			// Keep the tandem, so posts naming it are not also reported,
			// but decode none of its unreadable fields.
			tandems = append(tandems, Tandem{ID: id, Path: name, Pos: diag.Pos{Path: name, Line: 1, Col: 1}})
			continue
		}
		tandems = append(tandems, decodeTandem(id, name, m, &problems))
	}
	slices.SortStableFunc(tandems, func(a, b Tandem) int { return strings.Compare(a.ID, b.ID) })
	return dropTwins(tandems, &problems), problems
}

// dropTwins reports tandems defined by two files (t01.yaml and t01.yml)
// and keeps the first; both would write /tandems/t01/.
func dropTwins(tandems []Tandem, l *diag.List) []Tandem {
	var out []Tandem
	for _, t := range tandems {
		if n := len(out); n > 0 && out[n-1].ID == t.ID {
			l.Errorf(t.Pos, "duplicate-tandem", diag.T("delete or rename one of the two files"), "tandem %q is also defined in %s", t.ID, out[n-1].Path)
			continue
		}
		out = append(out, t)
	}
	return out
}

// unreadable reports a file whose YAML could not be read at all; its
// fields are not checked, so "title is missing" does not follow a syntax
// error.
func unreadable(m *metadata.Map, problems diag.List) bool {
	return problems.HasErrors() && len(m.Keys()) == 0
}

func decodeTandem(id, name string, m *metadata.Map, l *diag.List) Tandem {
	m.WarnUnknown(tandemFields, diag.T("a tandem file"), l)
	t := Tandem{ID: id, Path: name, Pos: diag.Pos{Path: name, Line: 1, Col: 1}}
	t.Round = Ref{Key: m.String("round", true, l), Pos: m.Pos("round")}
	t.Mentors = m.Refs("mentors", l)
	t.Mentee = Ref{Key: m.String("mentee", false, l), Pos: m.Pos("mentee")}
	t.Topics = m.Strings("topics", l)
	t.Goals = decodeGoals(m, l)
	t.Cadence = m.String("cadence", false, l)
	t.Start = m.Date("start", false, l)
	return t
}
