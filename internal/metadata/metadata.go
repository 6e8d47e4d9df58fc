package metadata

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Ref is a key that refers to another entry (a round, tandem or person),
// with where it was written.
type Ref struct {
	Key string
	Pos diag.Pos
}

// Map is a YAML mapping whose keys are known by name. Values are looked
// up with the typed getters, which report problems into the List they are
// given.
type Map struct {
	path       string
	lineOffset int
	node       *yaml.Node
	keys       []string // in the order they were written
	pairs      []pair   // the nodes of keys[i] and its value
	// index finds a key's pair in a mapping of more than smallMap keys;
	// a front matter's dozen keys are searched one by one.
	index map[string]int
}

// Parse decodes data as one YAML mapping. path names the file in
// problems; lineOffset is added to every line (front matter starts after
// the opening ---). An empty document gives an empty Map.
func Parse(path string, data []byte, lineOffset int) (m *Map, problems diag.List) {
	m = &Map{path: path, lineOffset: lineOffset}
	if UTF16(data) {
		problems.Errorf(diag.Pos{Path: path, Line: 1 + lineOffset, Col: 1}, "not-utf8", UTF16Hint(), "the file is saved as UTF-16, not UTF-8")
		return m, problems
	}
	if !utf8.Valid(data) {
		// The YAML library would read a file starting with a UTF-16
		// byte-order mark as UTF-16: values and positions would not be
		// the bytes tandem digests and reports.
		line, col, what, _ := badCharacter(data, false)
		problems.Add(diag.Make(diag.Pos{Path: path, Line: line + lineOffset, Col: col}, diag.Error, "not-utf8",
			diag.T("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"), what))
		return m, problems
	}
	var doc yaml.Node
	next, err := decode(data, &doc)
	if err != nil {
		m.syntaxError(data, err, &problems)
		return m, problems
	}
	if next != nil && len(next.Content) > 0 && !isNull(next.Content[0]) {
		// yaml.v3 would drop everything after a "---" line without a word.
		problems.Errorf(m.nodePos(next.Content[0]), "yaml-second-document", diag.T("delete the --- line above it, or move what follows into its own file"),
			"a second YAML document starts here; a tandem file holds only one")
		return m, problems
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return m, problems // nothing, or only "---" or "~"
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		problems.Errorf(m.nodePos(root), "yaml-not-mapping", diag.T("write one \"key: value\" pair per line"),
			"expected a list of \"key: value\" fields, found %s", kindName(root))
		return m, problems
	}
	switch bad, why := refuse(root, 0); why {
	case "alias":
		problems.Errorf(m.nodePos(bad), "yaml-alias", diag.T("write the value out in full where it is needed"),
			"YAML anchors and aliases (& and *) are not allowed in tandem files")
		return m, problems
	case "depth":
		problems.Errorf(m.nodePos(bad), "yaml-too-deep", diag.T("write the fields at most a few levels deep"),
			"lists and fields nest more than %d levels deep here", MaxDepth)
		return m, problems
	}
	m.node = root
	problems.Add(m.controlsIn(root)...)
	m.fill(root, &problems)
	return m, problems
}

// fill records the fields of the mapping node v, reporting names that
// are not plain text (a {} or [] before the colon, the merge key <<) and
// names written twice.
func (m *Map) fill(v *yaml.Node, l *diag.List) {
	m.node = v
	m.keys = make([]string, 0, len(v.Content)/2)
	m.pairs = make([]pair, 0, len(v.Content)/2)
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			l.Errorf(m.nodePos(k), "yaml-bad-key", diag.T("write a plain name before the colon"), "a field name must be text, found %s", kindName(k))
			continue
		case k.Tag == "!!merge":
			l.Errorf(m.nodePos(k), "yaml-merge-key", diag.T("write the fields out in full where they are needed"),
				"YAML merge keys (<<) are not allowed in tandem files")
			continue
		}
		if prev, dup := m.find(k.Value); dup {
			l.Errorf(m.nodePos(k), "yaml-duplicate-key", diag.T("delete one of the two"),
				"%q is written twice (first on line %d)", k.Value, prev.key.Line+m.lineOffset)
			continue
		}
		m.add(k.Value, pair{k, val})
	}
}

// syntaxError reports YAML the library refused. A tab in the indentation
// is the likely cause when there is one, and the library reports it at a
// confusing place, so the tab is named instead. (Tabs the library accepts,
// e.g. inside a block of text, are left alone.)
func (m *Map) syntaxError(data []byte, err error, l *diag.List) {
	if line, col, ok := tabIndent(data); ok {
		l.Errorf(diag.Pos{Path: m.path, Line: line + m.lineOffset, Col: col}, "yaml-tab", diag.T("indent with spaces; YAML does not allow tabs there"),
			"a tab is used for indentation")
		return
	}
	l.Add(m.syntaxProblem(data, err))
}

// tabIndent finds the first line whose indentation holds a tab, which
// YAML forbids; the YAML library reports it at a confusing place.
func tabIndent(data []byte) (line, col int, found bool) {
	for i, l := range strings.Split(string(data), "\n") {
		for j, c := range l {
			if c == '\t' {
				return i + 1, j + 1, true
			}
			if c != ' ' {
				break
			}
		}
	}
	return 0, 0, false
}

// decode reads the first YAML document of data into doc and returns the
// next one, or nil when there is none. A panic inside the YAML library
// becomes an error.
func decode(data []byte, doc *yaml.Node) (next *yaml.Node, err error) {
	if simple, ok := decodeSimple(data); ok {
		*doc = *simple
		return nil, nil
	}
	return decodeYAML(data, doc)
}

// decodeYAML is decode through yaml.v3 alone.
func decodeYAML(data []byte, doc *yaml.Node) (next *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			next, err = nil, fmt.Errorf("the YAML decoder failed: %v", r)
		}
	}()
	d := yaml.NewDecoder(bytes.NewReader(data))
	if err := d.Decode(doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil // an empty document
		}
		return nil, err
	}
	next = &yaml.Node{}
	if err := d.Decode(next); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	return next, nil
}

// cleanErr strips the library's "yaml: line N:" prefix from err.
func cleanErr(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "yaml: ")
	if strings.HasPrefix(s, "line ") {
		if i := strings.Index(s, ": "); i >= 0 {
			s = s[i+2:]
		}
	}
	return s
}

// MaxDepth is how deeply lists and mappings may nest in a tandem file;
// the deepest real one (people -> key -> field) needs three levels.
const MaxDepth = 64

// refuse returns the first node tandem does not accept, an anchor, an
// alias or one nested deeper than MaxDepth, with what is wrong with it.
func refuse(n *yaml.Node, depth int) (*yaml.Node, string) {
	switch {
	case n.Kind == yaml.AliasNode || n.Anchor != "":
		return n, "alias"
	case depth > MaxDepth:
		return n, "depth"
	}
	for _, c := range n.Content {
		if bad, why := refuse(c, depth+1); bad != nil {
			return bad, why
		}
	}
	return nil, ""
}

func kindName(n *yaml.Node) diag.Text {
	switch n.Kind {
	case yaml.SequenceNode:
		return diag.T("a list")
	case yaml.MappingNode:
		return diag.T("a mapping")
	case yaml.ScalarNode:
		return diag.T("the text %q", n.Value)
	}
	return diag.T("something else")
}

// nodePos returns the position of n in the file.
func (m *Map) nodePos(n *yaml.Node) diag.Pos {
	return diag.Pos{Path: m.path, Line: n.Line + m.lineOffset, Col: n.Column}
}

// Path returns the file the map was read from.
func (m *Map) Path() string { return m.path }

// Keys returns the keys in the order they were written.
func (m *Map) Keys() []string { return m.keys }

// Has reports whether key is present.
func (m *Map) Has(key string) bool { _, ok := m.find(key); return ok }

// Pos returns the position of key's value, or of the mapping when the key
// is absent (the place to add it).
func (m *Map) Pos(key string) diag.Pos {
	if v, ok := m.value(key); ok {
		return m.nodePos(v)
	}
	return m.Start()
}

// KeyPos returns the position of key itself.
func (m *Map) KeyPos(key string) diag.Pos {
	if p, ok := m.find(key); ok {
		return m.nodePos(p.key)
	}
	return m.Start()
}

// Start returns the position where the mapping begins.
func (m *Map) Start() diag.Pos {
	if m.node == nil {
		return diag.Pos{Path: m.path, Line: 1 + m.lineOffset, Col: 1}
	}
	return m.nodePos(m.node)
}

// Node returns the raw value node of key, or nil.
func (m *Map) Node(key string) *yaml.Node { v, _ := m.value(key); return v }

// WarnUnknown adds a warning for every key not in known, suggesting the
// closest known key.
func (m *Map) WarnUnknown(known []string, what diag.Text, l *diag.List) {
	for _, k := range m.keys {
		if containsString(known, k) {
			continue
		}
		hint := diag.Suggest(k, known)
		l.Warnf(m.KeyPos(k), "unknown-field", hint, "%s has no field %q; it is ignored", what, k)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
